import type { Locator } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { lanternWords } from '../../src/lib/i18n/read-words.ts';
import { describeInBrowser } from './helpers/browser.ts';
import { useDemoSite } from './helpers/demo-site.ts';

/** A small phone, a common phone and a laptop. */
const VIEWPORTS = [
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
];

/** True when the whole element is on the screen as the page opens, without scrolling. */
function inFirstScreen(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return (
			box.width > 0 &&
			box.height > 0 &&
			box.top >= 0 &&
			box.left >= 0 &&
			box.bottom <= innerHeight &&
			box.right <= innerWidth
		);
	});
}

/** How many lines a block of text takes. */
function linesOf(locator: Locator): Promise<number> {
	return locator.evaluate((element) =>
		Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
	);
}

/** The parts (each match of each locator) that are not wholly on the first screen. */
async function missingFromFirstScreen(parts: Record<string, Locator>): Promise<string[]> {
	const missing: string[] = [];
	for (const [name, locator] of Object.entries(parts)) {
		const count = await locator.count();
		if (count === 0) missing.push(`${name} (not on the page)`);
		for (let index = 0; index < count; index++) {
			if (!(await inFirstScreen(locator.nth(index)))) missing.push(`${name} #${index + 1}`);
		}
	}
	return missing;
}

describeInBrowser('the home page’s first screen', () => {
	const demo = useDemoSite();

	/**
	 * What a frightened reader needs on the first screen of `lang`'s home page, read half an hour
	 * after the build, at every viewport; in a drill, the drill's notice too, on one line.
	 */
	async function firstScreenOf(origin: string, lang: string, readAt: string, emergency: string, drill = false) {
		const missing: string[] = [];
		for (const viewport of VIEWPORTS) {
			const context = await demo.browser.newContext({ viewport });
			const page = await context.newPage();
			// Half an hour after the build, before the next update is due, as most readers see it.
			await page.clock.install({ time: new Date(readAt) });
			await page.goto(`${origin}/${lang}/`);
			await expect(page.locator('.key-services li').count()).resolves.toBe(3);
			const notice = page.locator('.exercise-notice p');
			const parts = await missingFromFirstScreen({
				...(drill && { 'the drill’s notice': notice }),
				'the latest update’s title': page.locator('.message .message-title'),
				'a key service’s name': page.locator('.key-services .service-name'),
				'a key service’s state': page.locator('.key-services .state'),
				[emergency]: page.locator('.emergency .phone', { hasText: emergency }),
				'the next update’s time': page.locator('.message .times time'),
			});
			missing.push(...parts.map((part) => `${lang} at ${viewport.width}×${viewport.height}: ${part}`));
			if (drill) {
				await expect(notice.textContent()).resolves.toBe(lanternWords(lang).exercise.notice);
				expect([lang, viewport.width, await linesOf(notice)]).toEqual([lang, viewport.width, 1]);
			} else await expect(page.locator('.exercise-notice').count()).resolves.toBe(0);
			await context.close();
		}
		return missing;
	}

	it.each([
		['during the attack', 'demoDuringDist'],
		['during the attack, built as a drill, under the drill’s notice on one line', 'demoExerciseDist'],
	] as const)(
		'shows, %s, the latest message, every key service with its state, 112 and the next update',
		async (_, dist) => {
			const during = await serveStatic(inject(dist));
			try {
				for (const lang of ['nl', 'en', 'fr'])
					expect(
						await firstScreenOf(during.origin, lang, '2026-01-14T12:30:00+01:00', '112', dist === 'demoExerciseDist'),
					).toEqual([]);
			} finally {
				await during.close();
			}
		},
	);

	it('shows the same first screen in German, whose words are long (a site in German and French)', async () => {
		const german = await serveStatic(inject('germanDist'));
		try {
			for (const lang of ['de', 'fr'])
				expect(await firstScreenOf(german.origin, lang, '2026-05-05T12:30:00+02:00', '144')).toEqual([]);
		} finally {
			await german.close();
		}
	});

	it('says how soon an announced change comes where JavaScript runs, the absolute time standing without it', async () => {
		const planned = await serveStatic(inject('demoPlannedDist'));
		try {
			for (const javaScriptEnabled of [true, false]) {
				const context = await demo.browser.newContext({ javaScriptEnabled });
				const page = await context.newPage();
				// Built the evening before; read at 04:00, two hours before the records-system window.
				await page.clock.install({ time: new Date('2026-02-01T04:00:00+01:00') });
				await page.goto(`${planned.origin}/en/`);
				const first = page.locator('.coming-up li').first();
				await expect(first.locator('time').first().textContent()).resolves.toBe('Sunday, 1 February 2026 at 06:00');
				const relative = first.locator('.relative-time');
				if (javaScriptEnabled) await expect(relative.textContent()).resolves.toBe(' (in 2 hours)');
				// Without JavaScript it says nothing: a build-time "in 2 hours" would go stale.
				else await expect(relative.textContent()).resolves.toBe('');
				await context.close();
			}
		} finally {
			await planned.close();
		}
	});

	it('says plainly, once all is well again, that every service is open and which incident ended when', async () => {
		for (const viewport of VIEWPORTS) {
			const context = await demo.browser.newContext({ viewport });
			const page = await context.newPage();
			await page.goto(`${demo.site.origin}/en/`);
			await expect(page.locator('h1').textContent()).resolves.toContain('All services are open as normal');
			const quiet = page.locator('[data-quiet]');
			await expect(quiet.textContent()).resolves.toContain('Cyberattack on AZ Voorbeeld');
			const missing = await missingFromFirstScreen({
				'the headline': page.locator('h1'),
				'the quiet message': quiet,
			});
			expect(missing, `${viewport.width}×${viewport.height}`).toEqual([]);
			await context.close();
		}
	});

	it('keeps the language switch and search one tap away on a phone, without a search box above the message, in a drill too', async () => {
		const drill = await serveStatic(inject('demoExerciseDist'));
		try {
			for (const site of [demo.site, drill]) {
				const context = await demo.browser.newContext({ viewport: { width: 360, height: 640 } });
				const page = await context.newPage();
				await page.goto(`${site.origin}/nl/`);
				const missing = await missingFromFirstScreen({
					'the language switch': page.getByRole('link', { name: 'English' }),
					search: page.getByRole('link', { name: 'Zoeken' }),
				});
				expect([site.origin, missing]).toEqual([site.origin, []]);
				await expect(page.locator('#site-search').isVisible()).resolves.toBe(false);
				await page.getByRole('link', { name: 'Zoeken' }).click();
				await page.waitForURL(`${site.origin}/nl/search/`);
				await context.close();
			}
		} finally {
			await drill.close();
		}
	});
});
