import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { statuspageDocuments } from '../../src/lib/api/statuspage.ts';
import { badgeSvg } from '../../src/lib/badge.ts';
import { capAlert } from '../../src/lib/cap/cap-alert.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { createRoutes } from '../../src/lib/routes.ts';
import { updateTextOnPage } from '../../src/lib/i18n/update-text-on-page.ts';
import { changeText, changeWording } from '../../src/lib/status/change-text.ts';
import { computeStatus } from '../../src/lib/status/engine.ts';
import { jsonLd, specialAnnouncement } from '../../src/lib/structured-data.ts';
import { validateCap } from '../build/helpers/outputs.ts';
import { FIRST_UPDATE, mdx, rawContent, SITE_YAML } from './helpers/raw-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const at = (published: string, services: string, phase = 'ongoing') =>
	mdx(
		`incident: cyber\npublished: ${published}\nphase: ${phase}\ntitle: T ${published}\nsummary: S\nservices:\n${services}`,
	);

function model(updates: Record<string, string>) {
	const { content } = validateContent(rawContent(updates));
	return { content: content!, status: computeStatus(content!, content!.updates, new Date('2026-06-01T00:00:00Z')) };
}

describe('Statuspage indicator', () => {
	it.each([
		['open', 'none'],
		['delays', 'minor'],
		['reduced', 'minor'],
		['urgent-only', 'major'],
		['no-ambulance', 'major'],
		['postponed', 'critical'],
		['unavailable', 'critical'],
		['closed', 'critical'],
	])('reports the worst state %s as indicator %s', (state, indicator) => {
		const { content, status } = model({ 'u1/nl': at('2026-01-13T08:00:00+01:00', `  visiting: ${state}`) });
		const documents = statuspageDocuments(content, status, createRoutes('/'));
		expect(documents.status.status.indicator).toBe(indicator);
	});

	it('reports an incident as monitoring while recovering and its worst impact so far', () => {
		const { content, status } = model({
			'u1/nl': FIRST_UPDATE,
			'u2/nl': at('2026-01-14T08:00:00+01:00', '  mug: open\n  emergency-noord: open', 'recovering'),
		});
		const [incident] = statuspageDocuments(content, status, createRoutes('/')).incidents.incidents;
		expect(incident).toMatchObject({
			status: 'monitoring',
			impact: 'critical',
			monitoring_at: '2026-01-14T07:00:00.000Z',
		});
	});
});

