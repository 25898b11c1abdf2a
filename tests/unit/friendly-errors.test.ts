import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { servicesByCampus } from '../../src/lib/content/service-sections.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { rawContent, SITE_YAML } from './helpers/raw-content.ts';

const ENGLISH_SITE = `organisation:
  en: Riverside Hospitals
languages: [en]
time_zone: Europe/London
site_url: https://status.riverside.example/
campuses:
  - id: main
    name: { en: Riverside }
contacts:
  emergency: "999"
  gp_on_call: "111"
`;

const messages = (raw: ReturnType<typeof rawContent>) => validateContent(raw).problems.map(formatProblem);

describe('services.yaml without groups', () => {
	const services = `services:
  - id: emergency
    name: { en: Emergency department }
  - id: surgery
    name: { en: Planned surgery }
`;

	it('is valid: one group says nothing on a small site', () => {
		const { content, problems } = validateContent(rawContent({}, { site: ENGLISH_SITE, services, incidents: {} }));
		expect(problems).toEqual([]);
		expect(content?.groups).toEqual([]);
		expect(content?.services.map((service) => service.group)).toEqual([undefined, undefined]);
	});

	it('lists services without a group after the grouped ones, in the order of the file', () => {
		const mixed = `groups:
  - id: urgent
    name: { en: Urgent care }
services:
  - id: visiting
    name: { en: Visiting }
  - id: emergency
    group: urgent
    name: { en: Emergency department }
  - id: surgery
    name: { en: Planned surgery }
`;
		const { content } = validateContent(rawContent({}, { site: ENGLISH_SITE, services: mixed, incidents: {} }));
		const [section] = servicesByCampus(content!, 'en');
		expect(section!.services.map((service) => service.id)).toEqual(['emergency', 'visiting', 'surgery']);
	});

	it('still names the groups there are when a service names another', () => {
		const wrongGroup = `groups:
  - id: urgent
    name: { en: Urgent care }
services:
  - id: emergency
    group: urgnet
    name: { en: Emergency department }
`;
		expect(messages(rawContent({}, { site: ENGLISH_SITE, services: wrongGroup, incidents: {} })))
			.toMatchInlineSnapshot(`
			[
			  "content/services.yaml:6:12  services.0.group  there is no such group in this file: found "urgnet" (allowed: urgent). Did you mean "urgent"?",
			]
		`);
	});
});

describe('a text keyed by something that is not a language', () => {
	it('says so, with the languages of the site and the line, and explains the comma in { ... }', () => {
		const services = `services:
  - id: emergency
    name: { en: Emergency department }
    advice: { en: Call 999 if a life is in danger, call NHS 111. }
`;
		expect(messages(rawContent({}, { site: ENGLISH_SITE, services, incidents: {} }))).toMatchInlineSnapshot(`
			[
			  "content/services.yaml:4:52  services.0.advice.call NHS 111.  "call NHS 111." is not a language of this site (allowed: en); a comma inside { ... } starts a new entry: put the text on its own line",
			]
		`);
	});

	it('suggests the language meant for a word that looks like a code, in site.yaml too', () => {
		const site = SITE_YAML.replace('  en: Test hospital', '  EN: Test hospital');
		expect(messages(rawContent({}, { site }))).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:3:3  organisation.EN  "EN" is not a language of this site (allowed: nl, en, fr). Did you mean "en"?",
			]
		`);
	});

	it('in an incident, names the site’s languages', () => {
		const incident = `title: { en: IT outage, en-gb: IT outage }
started: 2026-01-13T06:32:00+01:00
`;
		expect(
			messages(
				rawContent(
					{},
					{
						site: ENGLISH_SITE,
						services: 'services:\n  - id: a\n    name: { en: A }\n',
						incidents: { outage: incident },
					},
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "content/incidents/outage.yaml:1:25  title.en-gb  "en-gb" is not a language of this site (allowed: en)",
			]
		`);
	});
});
