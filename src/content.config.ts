import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentFolder } from './lib/content/content-folder.ts';

/**
 * The MDX text of every update in every language, by `<update-id>/<lang>`. Astro renders
 * the bodies; the frontmatter is read and checked by src/lib/content (with line numbers and
 * rules between files), which is what pages use for every fact.
 */
const updateTexts = defineCollection({
	loader: glob({
		pattern: '*/*.mdx',
		base: pathToFileURL(path.join(contentFolder(), 'updates') + path.sep),
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
});

export const collections = { updateTexts };