// Two planned changes announced together: a window for two services, then the MUG's return.
const announced = at(
	'2026-01-14T08:00:00+01:00',
	`  emergency-zuid:
    state: delays
    from: 2026-01-15T06:00:00+01:00
    until: 2026-01-15T08:00:00+01:00
  visiting:
    state: delays
    from: 2026-01-15T06:00:00+01:00
    until: 2026-01-15T08:00:00+01:00
  mug:
    state: open
    from: 2026-01-16T08:00:00+01:00`,
	'recovering',
);
describe('Statuspage scheduled maintenances', () => {
	const contentWith = (later: Record<string, string>) =>
		model({ 'u1/nl': FIRST_UPDATE, 'u2/nl': announced, ...later }).content;
	const mugCancelled = contentWith({
		'u3/nl': at('2026-01-15T12:00:00+01:00', '  mug:\n    cancel: true', 'recovering'),
	});
	// The updates published by `now`, as a build at that time would see them.
	const documentsAt = (now: string, content = mugCancelled) => {
		const clock = new Date(now);
		const published = content.updates.filter((update) => update.published <= clock);
		return statuspageDocuments(content, computeStatus(content, published, clock), createRoutes('/'));
	};

	// Each maintenance in short, after the updates `later` (a u3).
	const maintenancesAt = (now: string, later: Record<string, string>) =>
		documentsAt(now, contentWith(later))['scheduled-maintenances'].scheduled_maintenances.map((maintenance) => [
			maintenance.id,
			maintenance.status,
			maintenance.components.map((component) => component.id),
			maintenance.scheduled_until,
		]);

	it('goes from scheduled to in progress to completed, one maintenance update per status reached', () => {
		const phases = (now: string) =>
			documentsAt(now)['scheduled-maintenances'].scheduled_maintenances.map((maintenance) => [
				maintenance.status,
				maintenance.incident_updates.map((update) => update.status),
				maintenance.resolved_at,
			]);
		expect(phases('2026-01-14T09:00:00+01:00')).toEqual([
			['scheduled', ['scheduled'], null],
			['scheduled', ['scheduled'], null],
		]);
		expect(phases('2026-01-15T07:00:00+01:00')).toEqual([
			['scheduled', ['scheduled'], null],
			['in_progress', ['in_progress', 'scheduled'], null],
		]);
		// By noon on the 15th the window has ended, and the MUG's planned change was cancelled.
		expect(phases('2026-01-15T12:00:00+01:00')).toEqual([
			['completed', ['completed', 'in_progress', 'scheduled'], '2026-01-15T07:00:00.000Z'],
		]);
	});

	it('makes one maintenance of the services an update plans for the same window and state', () => {
		const [maintenance] =
			documentsAt('2026-01-15T07:00:00+01:00')['scheduled-maintenances/active'].scheduled_maintenances;
		expect(maintenance).toMatchObject({
			id: 'u2-planned-1',
			name: 'Spoed Zuid, Campus Zuid; Bezoek: Open, met wachttijden',
			scheduled_for: '2026-01-15T05:00:00.000Z',
			scheduled_until: '2026-01-15T07:00:00.000Z',
		});
		expect(maintenance!.components.map((component) => component.id)).toEqual(['emergency-zuid', 'visiting']);
	});

	it('splits a window that a later update ended early for one of its services, the rest still in progress', () => {
		const visitingBack = { 'u3/nl': at('2026-01-15T07:00:00+01:00', '  visiting: open', 'recovering') };
		expect(maintenancesAt('2026-01-15T07:30:00+01:00', visitingBack)).toEqual([
			['u2-planned-2', 'scheduled', ['mug'], '2026-01-16T07:00:00.000Z'],
			['u2-planned-1', 'in_progress', ['emergency-zuid'], '2026-01-15T07:00:00.000Z'],
			['u2-planned-1-ended-u3', 'completed', ['visiting'], '2026-01-15T06:00:00.000Z'],
		]);
	});

	it('keeps the id of every other maintenance when a later update cancels one announced before it', () => {
		const windowOff = {
			'u3/nl': at(
				'2026-01-14T12:00:00+01:00',
				'  emergency-zuid:\n    cancel: true\n  visiting:\n    cancel: true',
				'recovering',
			),
		};
		expect(maintenancesAt('2026-01-14T13:00:00+01:00', windowOff)).toEqual([
			['u2-planned-2', 'scheduled', ['mug'], '2026-01-16T07:00:00.000Z'],
		]);
	});
});

/** A state set of the site's own, instead of the hospital states. */
const OWN_STATES = `states:
  replace:
    - { key: open, rank: 0, statuspage: operational, label: { nl: Open, en: Open, fr: Ouvert } }
    - { key: reduced, rank: 1, statuspage: degraded_performance, label: { nl: Beperkt, en: Limited, fr: Limité } }
    - { key: unavailable, rank: 2, statuspage: major_outage, label: { nl: Weg, en: Gone, fr: Parti } }
`;

