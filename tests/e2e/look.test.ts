import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './helpers/browser.ts';
import { useDemoSite } from './helpers/demo-site.ts';

const PAGE_TYPES = [
	'/nl/',
	'/en/updates/',
	'/en/updates/2026-01-14-1000-paper-registration/',
	'/fr/services/',
	'/en/services/mug/',
	'/en/incidents/2026-01-cyberattack/',
	'/nl/incidents/',
];

/** The computed value of a CSS property on the first element a selector matches. */
const styleOf = (page: Page, selector: string, property: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

/** Relative luminance of an `rgb(…)` colour (WCAG), 0 for black to 1 for white. */
function luminance(colour: string): number {
	const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
		const channel = Number(part) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describeInBrowser('the look in Chromium', () => {
	const demo = useDemoSite();

	it('draws the state pictures in the system colours under a forced-colours theme, told apart by pattern', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await demo.browser.newContext({ forcedColors: 'active', colorScheme });
			const page = await context.newPage();
			await page.goto(`${demo.site.origin}/en/incidents/2026-01-cyberattack/`);
			const canvas = await styleOf(page, 'html', 'background-color');
			const ink = await styleOf(page, 'body', 'color');
			expect(canvas).not.toBe(ink);
			// Open is left empty; every other state is ink with gaps of its own pattern.
			expect(await styleOf(page, '#fill-ok rect', 'fill')).toBe(canvas);
			for (const tone of ['minor', 'major', 'critical']) {
				expect([tone, await styleOf(page, `#fill-${tone} > :first-child`, 'fill')]).toEqual([tone, ink]);
				// The gaps stay page colour, or the three patterns would be the same solid ink.
				const gaps = await page
					.locator(`#fill-${tone} > :not(:first-child)`)
					.evaluateAll((shapes) => shapes.map((shape) => getComputedStyle(shape).fill));
				expect([tone, gaps.length > 0 && gaps.every((fill) => fill === canvas)]).toEqual([tone, true]);
			}
			expect(await styleOf(page, '.swimlane .lane-name', 'fill')).toBe(ink);

			await page.goto(`${demo.site.origin}/en/`);
			// Boxes that stood out by their background keep an outline when the theme drops it.
			expect(await styleOf(page, '.what-to-do', 'border-top-style')).toBe('solid');
			expect(await styleOf(page, '.what-to-do', 'border-top-color')).not.toBe(canvas);
			const button = page.locator('.search-form button');
			const [text, face] = await button.evaluate((element) => [
				getComputedStyle(element).color,
				getComputedStyle(element).backgroundColor,
			]);
			expect(text).not.toBe(face);
			await context.close();
		}
	});

	it('prints every page type dark on white, without navigation, search or subscription blocks', async () => {
		// A reader whose screen is dark still gets ink on paper.
		const context = await demo.browser.newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		for (const path of PAGE_TYPES) {
			await page.goto(`${demo.site.origin}${path}`);
			await page.emulateMedia({ media: 'print' });
			expect([path, luminance(await styleOf(page, 'body', 'color'))]).toEqual([path, expect.closeTo(0, 1)]);
			expect([path, luminance(await styleOf(page, 'html', 'background-color'))]).toEqual([path, 1]);
			for (const hidden of ['nav', '.search-form', '.languages'])
				expect([path, hidden, await page.locator(hidden).first().isVisible()]).toEqual([path, hidden, false]);
			await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
			await page.emulateMedia({ media: 'screen' });
			expect([path, luminance(await styleOf(page, 'body', 'color'))]).not.toEqual([path, expect.closeTo(0, 1)]);
		}
		await context.close();
	});
});
