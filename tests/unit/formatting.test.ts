import { relativeTimeLabel } from '../../src/lib/relative-time.ts';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { closestMatch } from '../../src/lib/content/did-you-mean.ts';
import { langAttribute, pickText } from '../../src/lib/i18n/local-text.ts';
import { languageName, nativeLanguageName } from '../../src/lib/i18n/locales.ts';
import { absoluteUrl, ALL_FEED_FORMATS, createRoutes, FEED_FORMATS } from '../../src/lib/routes.ts';
import { HOSPITAL_STATES } from '../../src/lib/states.ts';
import { buildClock, formatDateTime, isoWithOffset } from '../../src/lib/time.ts';
import { lanternWords } from '../../src/lib/i18n/read-words.ts';
import { plannedWhen } from '../../src/lib/status/planned-reading.ts';

describe('times', () => {
	it('writes <time datetime> in the site offset, in winter and in summer', () => {
		expect(isoWithOffset(new Date('2026-01-13T07:05:00Z'), 'Europe/Brussels')).toBe('2026-01-13T08:05:00+01:00');
		expect(isoWithOffset(new Date('2026-07-01T10:00:00Z'), 'Europe/Brussels')).toBe('2026-07-01T12:00:00+02:00');
		expect(isoWithOffset(new Date('2026-07-01T10:00:00Z'), 'UTC')).toBe('2026-07-01T10:00:00+00:00');
	});

	it('formats a time in the site time zone per language', () => {
		const date = new Date('2026-01-13T07:05:00Z');
		expect(formatDateTime(date, 'nl', 'Europe/Brussels')).toMatch(/dinsdag 13 januari 2026.*08:05/);
		expect(formatDateTime(date, 'fr', 'Europe/Brussels')).toMatch(/mardi 13 janvier 2026.*08:05/);
		expect(formatDateTime(date, 'en', 'Europe/Brussels')).toMatch(/Tuesday,? 13 January 2026.*08:05/);
		expect(formatDateTime(date, 'de', 'Europe/Brussels')).toBe('Dienstag, 13. Januar 2026 um 08:05');
	});

	it('says a planned window in the site time zone, across a daylight-saving change, and a same-day end as a time alone', () => {
		const plan = (from: string, until?: string) => ({
			serviceId: 'mug',
			incidentId: 'cyber',
			updateId: 'u1',
			state: 'delays' as const,
			from: new Date(from),
			...(until && { until: new Date(until) }),
		});
		// Brussels moves from +01:00 to +02:00 at 02:00 on 29 March 2026.
		expect(
			plannedWhen(
				plan('2026-03-28T23:00:00+01:00', '2026-03-29T07:00:00+02:00'),
				lanternWords('nl'),
				'nl',
				'Europe/Brussels',
			),
		).toBe('van zaterdag 28 maart 2026 om 23:00 tot zondag 29 maart 2026 om 07:00');
		expect(
			plannedWhen(
				plan('2026-03-29T06:00:00+02:00', '2026-03-29T08:00:00+02:00'),
				lanternWords('fr'),
				'fr',
				'Europe/Brussels',
			),
		).toBe('de dimanche 29 mars 2026 à 06:00 jusqu’à 08:00');
		expect(plannedWhen(plan('2026-03-30T06:00:00Z'), lanternWords('en'), 'en', 'Europe/Brussels')).toBe(
			'from Monday, 30 March 2026 at 08:00',
		);
		expect(
			plannedWhen(
				plan('2026-03-28T23:00:00+01:00', '2026-03-29T07:00:00+02:00'),
				lanternWords('de'),
				'de',
				'Europe/Brussels',
			),
		).toBe('von Samstag, 28. März 2026 um 23:00 bis Sonntag, 29. März 2026 um 07:00');
	});

	it('takes the build clock from LANTERN_NOW and rejects nonsense', () => {
		expect(buildClock({ LANTERN_NOW: '2026-01-13T08:00:00+01:00' }).toISOString()).toBe('2026-01-13T07:00:00.000Z');
		expect(() => buildClock({ LANTERN_NOW: 'tomorrow' })).toThrow(/LANTERN_NOW/);
	});
});

describe('states', () => {
	it('picks the worst state by rank', () => {
		expect(HOSPITAL_STATES.worst([])).toBe('open');
		expect(HOSPITAL_STATES.worst(['delays', 'closed', 'reduced'])).toBe('closed');
		expect(HOSPITAL_STATES.worst(['urgent-only', 'no-ambulance'])).toBe('urgent-only');
	});
});

