import { expect, it } from 'vitest';
import { SEARCH_RESULT_LINK } from '../../scripts/lib/search-page.ts';
import { describeInBrowser } from './helpers/browser.ts';
import { useDemoSite } from './helpers/demo-site.ts';

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
	const demo = useDemoSite();

	it('sends the Content-Security-Policy, and no page type breaks it', async () => {
		const context = await demo.browser.newContext();
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
			const response = await page.goto(`${demo.site.origin}${path}`);
			expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
			if (path === '/') await page.waitForURL(`${demo.site.origin}/nl/`);
			if (path.includes('/search/')) await page.locator(SEARCH_RESULT_LINK).first().waitFor();
			const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
			expect(violations, path).toEqual([]);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	it('prints the notice on one A4 page', async () => {
		const context = await demo.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${demo.site.origin}/nl/print/`);
		const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
		await context.close();
	});
});
