/**
 * `npm start`: builds the site (as `npm run build`, atomically) and serves it on
 * http://localhost:4321 with its production headers (as `npm run serve`): the site exactly as it
 * will be published, drafts left out. `npm run dev` is the writer's preview, drafts included.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { commandLine } from './lib/command-line.ts';
import { SERVE_SETTINGS, serveBuiltSite } from './lib/serve-built-site.ts';

commandLine({
	name: 'start',
	about:
		'builds the site into dist/ (npm run build) and serves it on http://localhost:4321 with its production headers (npm run serve).',
	flags: {},
	notes: [
		'Reads what npm run build reads (LANTERN_CONTENT, LANTERN_NOW, SITE_URL, BASE_PATH, LANTERN_EXERCISE).',
		SERVE_SETTINGS,
		'npm run dev previews while you write, drafts included; npm start shows the site as it will be published.',
	],
	examples: ['npm start', 'LANTERN_CONTENT=examples/demo PORT=8080 npm start'],
});

// The build in a process of its own, as `npm run build` runs it; its output is the writer's to read.
const build = spawnSync(process.execPath, [path.join(import.meta.dirname, 'build.ts')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
await serveBuiltSite();
