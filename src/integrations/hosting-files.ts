import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerRules, headersFile } from '../lib/hosting/headers.ts';
import { MANIFEST_FILE, manifestOfFolder } from '../lib/hosting/integrity.ts';

/**
 * The hosting files, written last, after the pages, the sitemap and the search index:
 * `_headers` (security, cache and CORS headers for hosts that read it; `noindex` in a drill) and
 * `integrity.json`, the SHA-256 of every file, which `npm run verify` checks a copy against.
 */
export function lanternHostingFiles({
	languages,
	exercise,
}: {
	languages: string[];
	exercise: boolean;
}): AstroIntegration {
	let base = '/';
	return {
		name: 'lantern:hosting-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const list = async (folder: string) =>
					(await readdir(folder, { withFileTypes: true }).catch(() => [])).map((entry) => ({
						name: entry.name,
						folder: entry.isDirectory(),
					}));
				// integrity.json is written below, after the headers; it needs its cache rule too.
				const root = [...(await list(site)), { name: MANIFEST_FILE, folder: false }];
				const layout = { root, pagefind: await list(path.join(site, 'pagefind')), languages, exercise };
				await writeFile(path.join(site, '_headers'), headersFile(headerRules(base, layout)));
				const manifest = await manifestOfFolder(site);
				await writeFile(path.join(site, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
				logger.info(`${MANIFEST_FILE}: ${Object.keys(manifest.files).length} files`);
			},
		},
	};
}
