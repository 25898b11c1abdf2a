import AxeBuilder from '@axe-core/playwright';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { SEARCH_RESULT_LINK } from '../../scripts/lib/search-page.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { describeInBrowser } from './helpers/browser.ts';
import { useDemoSite } from './helpers/demo-site.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PAGE_TYPES = (lang: string) => [
	`/${lang}/`,
	`/${lang}/updates/`,
	`/${lang}/updates/2026-01-14-1000-paper-registration/`,
	`/${lang}/updates/2026-01-27-1000-ambulances-back/`,
	`/${lang}/services/`,
	`/${lang}/services/mug/`,
	`/${lang}/incidents/`,
	`/${lang}/incidents/2026-01-cyberattack/`,
	`/${lang}/search/?q=${lang === 'nl' ? 'ziekenwagen' : 'ambulance'}`,
	`/${lang}/print/`,
];
/** The same page types on the site in German and French (the demo has no German; its words are long). */
const GERMAN_PAGE_TYPES = [
	'/de/',
	'/de/updates/',
	'/de/updates/2026-05-04-0800-systeme-abgeschaltet/',
	'/de/updates/2026-05-04-1400-papier/',
	'/de/services/',
	'/de/services/notaufnahme-berg/',
	'/de/incidents/',
	'/de/incidents/2026-05-informatik/',
	'/de/search/?q=Notaufnahme',
	'/de/print/',
];

/**
 * axe's WCAG 2.2 A/AA violations on each page, one line each, in a fresh context of the given
 * colour scheme; `prepare` readies each new page (a reader's clock, say), `act` does what a
 * reader does once it is loaded (open the filters, say).
 */
async function violationsOn(
	browser: Browser,
	origin: string,
	paths: string[],
	colorScheme: 'light' | 'dark',
	prepare?: (page: Page) => Promise<void>,
	act?: (page: Page) => Promise<void>,
): Promise<string[]> {
	const context = await browser.newContext({ colorScheme });
	const page = await context.newPage();
	await prepare?.(page);
	const violations: string[] = [];
	for (const address of paths) {
		await page.goto(`${origin}${address}`);
		if (address === '/') await page.waitForURL(`${origin}/nl/`);
		if (address.includes('/search/')) await page.locator(SEARCH_RESULT_LINK).first().waitFor();
		await act?.(page);
		const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
		for (const violation of results.violations) {
			violations.push(
				`${colorScheme} ${address}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')} ${violation.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`,
			);
		}
	}
	await context.close();
	return violations;
}

describeInBrowser('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
	const demo = useDemoSite();

	it('finds no violation on the page types of a 300-update site, light and dark', async () => {
		const large = await serveStatic(inject('largeDist'));
		const violations: string[] = [];
		try {
			const update = (await readdir(path.join(inject('largeDist'), 'nl/updates'))).find((name) => /^\d{8}-/.test(name));
			const paths = [
				'/nl/',
				'/nl/updates/2/',
				`/nl/updates/${update}/`,
				'/en/services/service-001/',
				'/fr/incidents/incident-001/',
			];
			for (const colorScheme of ['light', 'dark'] as const)
				violations.push(...(await violationsOn(demo.browser, large.origin, paths, colorScheme)));
		} finally {
			await large.close();
		}
		expect(violations).toEqual([]);
	});

	it('finds no violation during the attack, with the next update late, light and dark', async () => {
		const during = await serveStatic(inject('demoDuringDist'));
		const violations: string[] = [];
		try {
			const paths = [
				'/nl/',
				'/fr/',
				'/en/updates/2026-01-13-1800-patients-transferred/',
				'/en/incidents/2026-01-cyberattack/',
			];
			// Built at 12:00 with an update promised for 17:00; read at 18:00, so the late notice shows.
			const lateReader = (page: Page) => page.clock.setFixedTime(new Date('2026-01-14T18:00:00+01:00'));
			for (const colorScheme of ['light', 'dark'] as const)
				violations.push(...(await violationsOn(demo.browser, during.origin, paths, colorScheme, lateReader)));
		} finally {
			await during.close();
		}
		expect(violations).toEqual([]);
	});

	it('finds no violation in a drill, whose notice opens every page, light and dark', async () => {
		const drill = await serveStatic(inject('demoExerciseDist'));
		const violations: string[] = [];
		try {
			const paths = ['/fr/', '/en/updates/2026-01-13-1800-patients-transferred/', '/nl/print/', '/no-such-page/'];
			for (const colorScheme of ['light', 'dark'] as const)
				violations.push(...(await violationsOn(demo.browser, drill.origin, paths, colorScheme)));
		} finally {
			await drill.close();
		}
		expect(violations).toEqual([]);
	});

	it('reads at 320 px wide (and so at 400% zoom of 1280 px) without sideways scrolling, in German too', async () => {
		const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		const german = await serveStatic(inject('germanDist'));
		const tooWide: string[] = [];
		try {
			const sites = [
				...PAGE_TYPES('nl').map((path) => `${demo.site.origin}${path}`),
				...PAGE_TYPES('fr').map((path) => `${demo.site.origin}${path}`),
				...GERMAN_PAGE_TYPES.map((path) => `${german.origin}${path}`),
			];
			for (const address of sites) {
				await page.goto(address);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > 320) tooWide.push(`${address}: ${width}px`);
			}
		} finally {
			await german.close();
		}
		expect(tooWide).toEqual([]);
		await context.close();
	});

	it('finds no violation on search with results and every filter open, light and dark', async () => {
		const openFilters = async (page: Page) => {
			// A filter ticked in the address is open already.
			const closed = page.locator('.search-filters details:not([open]):not([hidden]) summary');
			while ((await closed.count()) > 0) await closed.first().click();
			await page.locator('.search-filters input[type="checkbox"]').first().waitFor();
		};
		const paths = ['/nl/search/?q=ziekenwagen', '/fr/search/?q=ambulance', '/nl/search/?q=ziekenwagen&Fase=Herstel'];
		for (const colorScheme of ['light', 'dark'] as const)
			expect(await violationsOn(demo.browser, demo.site.origin, paths, colorScheme, undefined, openFilters)).toEqual(
				[],
			);
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`finds no violation on any page type in de (a site in German and French), ${colorScheme}`, async () => {
			const german = await serveStatic(inject('germanDist'));
			try {
				expect(await violationsOn(demo.browser, german.origin, GERMAN_PAGE_TYPES, colorScheme)).toEqual([]);
			} finally {
				await german.close();
			}
		});
		for (const lang of ['nl', 'en', 'fr']) {
			it(`finds no violation on any page type in ${lang}, ${colorScheme}`, async () => {
				const paths = [...PAGE_TYPES(lang), ...(lang === 'nl' ? ['/', '/no-such-page/'] : [])];
				expect(await violationsOn(demo.browser, demo.site.origin, paths, colorScheme)).toEqual([]);
			});
		}
	}
});
