import { expect, it } from 'vitest';
import { servicesByCampus } from '../../src/lib/content/service-sections.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { rawContent, SERVICES_YAML } from './helpers/raw-content.ts';

it('lists services campus by campus in the site order, then those on every campus, each by group', () => {
	const services = SERVICES_YAML.replace(
		'services:',
		`  - id: planned
    name: { nl: Gepland }
services:
  - id: surgery-zuid
    campus: zuid
    group: planned
    name: { nl: Operaties Zuid }`,
	).replace('groups:\n', 'groups:\n  - id: first\n    name: { nl: Eerst }\n');
	const { content, problems } = validateContent(rawContent(undefined, { services }));
	expect(problems).toEqual([]);
	const sections = servicesByCampus(content!, 'en');
	expect(
		sections.map((section) => [section.id, section.name.text, section.services.map((service) => service.id)]),
	).toEqual([
		['noord', 'Campus Noord', ['emergency-noord', 'mug']],
		['zuid', 'South campus', ['emergency-zuid', 'surgery-zuid']],
		['', 'All campuses', ['visiting']],
	]);
	expect(sections[0]!.name.fallback).toBe(true);
});
