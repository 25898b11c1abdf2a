// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildOptionsFromEnv, contentCacheDir, siteSettings } from './src/data/site-settings.ts';
import { lanternContentCheck } from './src/integrations/content-check.ts';
import { lanternHostingFiles } from './src/integrations/hosting-files.ts';
import { lanternSearchIndex } from './src/integrations/search-index.ts';

// The content folder decides the site: LANTERN_CONTENT=/other/folder builds another organisation.
// The content is read and checked here, once; the content check and the pages share that load.
const build = buildOptionsFromEnv(process.env);
const site = await siteSettings(build);

export default defineConfig({
	site: site.siteUrl,
	base: site.basePath,
	trailingSlash: 'always',
	outDir: process.env['LANTERN_OUT_DIR'] || './dist',
	// One cache per content folder, so builds of different folders never share stale entries.
	cacheDir: contentCacheDir(build.folder),
	// CSS is inlined so a page arrives in one response (the home page fits the first round trip).
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
	// Nothing on the page may come from elsewhere, and nothing asks home to Astro.
	devToolbar: { enabled: false },
	// Order matters: the content check comes first, so a bad file stops the build before any page
	// is rendered; the hosting files come last, so integrity.json covers every other file.
	integrations: [
		lanternContentCheck(build),
		mdx(),
		sitemap({ filter: (page) => !/\/search\/$/.test(page) }),
		lanternSearchIndex(),
		lanternHostingFiles({ languages: site.languages, exercise: site.exercise }),
	],
	vite: {
		build: {
			// Scripts stay files of their own: the Content-Security-Policy allows no inline script.
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro's own MDX output trips this warning once per file (withastro/astro#18087);
				// with thousands of updates it would bury every real message.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
