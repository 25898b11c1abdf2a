import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { starterSchema, type StarterInput } from '../../schemas/starter.ts';
import { parseYamlFile } from '../content/parse-file.ts';
import type { Problem } from '../content/problems.ts';

/** One kind's starting point, read from `starters/<kind>/`. */
export interface Starter {
	kind: string;
	settings: StarterInput;
	/** Each template's files, by name, then by language: the whole MDX text. */
	templates: Map<string, Map<string, string>>;
	/** The templates' README, when the starter has one: what the placeholders are. */
	templatesReadme?: string;
	/**
	 * Lantern's words this kind says otherwise (`i18n/<lang>.yaml`), by language: the whole file,
	 * which init copies into the site's own `i18n/` for each of its languages.
	 */
	words: Map<string, string>;
}

/** The kinds of organisation there is a starting point for: the folders of `starters/`. */
export async function starterKinds(startersFolder: string): Promise<string[]> {
	const entries = await readdir(startersFolder, { withFileTypes: true });
	return entries
		.filter((entry) => entry.isDirectory() && existsSync(path.join(startersFolder, entry.name, 'starter.yaml')))
		.map((entry) => entry.name)
		.sort();
}

/** Reads `starters/<kind>/`: its starter.yaml through its schema, and its templates' files. */
export async function readStarter(
	startersFolder: string,
	kind: string,
	show: (file: string) => string = (file) => file,
): Promise<{ starter?: Starter; problems: Problem[] }> {
	const folder = path.join(startersFolder, kind);
	const file = path.join(folder, 'starter.yaml');
	const { value, problems } = parseYamlFile({ file: show(file), text: await readFile(file, 'utf8') }, starterSchema);
	if (!value) return { problems };
	const templates = new Map<string, Map<string, string>>();
	for (const name of Object.keys(value.templates)) {
		const templateFolder = path.join(folder, 'templates', name);
		const files = existsSync(templateFolder) ? await readdir(templateFolder) : [];
		const texts = new Map<string, string>();
		for (const name of files.filter((entry) => entry.endsWith('.mdx')).sort())
			texts.set(name.slice(0, -'.mdx'.length), await readFile(path.join(templateFolder, name), 'utf8'));
		if (!texts.size)
			problems.push({
				severity: 'error',
				file: show(templateFolder),
				field: '',
				message: 'this template has no files',
			});
		templates.set(name, texts);
	}
	const readme = path.join(folder, 'templates', 'README.md');
	const templatesReadme = existsSync(readme) ? await readFile(readme, 'utf8') : undefined;
	const words = new Map<string, string>();
	const wordsFolder = path.join(folder, 'i18n');
	for (const name of existsSync(wordsFolder) ? (await readdir(wordsFolder)).sort() : []) {
		const lang = /^(.+)\.yaml$/.exec(name)?.[1];
		if (lang) words.set(lang, await readFile(path.join(wordsFolder, name), 'utf8'));
	}
	return {
		...(!problems.length && {
			starter: {
				kind,
				settings: value,
				templates,
				words,
				...(templatesReadme !== undefined && { templatesReadme }),
			},
		}),
		problems,
	};
}