describe('routes', () => {
	it('puts every page under the base path with a trailing slash', () => {
		const routes = createRoutes('/status');
		expect(routes.home('nl')).toBe('/status/nl/');
		expect(routes.updates('en')).toBe('/status/en/updates/');
		expect(routes.updates('en', 3)).toBe('/status/en/updates/3/');
		expect(routes.update('fr', 'u1')).toBe('/status/fr/updates/u1/');
		expect(absoluteUrl('https://example.org/status/', routes.service('nl', 'mug'))).toBe(
			'https://example.org/status/nl/services/mug/',
		);
	});

	it('offers every feed format, the site’s or a service’s, in one order', () => {
		const routes = createRoutes('/status');
		expect(ALL_FEED_FORMATS).toEqual(['rss', 'atom', 'json']);
		expect(routes.feeds('en')).toEqual([
			{ format: 'rss', href: '/status/en/rss.xml' },
			{ format: 'atom', href: '/status/en/atom.xml' },
			{ format: 'json', href: '/status/en/feed.json' },
		]);
		expect(routes.feeds('nl', 'mug').map((feed) => feed.href)).toEqual([
			'/status/nl/services/mug/rss.xml',
			'/status/nl/services/mug/atom.xml',
			'/status/nl/services/mug/feed.json',
		]);
		expect(FEED_FORMATS.json).toEqual({ file: 'feed.json', type: 'application/feed+json', name: 'JSON Feed' });
	});
});

describe('language helpers', () => {
	it('falls back to the source language and says so', () => {
		expect(pickText({ nl: 'Spoed', en: 'Emergency' }, 'en', 'nl')).toEqual({
			text: 'Emergency',
			lang: 'en',
			fallback: false,
		});
		expect(pickText({ nl: 'Spoed' }, 'fr', 'nl')).toEqual({ text: 'Spoed', lang: 'nl', fallback: true });
		// An optional text (advice) may lack the source language: it keeps the language it is in.
		expect(pickText({ en: 'Call 112.' }, 'fr', 'nl')).toEqual({ text: 'Call 112.', lang: 'en', fallback: true });
	});

	it('marks a text with its language only where it differs from the page', () => {
		expect(langAttribute(pickText({ nl: 'Spoed' }, 'fr', 'nl'), 'fr')).toBe('nl');
		expect(langAttribute(pickText({ nl: 'Spoed', fr: 'Urgences' }, 'fr', 'nl'), 'fr')).toBeUndefined();
		expect(langAttribute(pickText({ nl: 'Spoed' }, 'nl', 'nl'), 'nl')).toBeUndefined();
		expect(langAttribute({ lang: 'nl' }, 'en')).toBe('nl');
	});

	it('names languages through Intl', () => {
		expect(languageName('nl', 'en')).toBe('Dutch');
		expect(nativeLanguageName('fr')).toBe('Français');
	});

	it('suggests a near miss but not an unrelated word', () => {
		expect(closestMatch('reduce', ['open', 'reduced'])).toBe('reduced');
		expect(closestMatch('Emergency-Noord', ['emergency-noord'])).toBe('emergency-noord');
		expect(closestMatch('radiology', ['mug', 'pit'])).toBeUndefined();
	});
});

describe('splitFrontmatter', () => {
	it('finds the frontmatter and where the body starts', () => {
		expect(splitFrontmatter('---\r\ntitle: x\r\n---\r\nBody\r\n')).toEqual({
			frontmatter: 'title: x',
			frontmatterLine: 2,
			body: 'Body\n',
			bodyLine: 4,
		});
		expect(splitFrontmatter('no frontmatter')).toBeUndefined();
	});
});

describe('relative times, as the build and the page script both write them', () => {
	const now = Date.parse('2026-01-14T12:00:00+01:00');
	it('says how long ago or how soon, in the language, in the largest whole unit', () => {
		expect(relativeTimeLabel(now + 2 * 3_600_000, now, 'en')).toBe(' (in 2 hours)');
		expect(relativeTimeLabel(now - 3 * 86_400_000, now, 'nl')).toBe(' (3 dagen geleden)');
		expect(relativeTimeLabel(now - 86_400_000, now, 'fr')).toBe(' (hier)');
		expect(relativeTimeLabel(now + 30_000, now, 'en')).toBe(' (in 1 minute)');
	});
});
