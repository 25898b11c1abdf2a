import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pagefind's ready-made interfaces (default, modular, component) and its highlighter, which no
 * page loads: the search page draws its own results with pagefind.js, which searches in
 * pagefind-worker.js. About 430 KB less to upload and serve.
 */
export const UNUSED_PAGEFIND_FILES = [
	'pagefind-ui.css',
	'pagefind-ui.js',
	'pagefind-component-ui.css',
	'pagefind-component-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-highlight.js',
];

/**
 * Builds the Pagefind search index with its Node API once Astro has written the pages,
 * into the same (staging) folder, so a failed index fails the build and nothing is swapped
 * into dist/. Pagefind splits the index by each page's `lang`, one per language; only the
 * parts of pages marked `data-pagefind-body` are indexed.
 */
export function lanternSearchIndex(): AstroIntegration {
	return {
		name: 'lantern:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pagefind = await import('pagefind');
				const fail = (step: string, errors: string[]) => {
					throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
				};
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index || errors.length) return fail('start an index', errors);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) fail('index the pages', added.errors);
					if (added.page_count === 0) fail('find pages to index', ['no page has data-pagefind-body']);
					const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
					if (written.errors.length) fail('write the index', written.errors);
					for (const file of UNUSED_PAGEFIND_FILES) await rm(path.join(site, 'pagefind', file), { force: true });
					logger.info(`Search index: ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
