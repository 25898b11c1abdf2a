import { describe, expect, it } from 'vitest';
import { contactNumbers, fillContacts } from '../../src/lib/authoring/contact-placeholders.ts';
import { templateWithContacts } from '../../src/lib/authoring/templates.ts';
import { contactKinds, contactLabel, ownLine, reachableContacts, shownContacts } from '../../src/lib/contacts.ts';
import type { LanternContent } from '../../src/lib/content/model.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkMdxBody } from '../../src/lib/content/safe-mdx.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { templateFindings } from '../../src/lib/readiness/template-checks.ts';
import { numberFindings } from '../../src/lib/readiness/site-checks.ts';
import { formatFindings } from '../../src/lib/readiness/findings.ts';
import { rawContent, SERVICES_YAML, SITE_YAML } from './helpers/raw-content.ts';

/** The test site (nl, en, fr) with its `contacts:` section replaced. */
const siteWith = (contacts: string) => `${SITE_YAML.slice(0, SITE_YAML.indexOf('contacts:'))}contacts:\n${contacts}`;

const read = (contacts: string) => validateContent(rawContent(undefined, { site: siteWith(contacts) }));

function contentOf(contacts: string): LanternContent {
	const { content, problems } = read(contacts);
	if (!content) throw new Error(problems.map(formatProblem).join('\n'));
	return content;
}

const problemsOf = (contacts: string) => read(contacts).problems.map(formatProblem);

/** A company's contacts: no GP, no hospitals; a customer line with opening hours and a status address. */
const COMPANY = `  emergency: "112"
  others:
    - id: customer_line
      label:
        nl: "Vragen over uw bestelling? Bel onze klantendienst:"
        en: "Questions about your order? Call our customer line:"
        fr: "Une question sur votre commande ? Appelez notre service clients :"
      phone: "+32 3 555 10 10"
      note: { nl: Werkdagen van 8 tot 18 uur., en: Weekdays from 8:00 to 18:00., fr: En semaine de 8 h à 18 h. }
    - id: status_email
      label: { nl: "Schrijf ons:", en: "Write to us:", fr: "Écrivez-nous :" }
      email: status@company.example
`;

/** Every field site.yaml has always had, the hospitals written before the numbers. */
const OLD_SHAPE = `  emergency: "112"
  hospitals:
    - name: AZ Buur
      phone: "+32 3 666 00 00"
      url: https://www.azbuur.example/
    - name: Kliniek Verder
      phone: "+32 3 777 00 00"
  info_line: "+32 3 555 00 00"
  gp_on_call: "1733"
`;

