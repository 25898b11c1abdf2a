import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { lighthouseScores } from '../../scripts/lib/lighthouse.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { describeInBrowser } from './helpers/browser.ts';

describeInBrowser('Lighthouse (mobile)', () => {
	let site: StaticSite;

	beforeAll(async () => {
		site = await serveStatic(inject('demoDist'));
	});

	afterAll(async () => {
		await site?.close();
	});

	it('scores 100 for accessibility, best practices and SEO on home, an update and search', async () => {
		const pages = ['/nl/', '/en/updates/2026-01-14-1000-paper-registration/', '/fr/search/?q=ambulance'];
		const scores = await lighthouseScores(pages.map((path) => `${site.origin}${path}`));
		expect(scores.size).toBe(pages.length);
		// Performance depends on this machine's load: `npm run bench` reports it, no test asserts it.
		for (const [url, { accessibility, 'best-practices': bestPractices, seo, failed }] of scores) {
			const page = url.replace(site.origin, '');
			expect({ page, accessibility, bestPractices, seo }, `audits below 100: ${failed.join(', ')}`).toEqual({
				page,
				accessibility: 100,
				bestPractices: 100,
				seo: 100,
			});
		}
	}, 180_000);
});
