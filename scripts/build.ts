/**
 * `npm run build`: builds the site into a fresh folder and moves it into place as dist/ only
 * when every page was written. A failed build (bad content, a broken MDX file) leaves
 * the previous dist/ exactly as it was, so a host syncing dist/ never publishes half a site.
 */
import { build } from 'astro';
import { cp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadLantern } from '../src/data/load-lantern.ts';
import { buildOptionsFromEnv, type BuildOptions } from '../src/data/site-settings.ts';
import { ContentError } from '../src/lib/content/problems.ts';
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
// Astro builds inside the project, in a folder of this process's own: its server chunks, written
// beside the pages, must find the project's node_modules, and a folder outside the project would
// make every build share the project's .astro/ for them (two builds at once would break each other).
const building = path.resolve('.lantern-tmp', `build-${process.pid}`);
const shown = `${path.relative(process.cwd(), target) || target}/`;
const staging = `${target}.building-${process.pid}`;
const retired = `${target}.previous-${process.pid}`;

/** Stops with what is wrong, and that the site in dist/ is untouched. */
function failed(message: string): never {
	console.error(message);
	console.error(`\nThe build failed; ${shown} was left as it was.`);
	process.exit(1);
}

// The content is checked here, before Astro starts, so a content error is told as the content's
// problems alone (Astro would add its own line about the hook that stopped).
let options: BuildOptions;
try {
	options = buildOptionsFromEnv(process.env);
} catch (error) {
	failed(error instanceof Error ? error.message : String(error));
}
// One clock for this check and Astro's config, so the build reuses this load of the content.
process.env['LANTERN_NOW'] = options.now.toISOString();
try {
	await loadLantern({ ...options, preview: false });
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	failed(error.message);
}

process.env['LANTERN_OUT_DIR'] = building;
try {
	await build({});
} catch (error) {
	await rm(building, { recursive: true, force: true });
	failed(error instanceof Error ? error.message : String(error));
}

// Beside the target first, then swapped in: a rename on the target's own disk, so the swap is atomic.
await moveFolder(building, staging);
const hadPrevious = await stat(target).then(
	() => true,
	() => false,
);
if (hadPrevious) await rename(target, retired);
await rename(staging, target);
if (hadPrevious) await rm(retired, { recursive: true, force: true });

const pages = (await readdir(target, { recursive: true })).filter((file) => file.endsWith('.html')).length;
console.log(`\nBuilt ${pages} pages into ${shown}`);

/** Renames a folder, or copies it where the two places are on different disks. */
async function moveFolder(from: string, to: string) {
	try {
		await rename(from, to);
	} catch (error) {
		if ((error as { code?: string }).code !== 'EXDEV') throw error;
		await cp(from, to, { recursive: true });
		await rm(from, { recursive: true, force: true });
	}
}
