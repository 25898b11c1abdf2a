import type { LanternContent } from '../content/model.ts';
import { serviceNameWithCampus } from '../content/names.ts';
import { missing, ok, warning, type Finding } from './findings.ts';

/** Host names that stand for "an address to fill in", never a real one (RFC 2606, RFC 6761). */
const PLACEHOLDER_HOST = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|org|net)$/;

/** The public address and the other hosts: where people find the site when the organisation's own servers are down. */
export function addressFindings(content: LanternContent): Finding[] {
	const { siteUrl, mirrors } = content.site;
	const address = isPlaceholder(siteUrl)
		? missing(
				'site address',
				`${siteUrl} is an example address: set site_url in site.yaml to the address people will type`,
			)
		: ok('site address', siteUrl);
	const placeholders = mirrors.filter(isPlaceholder);
	const copies = !mirrors.length
		? missing(
				'second host',
				'no mirrors in site.yaml: publish a copy on a second host, so the site stays up when one host is down (docs/deploying.md)',
			)
		: placeholders.length
			? missing('second host', `${placeholders.join(', ')} is an example address: set mirrors in site.yaml`)
			: ok('second host', mirrors.join(', '));
	return [address, copies];
}

/** The numbers people must be able to call, from site.yaml's contacts. */
export function numberFindings(content: LanternContent): Finding[] {
	const { contacts } = content.site;
	const numbers = [
		`emergency ${contacts.emergency}`,
		...(contacts.gpOnCall ? [`GP on call ${contacts.gpOnCall}`] : []),
		...(contacts.infoLine ? [`information line ${contacts.infoLine}`] : []),
	];
	return [
		ok('numbers to call', numbers.join(', ')),
		...(contacts.infoLine
			? []
			: [
					warning(
						'information line',
						'no info_line in site.yaml: give a number that does not depend on your own phone system, so people do not call the emergency number with questions',
					),
				]),
	];
}

/** The services kept on the first screen: what people ask about first. */
export function keyServiceFindings(content: LanternContent, lang = content.site.sourceLanguage): Finding[] {
	const keys = content.services.filter((service) => service.key);
	if (!keys.length)
		return [
			missing(
				'key services',
				'no service has key: true in services.yaml: mark the few services people ask about first, so the first screen shows them',
			),
		];
	// Names may hold commas of their own ("Emergency department, North campus").
	return [ok('key services', keys.map((service) => serviceNameWithCampus(service, content, lang).text).join('; '))];
}

function isPlaceholder(address: string): boolean {
	return PLACEHOLDER_HOST.test(new URL(address).hostname);
}
