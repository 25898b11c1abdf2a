/**
 * `npm run build`: builds the site into a fresh folder beside dist/ and moves it into place
 * only when every page was written. A failed build (bad content, a broken MDX file) leaves
 * the previous dist/ exactly as it was, so a host syncing dist/ never publishes half a site.
 */
import { build } from 'astro';
import { rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { commandLine } from './lib/command-line.ts';

commandLine({
	name: 'build',
	about: 'builds the site into dist/, atomically: a failed build leaves the previous dist/ as it was.',
	flags: {},
	notes: [
		'Reads LANTERN_CONTENT (the content folder; default content/, else the demo), LANTERN_DIST (default dist),',
		"LANTERN_NOW (the build's clock), SITE_URL and BASE_PATH (the public address, instead of site.yaml's).",
	],
	examples: ['npm run build', 'LANTERN_CONTENT=examples/demo LANTERN_DIST=/tmp/demo npm run build'],
});

const target = path.resolve(process.env['LANTERN_DIST'] || 'dist');
const staging = `${target}.building-${process.pid}`;
const retired = `${target}.previous-${process.pid}`;

process.env['LANTERN_OUT_DIR'] = staging;
try {
	await build({});
} catch (error) {
	await rm(staging, { recursive: true, force: true });
	console.error(`\nThe build failed; ${path.relative(process.cwd(), target) || target}/ was left as it was.`);
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}

const hadPrevious = await stat(target).then(
	() => true,
	() => false,
);
if (hadPrevious) await rename(target, retired);
await rename(staging, target);
if (hadPrevious) await rm(retired, { recursive: true, force: true });
