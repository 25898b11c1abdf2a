/**
 * `npm run verify -- <url-or-folder> [--manifest dist/integrity.json]`: checks that a
 * deployed copy (a mirror, a bucket, a folder) serves exactly what was built. Every file
 * in the build's integrity.json is fetched or read and hashed; the report lists missing,
 * changed and (for a folder, or from the copy's own manifest for a URL) extra files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { withTrailingSlash } from '../src/lib/url.ts';
import {
	compareWithManifest,
	filesOfFolder,
	MANIFEST_FILE,
	sha256,
	type IntegrityManifest,
} from '../src/lib/hosting/integrity.ts';
import { commandLine } from './lib/command-line.ts';

const { values, positionals } = commandLine({
	name: 'verify',
	about: 'checks that a deployed copy (a web address or a folder) serves exactly what was built.',
	arguments: '<url-or-folder>',
	positionals: { min: 1, max: 1 },
	flags: {
		manifest: {
			type: 'string',
			value: 'FILE',
			default: path.join(process.env['LANTERN_DIST'] || 'dist', MANIFEST_FILE),
			about: "the build's integrity manifest",
		},
	},
	notes: ['Lists missing, changed and extra files; exits 1 when the copy differs.'],
	examples: ['npm run verify -- https://status.example.org/', 'npm run verify -- /srv/www/status'],
});
const target = positionals[0]!;
const expected = JSON.parse(await readFile(values.manifest, 'utf8')) as IntegrityManifest;
const isUrl = /^https?:\/\//.test(target);
const files = Object.keys(expected.files);
const actual = new Map<string, string | undefined>();
let listed: string[] | undefined;

if (isUrl) {
	const base = withTrailingSlash(target);
	// Eight at a time: enough to be quick, gentle on a host that is under load already.
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const file = files[next++]!;
			const response = await fetch(new URL(file.split('/').map(encodeURIComponent).join('/'), base)).catch(
				() => undefined,
			);
			actual.set(file, response?.ok ? sha256(new Uint8Array(await response.arrayBuffer())) : undefined);
		}
	};
	await Promise.all(Array.from({ length: 8 }, worker));
	// A URL cannot be listed; the copy's own manifest says what else it thinks it serves.
	const theirs = await fetch(new URL(MANIFEST_FILE, base))
		.then((response) => (response.ok ? (response.json() as Promise<IntegrityManifest>) : undefined))
		.catch(() => undefined);
	if (theirs) listed = Object.keys(theirs.files);
} else {
	const folder = path.resolve(target);
	listed = await filesOfFolder(folder);
	const present = new Set(listed);
	for (const file of files)
		actual.set(file, present.has(file) ? sha256(await readFile(path.join(folder, file))) : undefined);
}

const report = compareWithManifest(expected, actual, listed);
const section = (title: string, list: string[]) =>
	list.length
		? [
				`${title} (${list.length}):`,
				...list.slice(0, 50).map((file) => `  ${file}`),
				...(list.length > 50 ? [`  … and ${list.length - 50} more`] : []),
			]
		: [];
console.log(
	[
		`Checked ${report.checked} files of ${target} against ${values.manifest}.`,
		...section('Missing', report.missing),
		...section('Changed', report.changed),
		...section('Extra', report.extra),
	].join('\n'),
);
const problems = report.missing.length + report.changed.length + report.extra.length;
console.log(
	problems ? `\nThe copy differs from the build: ${problems} file(s).` : '\nThe copy matches the build exactly.',
);
process.exit(problems ? 1 : 0);
