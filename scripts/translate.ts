/**
 * `npm run translate -- <update-id> <lang>`: starts a translation of an update, with the
 * source text to replace and the fingerprint of the source it translates.
 * `npm run translate -- --stamp <update-id> <lang>`: marks an existing translation as
 * current after it was brought up to date with a changed source text.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { contentFolder } from '../src/lib/content/load-content.ts';
import { sourceTextHash } from '../src/lib/content/source-hash.ts';

const args = process.argv.slice(2);
const stamp = args.includes('--stamp');
const [updateId, ...langs] = args.filter((arg) => arg !== '--stamp');
if (!updateId || !langs.length || (!stamp && langs.length > 1)) {
	console.error(
		'Usage: npm run translate -- <update-id> <lang>, or npm run translate -- --stamp <update-id> <lang> [<lang> …]',
	);
	process.exit(2);
}

const folder = contentFolder();
const site = parse(await readFile(path.join(folder, 'site.yaml'), 'utf8')) as { languages: string[] };
const source = site.languages[0]!;
for (const lang of langs) {
	if (lang === source || !site.languages.includes(lang)) {
		console.error(`"${lang}" is not a translation language of this site (${site.languages.slice(1).join(', ')}).`);
		process.exit(2);
	}
}
const updateFolder = path.join(folder, 'updates', updateId);
const sourceFile = path.join(updateFolder, `${source}.mdx`);
if (!existsSync(sourceFile)) {
	console.error(`There is no update ${updateId} (no ${path.relative(process.cwd(), sourceFile)}).`);
	process.exit(2);
}
const parts = splitFrontmatter(await readFile(sourceFile, 'utf8'));
if (!parts) {
	console.error(`${sourceFile} has no frontmatter.`);
	process.exit(1);
}
const data = parse(parts.frontmatter) as { title: string; summary?: string };
const hash = sourceTextHash({ title: data.title, summary: data.summary, body: parts.body });
const target = path.join(updateFolder, `${langs[0]}.mdx`);

if (stamp) {
	for (const lang of langs) {
		const file = path.join(updateFolder, `${lang}.mdx`);
		const text = await readFile(file, 'utf8');
		// Quoted, so a fingerprint of digits only stays text in YAML.
		await writeFile(file, text.replace(/^source_hash:.*$/m, `source_hash: "${hash}"`));
		console.log(`Marked ${path.relative(process.cwd(), file)} as translating the current ${source} text.`);
	}
} else {
	if (existsSync(target)) {
		console.error(`${path.relative(process.cwd(), target)} exists already. To mark it current, use --stamp.`);
		process.exit(1);
	}
	const quote = (text: string) => JSON.stringify(text);
	const frontmatter = [
		'---',
		`title: ${quote(data.title)}`,
		...(data.summary ? [`summary: ${quote(data.summary)}`] : []),
		`source_hash: "${hash}"`,
		'---',
	].join('\n');
	await writeFile(target, `${frontmatter}\n${parts.body}`);
	console.log(
		`Wrote ${path.relative(process.cwd(), target)}: replace the ${source} title, summary and text with the translation.`,
	);
}
