import { expect, inject, it } from 'vitest';
import { SEARCH_RESULT_LINK } from '../../scripts/lib/search-page.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { describeInBrowser } from './helpers/browser.ts';
import { useDemoSite } from './helpers/demo-site.ts';

const UPDATE = '/nl/updates/2026-01-13-1800-patients-transferred/';

describeInBrowser('the demo in Chromium', () => {
	const demo = useDemoSite();

	it('reads fully with JavaScript off, and / sends the reader to the source language', async () => {
		const context = await demo.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${demo.site.origin}/`);
		await page.waitForURL(`${demo.site.origin}/nl/`);
		await expect(page.locator('h1').textContent()).resolves.toContain('Alle diensten werken normaal');
		await expect(page.locator('.board [data-service="emergency-noord"]').textContent()).resolves.toContain('Open');
		await expect(page.locator('.what-to-do').textContent()).resolves.toContain('1733');
		await context.close();
	});

	it('adds a relative time after when the last incident ended where JavaScript runs, moving nothing', async () => {
		// A phone, where the label can push the sentence onto another line.
		const context = await demo.browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		// Every layout shift from the first paint on, as the browser reports them.
		await page.addInitScript(() => {
			const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(`${demo.site.origin}/nl/`);
		const relative = page.locator('[data-quiet] .relative-time').first();
		await expect(relative.textContent()).resolves.toMatch(/ \(\d+ (dagen|maanden) geleden\)| \(.*geleden\)/);
		await expect(relative.isVisible()).resolves.toBe(true);
		// The build kept room for the label, so filling it in moved nothing below it.
		await expect(page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).resolves.toEqual([]);
		await context.close();
	});

	it('says the next update is late once its time has passed, without a new build', async () => {
		const during = await serveStatic(inject('demoDuringDist'));
		const context = await demo.browser.newContext();
		const page = await context.newPage();
		try {
			// Built at 12:00 with the next update promised for 17:00; the reader looks at 16:58.
			await page.clock.install({ time: new Date('2026-01-14T16:58:00+01:00') });
			await page.goto(`${during.origin}/en/`);
			const late = page.locator('.times [data-late-after]');
			await expect(late.isVisible()).resolves.toBe(false);
			await expect(page.locator('.times .relative-time').last().textContent()).resolves.toBe(' (in 2 minutes)');
			await page.clock.runFor('03:00');
			await expect(late.isVisible()).resolves.toBe(true);
			await expect(late.textContent()).resolves.toContain('is late');
		} finally {
			await context.close();
			await during.close();
		}
	});

	it('keeps the reader on the same update when switching language', async () => {
		const context = await demo.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${demo.site.origin}${UPDATE}`);
		await page.getByRole('link', { name: 'English' }).click();
		await page.waitForURL(`${demo.site.origin}${UPDATE.replace('/nl/', '/en/')}`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
		await page.getByRole('link', { name: 'Français' }).click();
		await page.waitForURL(`${demo.site.origin}${UPDATE.replace('/nl/', '/fr/')}`);
		await context.close();
	});

	it('makes no request to any other origin on any page type', async () => {
		const context = await demo.browser.newContext();
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const paths = [
			'/',
			'/nl/',
			'/en/updates/',
			UPDATE,
			'/fr/updates/2026-02-03-1000-patient-records-back/',
			'/en/services/mug/',
			'/en/services/',
			'/fr/incidents/2026-01-cyberattack/',
			'/en/incidents/',
			'/nl/search/?q=ziekenwagen',
			'/en/print/',
			'/no-such-page/',
		];
		for (const path of paths) {
			await page.goto(`${demo.site.origin}${path}`);
			// Search fetches its index after the page has loaded: wait until the results are drawn.
			if (path.includes('/search/')) await page.locator(SEARCH_RESULT_LINK).first().waitFor();
		}
		expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
		expect(requests.length).toBeGreaterThanOrEqual(paths.length);
		expect(requests.filter((url) => !url.startsWith(`${demo.site.origin}/`))).toEqual([]);
		await context.close();
	});

	it('serves the multilingual 404 page for a missing address', async () => {
		const context = await demo.browser.newContext();
		const page = await context.newPage();
		const response = await page.goto(`${demo.site.origin}/en/updates/not-an-update/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('section[lang="en"] h1').textContent()).resolves.toBe('Page not found');
		await context.close();
	});
});
