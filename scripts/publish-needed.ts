/**
 * `npm run publish-needed -- <live-site-url>`: after a build, says whether dist/ differs from
 * what the live site serves, by comparing the two integrity manifests. The scheduled deploy
 * rebuilds every 15 minutes (so an embargoed update or a promised time takes effect without a
 * push) and publishes only when this says so. Prints one line; on the git host it also writes
 * `publish=true|false` to $GITHUB_OUTPUT. A live manifest that cannot be read means publish;
 * `--always` (a push, a run by hand) publishes whatever the comparison says.
 */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE, manifestDifference, type IntegrityManifest } from '../src/lib/hosting/integrity.ts';
import { withTrailingSlash } from '../src/lib/url.ts';
import { commandLine } from './lib/command-line.ts';

const { values, positionals, wrong } = commandLine({
	name: 'publish-needed',
	about: 'says whether dist/ differs from what the live site serves, by their integrity manifests.',
	arguments: '<live-site-url>',
	positionals: { min: 1, max: 1 },
	flags: {
		always: { type: 'boolean', default: false, about: 'publish whatever the comparison says (a push, a run by hand)' },
	},
	notes: ['Prints one line; on the git host it also writes publish=true|false to $GITHUB_OUTPUT. Reads LANTERN_DIST.'],
	examples: ['npm run publish-needed -- https://status.example.org/'],
});
const live = positionals[0]!;
if (!/^https?:\/\//.test(live)) wrong(`${JSON.stringify(live)} is not a web address starting with https://`);
const dist = path.resolve(process.env['LANTERN_DIST'] || 'dist');
const built = JSON.parse(await readFile(path.join(dist, MANIFEST_FILE), 'utf8')) as IntegrityManifest;
const url = new URL(MANIFEST_FILE, withTrailingSlash(live));
const served = await fetch(url, { cache: 'no-store' })
	.then((response) => (response.ok ? (response.json() as Promise<Partial<IntegrityManifest>>) : undefined))
	.then((manifest) => (manifest?.files ? (manifest as IntegrityManifest) : undefined))
	.catch(() => undefined);

const differing = served && manifestDifference(built, served);
const publish = values.always || differing !== 0;
console.log(
	values.always
		? 'publish: asked to (a push or a run by hand)'
		: served === undefined
			? `publish: the live site has no readable ${url.href}`
			: publish
				? `publish: ${differing} file(s) differ from ${url.href}`
				: `no publish: the build is the site ${live} serves`,
);
const output = process.env['GITHUB_OUTPUT'];
if (output) await appendFile(output, `publish=${publish}\n`);
