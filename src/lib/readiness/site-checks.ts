import { ownContact } from '../contacts.ts';
import type { LanternContent } from '../content/model.ts';
import { serviceNameWithCampus } from '../content/names.ts';
import { isPlacelessZone } from '../time.ts';
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

/** How the readiness check names the contacts Lantern knows; any other by its id. */
const CONTACT_NAMES: Record<string, string> = { gp_on_call: 'GP on call', info_line: 'information line' };

/** The numbers and places people must be able to reach, from site.yaml's contacts, and a line of the organisation's own. */
export function numberFindings(content: LanternContent): Finding[] {
	const { contacts } = content.site;
	const numbers = [
		`emergency ${contacts.emergency}`,
		...contacts.others.map((contact) =>
			[
				CONTACT_NAMES[contact.id] ?? contact.id,
				...[contact.phone, contact.email, contact.url].filter(Boolean),
				...(contact.places.length
					? [`(${contact.places.map((place) => [place.name, place.phone].filter(Boolean).join(' ')).join('; ')})`]
					: []),
			].join(' '),
		),
	];
	return [
		ok('numbers to call', numbers.join(', ')),
		...(ownContact(contacts)
			? []
			: [
					warning(
						'information line',
						"no line of your own in site.yaml's contacts (info_line, or one of your own under others): give a number that does not depend on your own phone system, so people do not call the emergency number with questions",
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

/** The zone times are shown in: UTC is what a server or a codespace says, rarely where the readers are. */
export function timeZoneFindings(content: LanternContent): Finding[] {
	const zone = content.site.timeZone;
	return isPlacelessZone(zone)
		? [
				warning(
					'time zone',
					`times are shown in ${zone}: set time_zone in site.yaml to where your readers are (such as Europe/London), unless they live by ${zone}`,
				),
			]
		: [ok('time zone', zone)];
}