describe('site.yaml’s contacts', () => {
	it('read the fields site.yaml has always had as the list, GP on call, information line and hospitals, in that order', () => {
		expect(contentOf(OLD_SHAPE).site.contacts).toEqual({
			emergency: '112',
			others: [
				{ id: 'gp_on_call', phone: '1733', places: [] },
				{ id: 'info_line', phone: '+32 3 555 00 00', places: [] },
				{
					id: 'hospitals',
					places: [
						{ name: 'AZ Buur', phone: '+32 3 666 00 00', url: 'https://www.azbuur.example/' },
						{ name: 'Kliniek Verder', phone: '+32 3 777 00 00' },
					],
				},
			],
		});
	});

	it('read the old shape exactly as the same list written out, so an existing site needs no change', () => {
		const written = `  emergency: "112"
  others:
    - id: gp_on_call
      phone: "1733"
    - id: info_line
      phone: "+32 3 555 00 00"
    - id: hospitals
      places:
        - name: AZ Buur
          phone: "+32 3 666 00 00"
          url: https://www.azbuur.example/
        - name: Kliniek Verder
          phone: "+32 3 777 00 00"
`;
		const old = contentOf(OLD_SHAPE);
		const list = contentOf(written);
		expect(list.site).toEqual(old.site);
		for (const lang of ['nl', 'en', 'fr'])
			expect(shownContacts(list.site.contacts, lang, list.words.for(lang))).toEqual(
				shownContacts(old.site.contacts, lang, old.words.for(lang)),
			);
	});

	it('take Lantern’s words for the contacts it knows, and the site’s own label in a language where it gives one', () => {
		const content = contentOf(`  emergency: "112"
  others:
    - id: gp_on_call
      label: { en: "Urgent but not an emergency? Call NHS 111:" }
      phone: "111"
`);
		const [gp] = content.site.contacts.others;
		expect(contactLabel(gp!, 'en', content.words.for('en'))).toBe('Urgent but not an emergency? Call NHS 111:');
		expect(contactLabel(gp!, 'nl', content.words.for('nl'))).toBe(
			'Dokter nodig buiten de kantooruren? Bel de huisartsenwachtpost:',
		);
	});

	it('read a site of another kind: its own contacts in order, with their words, notes and addresses', () => {
		const content = contentOf(COMPANY);
		expect(shownContacts(content.site.contacts, 'en', content.words.for('en'))).toEqual([
			{
				id: 'customer_line',
				label: 'Questions about your order? Call our customer line:',
				phone: '+32 3 555 10 10',
				note: 'Weekdays from 8:00 to 18:00.',
				places: [],
			},
			{ id: 'status_email', label: 'Write to us:', email: 'status@company.example', places: [] },
		]);
		// An alert's instruction and status.txt name what can be reached in a line; CAP's contact is the site's own line.
		expect(reachableContacts(content.site.contacts, 'nl', content.words.for('nl'))).toMatchObject([
			{ label: 'Vragen over uw bestelling? Bel onze klantendienst:', reach: '+32 3 555 10 10' },
			{ label: 'Schrijf ons:', reach: 'status@company.example' },
		]);
		expect(ownLine(content.site.contacts)).toBe('+32 3 555 10 10');
		expect(ownLine(contentOf(OLD_SHAPE).site.contacts)).toBe('+32 3 555 00 00');
		expect(ownLine(contentOf('  emergency: "112"\n  gp_on_call: "1733"\n').site.contacts)).toBe('112');
	});

	it('name site.yaml, the line and the language of every label, note or id that is wrong', () => {
		expect(
			problemsOf(`  emergency: "112"
  gp_on_call: "1733"
  others:
    - id: customer_line
      label: { nl: "Bel onze klantendienst:", en: "Call our customer line:" }
      phone: "+32 3 555 10 10"
      note: { nl: Werkdagen., de: Werktags. }
    - id: gp_oncall
      phone: "1733"
    - id: gp_on_call
      phone: "1733"
    - id: emergency
      phone: "112"
    - id: shop
      label: { nl: Winkel, en: Shop, fr: Boutique }
`),
		).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:22:11  contacts.others.2.id  this contact id is used twice: found "gp_on_call"",
			  "content/site.yaml:24:11  contacts.others.3.id  this contact id is used twice: found "emergency"",
			  "content/site.yaml:17:14  contacts.others.0.label  there are no words for this contact in fr: it needs a label in every language of the site (only gp_on_call, info_line, hospitals have Lantern's words)",
			  "content/site.yaml:19:35  contacts.others.0.note.de  this language is not listed in site.yaml: found "de" (allowed: nl, en, fr)",
			  "content/site.yaml:19:13  contacts.others.0.note  the note is missing in en, fr: a note is shown in every language of the site",
			  "content/site.yaml:20:7  contacts.others.1.label  there are no words for this contact in nl, en, fr: it needs a label in every language of the site (only gp_on_call, info_line, hospitals have Lantern's words). Did you mean "gp_on_call"?",
			  "content/site.yaml:24:7  contacts.others.3.label  there are no words for this contact in nl, en, fr: it needs a label in every language of the site (only gp_on_call, info_line, hospitals have Lantern's words)",
			  "content/site.yaml:26:7  contacts.others.4  this contact has nothing to call, write to, open or go to: give it a phone, an email, a url or places",
			]
		`);
	});

	it('name ids, addresses and fields site.yaml does not take', () => {
		expect(
			problemsOf(`  emergency: "112"
  others:
    - id: customer-line
      label: { nl: Klantendienst, en: Customer line, fr: Service clients }
      email: status.company.example
      phones: "+32 3 555 10 10"
`),
		).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:15:11  contacts.others.0.id  expected an id of lower-case letters, digits and underscores, such as customer_line: found "customer-line"",
			  "content/site.yaml:17:14  contacts.others.0.email  expected an email address such as status@example.org: found "status.company.example"",
			  "content/site.yaml:18:7  contacts.others.0.phones  this field is not known here (allowed: id, label, phone, email, url, note, places). Did you mean "phone"?",
			]
		`);
	});
});

