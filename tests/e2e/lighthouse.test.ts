import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { lighthouseScores } from '../../scripts/lib/lighthouse.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { describeInBrowser } from './helpers/browser.ts';

/** Home, the newest update and a search with results, as a reader on a phone reaches them. */
async function pagesOf(dist: string, lang: string, query: string): Promise<string[]> {
	const updates = (await readdir(path.join(dist, lang, 'updates'))).filter((name) => /^\d{4}-?\d\d-?\d\d-/.test(name));
	return [`/${lang}/`, `/${lang}/updates/${updates.sort().at(-1)}/`, `/${lang}/search/?q=${query}`];
}

describeInBrowser('Lighthouse (mobile)', () => {
	it.for([
		{ site: 'the demo', dist: 'demoDist', lang: 'nl', query: 'ziekenwagen' },
		{ site: 'a 300-update site', dist: 'largeDist', lang: 'en', query: 'kenmerk7' },
	] as const)(
		'scores 100 for accessibility, best practices and SEO on home, an update and search of $site',
		{ timeout: 240_000 },
		async ({ dist, lang, query }) => {
			const site = await serveStatic(inject(dist));
			try {
				const pages = await pagesOf(inject(dist), lang, query);
				const scores = await lighthouseScores(pages.map((page) => `${site.origin}${page}`));
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
			} finally {
				await site.close();
			}
		},
	);
});
