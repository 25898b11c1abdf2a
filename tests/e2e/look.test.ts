import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
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

	it('keeps a drill’s notice at the top of every page: in forced colours, in print and without any CSS', async () => {
		const drill = await serveStatic(inject('demoExerciseDist'));
		try {
			const paths = [...PAGE_TYPES, '/fr/print/', '/', '/404.html'];
			for (const forcedColors of ['active', 'none'] as const) {
				const context = await demo.browser.newContext({ forcedColors, colorScheme: 'dark' });
				const page = await context.newPage();
				// `/` sends the reader on to the source language at once (a meta refresh); held back here,
				// so the page checked is `/` itself, not a navigation half done on a busy machine.
				await page.route(`${drill.origin}/`, async (route) => {
					const response = await route.fetch();
					const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
					await route.fulfill({ response, body });
				});
				for (const path of paths) {
					const where = [forcedColors, path];
					await page.goto(`${drill.origin}${path}`);
					const notice = page.locator('.exercise-notice');
					for (const media of ['screen', 'print'] as const) {
						await page.emulateMedia({ media });
						await expect(notice.isVisible()).resolves.toBe(true);
						// Told apart from the page by a line of ink, which forced colours and paper keep.
						expect([...where, media, await styleOf(page, '.exercise-notice', 'border-bottom-style')]).toEqual([
							...where,
							media,
							'solid',
						]);
						const [ink, face] = await notice.evaluate((element) => [
							getComputedStyle(element).color,
							getComputedStyle(element).backgroundColor,
						]);
						expect([...where, media, ink === face]).toEqual([...where, media, false]);
					}
					await page.emulateMedia({ media: 'screen' });
					// Without any CSS, it is still the first thing on the page, above all the rest.
					const top = await page.evaluate(() => {
						for (const element of document.querySelectorAll('style, link[rel="stylesheet"]')) element.remove();
						for (const element of document.querySelectorAll('[style]')) element.removeAttribute('style');
						const element = document.querySelector('.exercise-notice')!;
						const notice = element.getBoundingClientRect();
						const others = [...document.body.children].filter((other) => other !== element);
						return (
							notice.height > 0 &&
							others.every(
								(other) =>
									other.getBoundingClientRect().height === 0 || other.getBoundingClientRect().top >= notice.bottom,
							)
						);
					});
					expect([...where, top]).toEqual([...where, true]);
				}
				await context.close();
			}
		} finally {
			await drill.close();
		}
	});
});