describe('CAP alerts', () => {
	it('repeats in every alert the planned changes that still stand, since each alert supersedes the one before', async () => {
		const { content, status } = model({
			'u1/nl': FIRST_UPDATE,
			'u2/nl': announced,
			'u3/nl': at('2026-01-14T12:00:00+01:00', '  emergency-noord: delays', 'recovering'),
			'u4/nl': at('2026-01-15T07:00:00+01:00', '  visiting: open', 'recovering'),
			'u5/nl': at('2026-01-15T12:00:00+01:00', '  mug:\n    cancel: true', 'recovering'),
		});
		const parser = new XMLParser({ isArray: (name) => name === 'info' });
		const futureOf = async (id: string) => {
			const xml = capAlert(content, status, createRoutes('/'), status.update(id)!);
			const validation = await validateCap(`${id}.xml`, xml);
			expect(validation.valid, validation.rawOutput).toBe(true);
			return parser
				.parse(xml)
				.alert.info.filter((info: { urgency: string }) => info.urgency === 'Future')
				.map((info: Record<string, string>) => [info['onset'], info['expires'], info['description']]);
		};
		const heading = 'Vooraf aangekondigd:';
		const zuid = '- Spoed Zuid, Campus Zuid: Open, met wachttijden van donderdag 15 januari 2026 om 06:00 tot 08:00';
		const visiting = '- Bezoek: Open, met wachttijden van donderdag 15 januari 2026 om 06:00 tot 08:00';
		const windowOf = (...lines: string[]) => [
			'2026-01-15T06:00:00+01:00',
			'2026-01-15T08:00:00+01:00',
			[heading, ...lines].join('\n'),
		];
		const mugBack = [
			'2026-01-16T08:00:00+01:00',
			undefined,
			`${heading}\n- MUG, Campus Noord: Open vanaf vrijdag 16 januari 2026 om 08:00`,
		];
		expect(await futureOf('u1')).toEqual([]);
		// u5 cancels the MUG's return later: the alerts sent before say what held when they were sent.
		expect(await futureOf('u2')).toEqual([windowOf(zuid, visiting), mugBack]);
		expect(await futureOf('u3')).toEqual([windowOf(zuid, visiting), mugBack]);
		// u4 ends the window for visiting; it still runs for Spoed Zuid.
		expect(await futureOf('u4')).toEqual([windowOf(zuid), mugBack]);
		expect(await futureOf('u5')).toEqual([]);
	});

	it('say what the site is about: its categories (site.yaml, else by its state set) and its event in its own words', () => {
		const parser = new XMLParser({ isArray: (name) => name === 'info' || name === 'category' });
		const alertOf = (site: string, i18n: Record<string, string> = {}) => {
			const { content, problems } = validateContent(rawContent(undefined, { site, i18n }));
			expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
			const status = computeStatus(content!, content!.updates, new Date('2026-06-01T00:00:00Z'));
			const [info] = parser.parse(capAlert(content!, status, createRoutes('/'), status.update('u1')!)).alert.info;
			return { category: info.category, event: info.event };
		};
		expect(alertOf(SITE_YAML)).toEqual({ category: ['Health', 'Infra'], event: 'Verstoring van de dienstverlening' });
		expect(alertOf(`${SITE_YAML}${OWN_STATES}`).category).toEqual(['Infra']);
		expect(alertOf(`${SITE_YAML}cap:\n  category: [Safety, Infra]\n`).category).toEqual(['Safety', 'Infra']);
		expect(alertOf(SITE_YAML, { nl: 'cap:\n  event: Verstoring van de gemeentelijke diensten\n' }).event).toBe(
			'Verstoring van de gemeentelijke diensten',
		);
	});

	it('and the announcement for search engines says what kind of place the organisation is', () => {
		const placeOf = (site: string) => {
			const { content } = validateContent(rawContent(undefined, { site }));
			const input = { lang: 'nl', url: 'u', homeUrl: 'h', title: 't', published: new Date(0), updated: new Date(0) };
			return specialAnnouncement({ ...input, site: content!.site, words: content!.words.for('nl') })
				.announcementLocation['@type'];
		};
		expect(placeOf(SITE_YAML)).toBe('Hospital');
		expect(placeOf(`${SITE_YAML}${OWN_STATES}`)).toBe('CivicStructure');
		expect(placeOf(`${SITE_YAML}${OWN_STATES}place_type: CityHall\n`)).toBe('CityHall');
	});

	it('take only CAP’s own categories, each once', () => {
		const problems = (category: string) =>
			validateContent(rawContent(undefined, { site: `${SITE_YAML}cap:\n  category: ${category}\n` })).problems.map(
				formatProblem,
			);
		expect(problems('[Infra, Schools]')).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:16:21  cap.category.1  this value is not allowed: found "Schools" (allowed: Geo, Met, Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other)",
			]
		`);
		expect(problems('[Infra, Infra]')).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:16:13  cap.category  expected each category once: found "[\\"Infra\\",\\"Infra\\"]"",
			]
		`);
	});
});