describe('a site’s own contacts elsewhere', () => {
	const content = contentOf(COMPANY);

	it('are placeholders in templates, by id, beside the numbers every template may name', () => {
		const numbers = contactNumbers(content.site.contacts);
		expect(numbers).toEqual({
			emergency: '112',
			gp_on_call: undefined,
			info_line: undefined,
			customer_line: '+32 3 555 10 10',
			status_email: 'status@company.example',
		});
		expect(
			fillContacts('Call {customer_line} or write to {status_email}. {gp_on_call}', numbers, '[NUMBER]').text,
		).toBe('Call +32 3 555 10 10 or write to status@company.example. [NUMBER]');
		const template = { source: { title: 'Bel {customer_line}', body: '{customer_lien}\n' }, phase: 'ongoing' as const };
		expect(
			templateWithContacts(
				{ ...template, translations: {} },
				content,
				(lang) => `templates/t/${lang}.mdx`,
			).problems.map(formatProblem),
		).toMatchInlineSnapshot(`
			[
			  "templates/t/nl.mdx  (file)  a template names the numbers to call only by these placeholders: found "{customer_lien}" (allowed: {emergency}, {gp_on_call}, {info_line}, {customer_line}, {status_email}). Did you mean "{customer_line}"?",
			]
		`);
	});

	it('fill a service’s advice and description as the content is read; a {word} naming no contact of the site is an error at its place', () => {
		const services = (advice: string) =>
			SERVICES_YAML.replace(
				'name: { nl: MUG }\n',
				`name: { nl: MUG }\n    description: { nl: "Vragen? {status_email}" }\n    advice:\n      nl: ${advice}\n      en: "Call {emergency} if a life is in danger."\n`,
			);
		const site = siteWith(COMPANY);
		const good = validateContent(
			rawContent(undefined, { site, services: services('"Bel {emergency} of {customer_line}."') }),
		);
		expect(good.content?.services.find((service) => service.id === 'mug')).toMatchObject({
			description: { nl: 'Vragen? status@company.example' },
			advice: { nl: 'Bel 112 of +32 3 555 10 10.', en: 'Call 112 if a life is in danger.' },
		});
		const bad = validateContent(
			rawContent(undefined, { site, services: services('"Bel {emergncy}, of de huisarts: {gp_on_call}."') }),
		);
		expect(bad.problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/services.yaml:19:16  services.2.advice.nl  there is no such contact in site.yaml: found "{emergncy}" (allowed: {emergency}, {customer_line}, {status_email}). Did you mean "{emergency}"?",
			  "content/services.yaml:19:44  services.2.advice.nl  there is no such contact in site.yaml: found "{gp_on_call}" (allowed: {emergency}, {customer_line}, {status_email})",
			]
		`);
	});

	it('are kinds of <Contact> in an update, beside the kinds updates have always used', () => {
		const known = { serviceIds: [], contactKinds: contactKinds(content.site.contacts) };
		expect(
			checkMdxBody('Bel <Contact kind="customer_line" /> of <Contact kind="gp-on-call" />.\n', 'u/nl.mdx', 5, known),
		).toEqual([]);
		expect(checkMdxBody('Bel <Contact kind="customer" />.\n', 'u/nl.mdx', 5, known).map(formatProblem))
			.toMatchInlineSnapshot(`
			[
			  "u/nl.mdx:5:5  body  kind= on <Contact> does not accept this value: found "customer" (allowed: emergency, gp-on-call, info-line, hospitals, customer_line, status_email)",
			]
		`);
	});

	it('are checked by npm run ready: each is listed, and a number typed into a template is named by its placeholder', () => {
		expect(formatFindings(numberFindings(content))).toMatchInlineSnapshot(
			`"ok       numbers to call: emergency 112, customer_line +32 3 555 10 10, status_email status@company.example"`,
		);
		expect(formatFindings(numberFindings(contentOf(OLD_SHAPE)))).toMatchInlineSnapshot(
			`"ok       numbers to call: emergency 112, GP on call 1733, information line +32 3 555 00 00, hospitals (AZ Buur +32 3 666 00 00; Kliniek Verder +32 3 777 00 00)"`,
		);
		const file = (text: string) => ({ name: 'first-hour', lang: 'nl', file: 'templates/first-hour/nl.mdx', text });
		const findings = templateFindings({ ...content, site: { ...content.site, languages: ['nl'] } }, [
			file('---\ntitle: T\n---\nBel +32 3 555 10 10, of 0800 12 345.\n'),
		]);
		expect(formatFindings(findings)).toMatchInlineSnapshot(`
			"missing  template first-hour: templates/first-hour/nl.mdx:4 has the number +32 3 555 10 10 typed in: write {customer_line} instead
			missing  template first-hour: templates/first-hour/nl.mdx:4 has the number 0800 12 345 typed in: write the placeholder of the contact it is ({emergency}, {gp_on_call}, {info_line}, {customer_line}, {status_email}) instead"
		`);
	});
});
