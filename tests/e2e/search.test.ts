import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SEARCH_RESULT_LINK, SEARCH_STATUS } from '../../scripts/lib/search-page.ts';
import { describeInBrowser } from './helpers/browser.ts';
import { useDemoSite } from './helpers/demo-site.ts';

describeInBrowser('search in Chromium', () => {
	const demo = useDemoSite();

	async function openPage() {
		const context = await demo.browser.newContext();
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		return { context, page, requests };
	}

	const resultLinks = (page: Page) => page.locator(SEARCH_RESULT_LINK);
	const message = (page: Page) => page.locator(SEARCH_STATUS);
	const searchBox = (page: Page) => page.locator('#search-input');

	it('finds a word that appears in one update only, first, from the search box in the header', async () => {
		const { context, page, requests } = await openPage();
		await page.goto(`${demo.site.origin}/en/`);
		await page.getByRole('searchbox').fill('ombudsman');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.waitForURL(`${demo.site.origin}/en/search/?q=ombudsman`);
		await resultLinks(page).first().waitFor();
		await expect(resultLinks(page).first().getAttribute('href')).resolves.toBe(
			'/en/updates/2026-02-17-1200-all-services-open/',
		);
		expect(requests.filter((url) => !url.startsWith(`${demo.site.origin}/`))).toEqual([]);
		await context.close();
	});

	it('narrows the results with a filter', async () => {
		const { context, page } = await openPage();
		await page.goto(`${demo.site.origin}/nl/search/?q=ziekenwagen`);
		await resultLinks(page).first().waitFor();
		const before = await resultLinks(page).count();
		await page.locator('summary', { hasText: 'Dienst' }).click();
		await page.getByLabel(/^PIT \(paramedisch interventieteam\), Campus Zuid/).check();
		await expect.poll(() => resultLinks(page).count()).toBeLessThan(before);
		await expect(message(page).textContent()).resolves.toMatch(/resulta/);
		// The filter is in the address too, so the narrowed search can be shared and reloaded.
		const narrowed = await resultLinks(page).count();
		expect(new URL(page.url()).searchParams.getAll('Dienst')).toEqual([
			'PIT (paramedisch interventieteam), Campus Zuid',
		]);
		await page.reload();
		await resultLinks(page).first().waitFor();
		await expect(resultLinks(page).count()).resolves.toBe(narrowed);
		await expect(page.getByLabel(/^PIT \(paramedisch interventieteam\), Campus Zuid/).isChecked()).resolves.toBe(true);
		await context.close();
	});

	it('lists every update a filter matches when no word is typed, newest first', async () => {
		const { context, page } = await openPage();
		await page.goto(`${demo.site.origin}/en/search/`);
		await page.locator('summary', { hasText: 'Service' }).click();
		await page.getByLabel(/^MUG mobile emergency team, Campus Noord/).check();
		await resultLinks(page).first().waitFor();
		await expect(message(page).textContent()).resolves.toMatch(/^\d+ updates match these filters$/);
		const dates = await page
			.locator('.search-results time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
		expect(dates.length).toBeGreaterThan(1);
		expect([...dates].sort().reverse()).toEqual(dates);
		await context.close();
	});

	it('searches in a Web Worker: the index and the WebAssembly load there, not on the page', async () => {
		const { context, page } = await openPage();
		const worker = page.waitForEvent('worker');
		await page.goto(`${demo.site.origin}/nl/search/?q=ziekenwagen`);
		await resultLinks(page).first().waitFor();
		expect((await worker).url()).toBe(`${demo.site.origin}/pagefind/pagefind-worker.js`);
		// What each scope fetched of Pagefind's WebAssembly and index, from its own performance timeline.
		const pagefindResources = () =>
			performance
				.getEntriesByType('resource')
				.map((entry) => new URL(entry.name).pathname)
				.filter((path) => /\.(pagefind|pf_index)$/.test(path));
		const inWorker = await (await worker).evaluate(pagefindResources);
		expect(inWorker).toContain('/pagefind/wasm.nl.pagefind');
		expect(inWorker.some((path) => path.endsWith('.pf_index'))).toBe(true);
		await expect(page.evaluate(pagefindResources)).resolves.toEqual([]);
		await context.close();
	});

	it('searches each language in its own index: a Dutch-only word finds nothing in English', async () => {
		const { context, page } = await openPage();
		await page.goto(`${demo.site.origin}/nl/search/?q=rechtzetting`);
		await resultLinks(page).first().waitFor();
		await expect(resultLinks(page).first().getAttribute('href')).resolves.toBe(
			'/nl/updates/2026-01-14-1000-paper-registration/',
		);
		// In Dutch throughout: the update's title, its date, the excerpt with the match, the states it changed.
		const result = page.locator('.search-result').first();
		await expect(resultLinks(page).first().textContent()).resolves.toBe('Inschrijven op papier: reken op wachttijden');
		await expect(result.locator('time').getAttribute('datetime')).resolves.toBe('2026-01-14T09:00:00.000Z');
		await expect(result.locator('time').textContent()).resolves.toBe('14 jan 2026, 10:00');
		await expect(result.locator('.excerpt mark').first().textContent()).resolves.toMatch(/^rechtzetting/i);
		const states = await result.locator('.result-states li').allTextContents();
		expect(states.map((line) => line.replace(/\s+/g, ' '))).toEqual([
			'Raadplegingen, Campus Noord: Open, met wachttijden',
			'Raadplegingen, Campus Zuid: Open, met wachttijden',
			'Medische beeldvorming, Campus Noord: Tijdelijk niet beschikbaar',
			'Bloedafnames: Tijdelijk niet beschikbaar',
		]);
		await expect(result.locator('.result-states [data-state="unavailable"] svg').count()).resolves.toBe(2);
		await expect(message(page).textContent()).resolves.toBe('1 resultaat voor ‘rechtzetting’');
		await page.goto(`${demo.site.origin}/en/search/?q=rechtzetting`);
		await expect.poll(() => message(page).textContent()).toMatch(/No results for/);
		await expect(resultLinks(page).count()).resolves.toBe(0);
		await context.close();
	});

	it('keeps the query in the address while typing, so Back returns to the same search', async () => {
		const { context, page } = await openPage();
		await page.goto(`${demo.site.origin}/fr/search/`);
		await searchBox(page).fill('ambulance');
		await page.waitForURL(`${demo.site.origin}/fr/search/?q=ambulance`);
		await resultLinks(page).first().click();
		await page.waitForURL(/\/fr\/(updates|services)\//);
		await page.goBack();
		await resultLinks(page).first().waitFor();
		await expect(searchBox(page).inputValue()).resolves.toBe('ambulance');
		await context.close();
	});

	it('tells readers without JavaScript that search needs it, and where everything is listed', async () => {
		const context = await demo.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${demo.site.origin}/en/search/?q=ambulance`);
		await expect(page.locator('.search-needs-js').isVisible()).resolves.toBe(true);
		await expect(page.locator('.search-needs-js a').first().getAttribute('href')).resolves.toBe('/en/updates/');
		await context.close();
	});

	it('loads the search script and index on the search page only', async () => {
		const { context, page, requests } = await openPage();
		await page.goto(`${demo.site.origin}/en/`);
		await page.goto(`${demo.site.origin}/en/updates/2026-01-13-0805-servers-shut-down/`);
		expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
		expect(requests.filter((url) => url.endsWith('.js') && !url.includes('/_astro/index.astro'))).toEqual([]);
		await context.close();
	});
});
