/**
 * `npm run verify -- <url-or-folder> [--manifest dist/integrity.json]`: checks that a
 * deployed copy (a mirror, a bucket, a folder) serves exactly what was built. Every file
 * in the build's integrity.json is fetched or read and hashed; the report lists missing,
 * changed and (for a folder, or from the copy's own manifest for a URL) extra files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE, type IntegrityManifest } from '../src/lib/hosting/integrity.ts';
import { commandLine } from './lib/command-line.ts';
import { verifyCopy } from './lib/verify-copy.ts';

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
const report = await verifyCopy(target, expected);
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
