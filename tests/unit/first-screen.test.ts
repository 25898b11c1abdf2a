import { describe, expect, it } from 'vitest';
import { serviceName } from '../../src/lib/content/names.ts';
import { servicesByCampus } from '../../src/lib/content/service-sections.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { fillTemplate, templateParts } from '../../src/lib/i18n/template.ts';
import { computeStatus } from '../../src/lib/status/engine.ts';
import { groupSummaryText, summarizeGroup } from '../../src/lib/status/group-summary.ts';
import { keyServicesOn, notNormalByCampus, quietTimes } from '../../src/lib/status/home-reading.ts';
import { FIRST_UPDATE, mdx, rawContent, SERVICES_YAML } from './helpers/raw-content.ts';

// The helper's services, with both emergency departments as key services; Campus Noord has the
// emergency department and the MUG, Campus Zuid its emergency department, visiting is everywhere.
const KEY_SERVICES = SERVICES_YAML.replace(
	/(    group: acute\n    name: \{ nl: Spoed (Noord|Zuid))/g,
	'    key: true\n$1',
);
const RESOLVED = mdx(`
incident: cyber
published: 2026-01-20T08:00:00+01:00
phase: resolved
title: Alles hersteld
summary: Alle diensten werken weer.
services:
  emergency-noord: open
  mug: open
`);
const ALL_CLOSED = mdx(`
incident: cyber
published: 2026-01-14T08:00:00+01:00
phase: ongoing
title: Alles dicht
summary: Alles dicht.
services:
  emergency-noord: closed
  emergency-zuid: closed
  mug: closed
  visiting: closed
next_update: 2026-01-14T12:00:00+01:00
`);

function load(updates: Record<string, string>) {
	const { content, problems } = validateContent(rawContent(updates, { services: KEY_SERVICES }));
	if (!content) throw new Error(problems.map((problem) => problem.message).join('\n'));
	return { content, status: computeStatus(content, content.updates, new Date('2026-03-01T00:00:00Z')) };
}

describe('group summaries', () => {
	// After the first update: the emergency department Noord has reduced capacity, the MUG is unavailable.
	const { content, status } = load({ 'u1/nl': FIRST_UPDATE });
	const noord = content.services.filter((service) => service.campus === 'noord');
	const zuid = content.services.filter((service) => service.campus === 'zuid');
	const text = (services: typeof content.services, lang: string, board = status.current) =>
		groupSummaryText(summarizeGroup(board, services), content.words.for(lang), (service) =>
			serviceName(service, content.site, lang),
		);

	it('count the services not open as normal and name the most affected, in every language', () => {
		expect(summarizeGroup(status.current, noord)).toMatchObject({
			total: 2,
			notNormal: 2,
			mostAffected: { state: 'unavailable' },
		});
		expect(text(noord, 'nl')).toBe(
			'2 van de 2 werken niet normaal; het zwaarst getroffen: MUG (Tijdelijk niet beschikbaar)',
		);
		expect(text(noord, 'en')).toBe('2 of 2 not working as normal; most affected: MUG (Temporarily unavailable)');
		expect(text(noord, 'fr')).toBe(
			'2 sur 2 ne fonctionnent pas normalement\u00a0; le plus touché\u00a0: MUG (Temporairement indisponible)',
		);
		expect(text(noord, 'de')).toBe(
			'2 von 2 arbeiten nicht normal; am stärksten betroffen: MUG (Vorübergehend nicht verfügbar)',
		);
		const site = content.services;
		expect(text(site, 'en')).toBe('2 of 4 not working as normal; most affected: MUG (Temporarily unavailable)');
	});

	it('say so when all of a group is open, and for one service alone', () => {
		expect(text(zuid, 'nl')).toBe('Werkt normaal');
		expect(text([...zuid, ...content.services.filter((service) => !service.campus)], 'en')).toBe(
			'All 2 open as normal',
		);
		expect(text([...zuid, ...zuid], 'fr')).toBe('Les 2 fonctionnent normalement');
		expect(text(zuid, 'de')).toBe('Arbeitet normal');
		expect(text([...zuid, ...zuid], 'de')).toBe('Alle 2 arbeiten normal');
	});

	it('name the first listed of equally bad services when all are closed', () => {
		const closed = load({ 'u1/nl': FIRST_UPDATE, 'u2/nl': ALL_CLOSED }).status.current;
		expect(text(content.services, 'nl', closed)).toBe(
			'4 van de 4 werken niet normaal; het zwaarst getroffen: Spoed Noord (Gesloten)',
		);
		expect(text(content.services, 'en', closed)).toBe(
			'4 of 4 not working as normal; most affected: Emergency North (Closed)',
		);
		expect(text(content.services, 'fr', closed)).toBe(
			'4 sur 4 ne fonctionnent pas normalement\u00a0; le plus touché\u00a0: Spoed Noord (Fermé)',
		);
		expect(text(content.services, 'de', closed)).toBe(
			'4 von 4 arbeiten nicht normal; am stärksten betroffen: Spoed Noord (Geschlossen)',
		);
	});

	it('use the singular for one service not open as normal', () => {
		const one = load({ 'u1/nl': FIRST_UPDATE.replace('  mug:\n    state: unavailable\n    note: Bel 112.\n', '') });
		expect(text(content.services, 'en', one.status.current)).toBe(
			'1 of 4 not working as normal: Emergency North (Reduced capacity)',
		);
		expect(text(content.services, 'nl', one.status.current)).toBe(
			'1 van de 4 werkt niet normaal: Spoed Noord (Beperkte capaciteit)',
		);
		expect(text(content.services, 'de', one.status.current)).toBe(
			'1 von 4 arbeitet nicht normal: Spoed Noord (Eingeschränkte Kapazität)',
		);
	});
});

describe('the first screen', () => {
	it('always has the key services, open or not, in the order of services.yaml', () => {
		const { content, status } = load({ 'u1/nl': FIRST_UPDATE });
		expect(
			keyServicesOn(status.current, content.services).map(({ service, serviceStatus }) => [
				service.id,
				serviceStatus.state,
			]),
		).toEqual([
			['emergency-noord', 'reduced'],
			['emergency-zuid', 'open'],
		]);
	});

	it('lists what is not open as normal campus by campus, key services first, leaving out campuses where all is open', () => {
		const { content, status } = load({
			'u1/nl': FIRST_UPDATE.replace('emergency-noord: reduced', 'emergency-noord: delays'),
		});
		const sections = notNormalByCampus(status.current, servicesByCampus(content, 'en'));
		expect(sections.map(({ section, services }) => [section.id, services.map(({ service }) => service.id)])).toEqual([
			['noord', ['emergency-noord', 'mug']],
		]);
		// The key service comes first although the MUG is worse and the campus summary names the MUG.
		expect(sections[0]!.summary.mostAffected?.service.id).toBe('mug');
	});

	it('is quiet only when every service is open and every incident resolved, and names the one that ended last', () => {
		expect(quietTimes(load({}).status)).toEqual({ kind: 'never' });
		expect(quietTimes(load({ 'u1/nl': FIRST_UPDATE }).status)).toBeUndefined();
		const after = quietTimes(load({ 'u1/nl': FIRST_UPDATE, 'u2/nl': RESOLVED }).status);
		expect(after).toMatchObject({
			kind: 'after',
			incident: { incident: { id: 'cyber' } },
			endedAt: new Date('2026-01-20T07:00:00Z'),
		});
		// All open again, but the incident is still being watched: not quiet yet.
		const recovering = RESOLVED.replace('phase: resolved', 'phase: recovering');
		expect(quietTimes(load({ 'u1/nl': FIRST_UPDATE, 'u2/nl': recovering }).status)).toBeUndefined();
	});
});

describe('sentences with gaps', () => {
	it('cut a sentence at its gaps and fill them, leaving an unknown gap as written', () => {
		expect(templateParts('The last incident, {incident}, ended on {time}.')).toEqual([
			{ text: 'The last incident, ' },
			{ gap: 'incident' },
			{ text: ', ended on ' },
			{ gap: 'time' },
			{ text: '.' },
		]);
		expect(templateParts('{service}')).toEqual([{ gap: 'service' }]);
		expect(fillTemplate('{service} ({state}) {other}', { service: 'MUG', state: 'Closed' })).toBe(
			'MUG (Closed) {other}',
		);
	});
});
