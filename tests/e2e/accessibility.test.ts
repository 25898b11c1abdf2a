import AxeBuilder from '@axe-core/playwright';
import { expect, inject, it } from 'vitest';
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

describeInBrowser('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
	const demo = useDemoSite();

	it('finds no violation on the page types of a 300-update site, light and dark', async () => {
		const large = await serveStatic(inject('largeDist'));
		const violations: string[] = [];
		try {
			for (const colorScheme of ['light', 'dark'] as const) {
				const context = await demo.browser.newContext({ colorScheme });
				const page = await context.newPage();
				await page.goto(`${large.origin}/nl/updates/`);
				const update = await page.locator('[data-update] h2 a').first().getAttribute('href');
				for (const path of [
					'/nl/',
					'/nl/updates/2/',
					update!,
					'/en/services/service-001/',
					'/fr/incidents/incident-001/',
				]) {
					await page.goto(`${large.origin}${path}`);
					const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
					violations.push(
						...results.violations.map(
							(violation) => `${colorScheme} ${path}: ${violation.id} ${violation.nodes[0]?.target.join(' ')}`,
						),
					);
				}
				await context.close();
			}
		} finally {
			await large.close();
		}
		expect(violations).toEqual([]);
	});

	it('reads at 320 px wide (and so at 400% zoom of 1280 px) without sideways scrolling', async () => {
		const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		const tooWide: string[] = [];
		for (const lang of ['nl', 'fr']) {
			for (const path of PAGE_TYPES(lang)) {
				await page.goto(`${demo.site.origin}${path}`);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > 320) tooWide.push(`${path}: ${width}px`);
			}
		}
		expect(tooWide).toEqual([]);
		await context.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		for (const lang of ['nl', 'en', 'fr']) {
			it(`finds no violation on any page type in ${lang}, ${colorScheme}`, async () => {
				const context = await demo.browser.newContext({ colorScheme });
				const page = await context.newPage();
				const violations: string[] = [];
				for (const path of [...PAGE_TYPES(lang), ...(lang === 'nl' ? ['/', '/no-such-page/'] : [])]) {
					await page.goto(`${demo.site.origin}${path}`);
					if (path === '/') await page.waitForURL(`${demo.site.origin}/nl/`);
					if (path.includes('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor();
					const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
					for (const violation of results.violations) {
						violations.push(
							`${path}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')} ${violation.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`,
						);
					}
				}
				expect(violations).toEqual([]);
				await context.close();
			});
		}
	}
});
