import { describe, expect, it } from 'vitest';
import { serviceLabel } from '../../src/lib/authoring/issue-forms.ts';
import type { LanternContent } from '../../src/lib/content/model.ts';
import { serviceNameWithCampus } from '../../src/lib/content/names.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { statusText } from '../../src/lib/hosting/status-text.ts';
import { formatFindings } from '../../src/lib/readiness/findings.ts';
import { keyServiceFindings } from '../../src/lib/readiness/site-checks.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { computeStatus } from '../../src/lib/status/engine.ts';
import { FIRST_UPDATE, rawContent, SERVICES_YAML, SITE_YAML } from './helpers/raw-content.ts';

/** The test site with one campus, named after the organisation, as a single hospital writes it. */
const ONE_CAMPUS_SITE = SITE_YAML.replace(
	/campuses:\n[\s\S]*?contacts:/,
	'campuses:\n  - id: main\n    name: { nl: Testziekenhuis, en: Test hospital }\ncontacts:',
);
const ONE_CAMPUS_SERVICES = SERVICES_YAML.replaceAll(/campus: (noord|zuid)/g, 'campus: main').replace(
	'    group: acute\n    name: { nl: Spoed Noord, en: Emergency North }',
	'    group: acute\n    key: true\n    name: { nl: Spoed Noord, en: Emergency North }',
);

function contentOf(site: string, services: string): LanternContent {
	const { content, problems } = validateContent(rawContent({ 'u1/nl': FIRST_UPDATE }, { site, services }));
	if (!content) throw new Error(problems.map(formatProblem).join('\n'));
	return content;
}

describe('service names', () => {
	it('carry no campus on a site with one: the board, status.txt, the forms and npm run ready say the name alone', () => {
		const content = contentOf(ONE_CAMPUS_SITE, ONE_CAMPUS_SERVICES);
		const mug = content.services.find((service) => service.id === 'mug')!;
		expect(serviceNameWithCampus(mug, content, 'en').text).toBe('MUG');
		expect(serviceLabel(mug, content)).toBe('MUG');
		expect(formatFindings(keyServiceFindings(content))).toBe('ok       key services: Spoed Noord');
		const status = computeStatus(content, content.updates, new Date('2026-01-13T09:00:00+01:00'));
		const text = statusText(content, status, createRoutes('/'), 'en');
		expect(text).toContain('\n- MUG: Temporarily unavailable (Bel 112.)\n');
		expect(text).not.toContain(', Test hospital');
		expect(text).toMatchInlineSnapshot(`
			"Test hospital: Some services are not available
			2 of 4 not working as normal; most affected: MUG (Temporarily unavailable)
			Last updated: 13 Jan 2026, 08:00
			- Emergency North: Reduced capacity
			- MUG: Temporarily unavailable (Bel 112.)
			Next update expected: 13 Jan 2026, 12:00
			112 · 1733
			https://status.test.example/en/
			"
		`);
	});

	it('carry their campus on a site with two, where two services share a name', () => {
		const content = contentOf(SITE_YAML, SERVICES_YAML);
		const mug = content.services.find((service) => service.id === 'mug')!;
		expect(serviceNameWithCampus(mug, content, 'en').text).toBe('MUG, Campus Noord');
		expect(serviceLabel(mug, content)).toBe('Campus Noord · MUG');
	});
});
