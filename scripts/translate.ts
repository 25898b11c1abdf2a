/**
 * `npm run translate -- <update-id> <lang>`: starts a translation of an update, with the
 * source text to replace and the fingerprint of the source it translates.
 * `npm run translate -- --stamp <update-id> <lang>`: marks an existing translation as
 * current after it was brought up to date with a changed source text.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stampTranslation, translationFile } from '../src/lib/authoring/update-files.ts';
import { ownContentFolder } from '../src/lib/content/content-folder.ts';
import { parseMdxFile } from '../src/lib/content/parse-file.ts';
import { missingFileProblem } from '../src/lib/content/content-rules.ts';
import { formatProblem, formatProblems, type Problem } from '../src/lib/content/problems.ts';
import { readSite } from '../src/lib/content/read-site.ts';
import { sourceTextHash } from '../src/lib/content/source-hash.ts';
import { sourceUpdateSchema } from '../src/schemas/update.ts';
import { commandLine } from './lib/command-line.ts';

const { values, positionals, wrong } = commandLine({
	name: 'translate',
	about:
		'starts a translation of an update (its source text to replace), or with --stamp marks translations as current.',
	arguments: '<update-id> <lang> [<lang> …]',
	positionals: { min: 2, max: Infinity },
	flags: {
		stamp: {
			type: 'boolean',
			about: 'mark existing translations as translating the current source text (after bringing them up to date)',
		},
	},
	notes: ['Without --stamp it takes one language. Reads LANTERN_CONTENT (the content folder; default content/).'],
	examples: [
		'npm run translate -- 2026-01-13-0805-servers-shut-down en',
		'npm run translate -- --stamp 2026-01-13-0805-servers-shut-down en fr',
	],
});
const stamp = values.stamp ?? false;
const [updateId, ...langs] = positionals as [string, ...string[]];
if (!stamp && langs.length > 1) wrong('one language at a time, except with --stamp');

const relative = (file: string) => path.relative(process.cwd(), file);
/** Reads a content file as the content check does; stops with its problems (file, line, field) when it has any. */
async function readChecked<Value>(
	file: string,
	read: (raw: { file: string; text: string }) => { value?: Value; problems: Problem[] },
) {
	const { value, problems } = read({ file: relative(file), text: await readFile(file, 'utf8') });
	if (value === undefined || problems.some((problem) => problem.severity === 'error')) {
		console.error(formatProblems(problems));
		process.exit(1);
	}
	return value;
}

const own = ownContentFolder('writing a translation');
if ('refused' in own) {
	console.error(own.refused);
	process.exit(2);
}
const { folder } = own;
const siteFile = path.join(folder, 'site.yaml');
if (!existsSync(siteFile)) {
	console.error(
		formatProblem(missingFileProblem('site.yaml', { shown: relative(folder), exists: existsSync(folder) })),
	);
	process.exit(1);
}
const site = await readChecked(siteFile, (raw) => {
	const { site: value, problems } = readSite(raw);
	return { ...(value && { value }), problems };
});
const source = site.sourceLanguage;
for (const lang of langs) {
	if (lang === source || !site.languages.includes(lang)) {
		console.error(`"${lang}" is not a translation language of this site (${site.languages.slice(1).join(', ')}).`);
		process.exit(2);
	}
}
const updateFolder = path.join(folder, 'updates', updateId);
const sourceFile = path.join(updateFolder, `${source}.mdx`);
if (!existsSync(sourceFile)) {
	console.error(`There is no update ${updateId} (no ${relative(sourceFile)}).`);
	process.exit(2);
}
const original = await readChecked(sourceFile, (raw) => {
	const { parts, problems } = parseMdxFile(raw, sourceUpdateSchema);
	return { ...(parts?.value && { value: { ...parts.value, body: parts.body } }), problems };
});
const sourceHash = sourceTextHash(original);

if (stamp) {
	for (const lang of langs) {
		const file = path.join(updateFolder, `${lang}.mdx`);
		await writeFile(file, stampTranslation(await readFile(file, 'utf8'), sourceHash));
		console.log(`Marked ${relative(file)} as translating the current ${source} text.`);
	}
} else {
	const target = path.join(updateFolder, `${langs[0]}.mdx`);
	if (existsSync(target)) {
		console.error(`${relative(target)} exists already. To mark it current, use --stamp.`);
		process.exit(1);
	}
	// The service notes too: a translation shows its own, else the source's.
	const notes = Object.fromEntries(
		Object.entries(original.services).flatMap(([id, entry]) => (entry.note ? [[id, entry.note]] : [])),
	);
	await writeFile(
		target,
		translationFile({ title: original.title, summary: original.summary, notes, body: original.body, sourceHash }),
	);
	console.log(
		`Wrote ${relative(target)}: replace the ${source} title, summary, notes and text with the translation (npm run check refuses it until then).`,
	);
}