describe('change text', () => {
	it('names the service with its campus, the new and the old state, and the note', () => {
		const { content, status } = model({ 'u1/nl': FIRST_UPDATE });
		const entry = status.updates[0]!;
		expect(entry.changes.map((change) => changeText(change, entry.update, content, 'en'))).toEqual([
			'Emergency North, Campus Noord: Reduced capacity (was: Open as normal)',
			'MUG, Campus Noord: Temporarily unavailable (was: Open as normal). Bel 112.',
		]);
		expect(changeText(entry.changes[0]!, entry.update, content, 'fr')).toBe(
			'Spoed Noord, Campus Noord\u00a0: Capacité réduite (avant\u00a0: Ouvert)',
		);
		expect(changeText(entry.changes[1]!, entry.update, content, 'de')).toBe(
			'MUG, Campus Noord: Vorübergehend nicht verfügbar (vorher: Normal geöffnet). Bel 112.',
		);
	});

	it('gives pages and feeds the same parts: back to normal, new information, a note in its own language', () => {
		const { content, status } = model({
			'u1/nl': FIRST_UPDATE,
			'u2/nl': at(
				'2026-01-13T12:00:00+01:00',
				'  emergency-noord: open\n  mug:\n    state: unavailable\n    note: Nog altijd 112.',
			),
		});
		const entry = status.updates[1]!;
		expect(entry.changes.map((change) => changeWording(change, entry.update, content, 'en'))).toEqual([
			{
				name: { text: 'Emergency North, Campus Noord', lang: 'en', fallback: false },
				state: 'Open as normal (back to normal)',
				before: 'was: Reduced capacity',
				note: undefined,
			},
			{
				name: { text: 'MUG, Campus Noord', lang: 'nl', fallback: true },
				state: 'Temporarily unavailable',
				before: 'new information',
				note: { text: 'Nog altijd 112.', lang: 'nl' },
			},
		]);
		expect(entry.changes.map((change) => changeText(change, entry.update, content, 'en'))).toEqual([
			'Emergency North, Campus Noord: Open as normal (back to normal) (was: Reduced capacity)',
			'MUG, Campus Noord: Temporarily unavailable (new information). Nog altijd 112.',
		]);
	});
});

describe('update text on a page', () => {
	it('marks the source text with its language where it stands in for a missing translation', () => {
		const { content } = model({ 'u1/nl': FIRST_UPDATE });
		const update = content.updates[0]!;
		expect(updateTextOnPage(update, 'en')).toMatchObject({ kind: 'fallback', langAttribute: 'nl' });
		expect(updateTextOnPage(update, 'nl')).toMatchObject({ kind: 'source', langAttribute: undefined });
	});
});

describe('escaping in generated files', () => {
	it('keeps names with markup characters as text in badges and JSON-LD', () => {
		const svg = badgeSvg({ label: 'A & <B>', message: 'Open "now"', tone: 'ok' });
		expect(svg).toContain('<title>A &amp; &lt;B&gt;: Open &quot;now&quot;</title>');
		expect(jsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});
});
