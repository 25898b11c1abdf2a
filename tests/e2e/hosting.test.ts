import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { describeInBrowser, launchChromium } from './helpers/browser.ts';

const PAGE_TYPES = [
	'/',
	'/nl/',
	'/en/updates/',
	'/nl/updates/2026-01-13-1800-patients-transferred/',
	'/fr/updates/2026-02-03-1000-patient-records-back/',
	'/en/services/',
	'/en/services/radiology-noord/',
	'/fr/incidents/',
	'/fr/incidents/2026-01-cyberattack/',
	'/nl/search/?q=ziekenwagen',
	'/en/print/',
	'/en/no-such-page/',
];

describeInBrowser('the demo served with its production headers', () => {
	let browser: Browser;
	let site: StaticSite;

	beforeAll(async () => {
		site = await serveStatic(inject('demoDist'));
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	it('sends the Content-Security-Policy, and no page type breaks it', async () => {
		const context = await browser.newContext();
		// Recorded by the page itself: every violation fires this event, whatever the console says.
		await context.addInitScript(() => {
			const seen: string[] = [];
			Object.assign(window, { cspViolations: seen });
			document.addEventListener('securitypolicyviolation', (event) =>
				seen.push(`${event.violatedDirective} ${event.blockedURI}`),
			);
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text()))
				errors.push(message.text());
		});
		for (const path of PAGE_TYPES) {
			const response = await page.goto(`${site.origin}${path}`);
			expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
			if (path === '/') await page.waitForURL(`${site.origin}/nl/`);
			if (path.includes('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor();
			const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
			expect(violations, path).toEqual([]);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('prints the notice on one A4 page', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.origin}/nl/print/`);
		const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
		await context.close();
	});
});
