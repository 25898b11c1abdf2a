import type { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { templateSourceSchema, templateTranslationSchema } from '../../schemas/template.ts';
import { parseMdxFile } from '../content/parse-file.ts';
import { closestMatch } from '../content/did-you-mean.ts';
import type { LanternContent } from '../content/model.ts';
import type { Problem } from '../content/problems.ts';
import type { Phase } from '../../schemas/state.ts';
import { contactNumbers, fillContacts, placeholderNames } from './contact-placeholders.ts';

/** A template's text in one language. */
export interface TemplateText {
	title: string;
	summary?: string | undefined;
	body: string;
}

/** A pre-approved statement: its source text, the phase it is meant for, and its translations by language. */
export interface Template {
	source: TemplateText;
	phase?: Phase | undefined;
	translations: Record<string, TemplateText>;
}

/** The templates of a content folder (`content/templates/<name>/`), by name. */
export async function templateNames(contentFolder: string): Promise<string[]> {
	const folder = path.join(contentFolder, 'templates');
	if (!existsSync(folder)) return [];
	const entries = await readdir(folder, { withFileTypes: true });
	return entries
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}

/**
 * Reads a template in the site's languages, each file through its schema; `template` is absent
 * when a file has an error. `show` turns a path into the one the writer sees in messages.
 */
export async function readTemplate(
	contentFolder: string,
	name: string,
	languages: readonly string[],
	show: (file: string) => string = (file) => file,
): Promise<{ template?: Template; problems: Problem[] }> {
	const [sourceLanguage, ...others] = languages;
	const problems: Problem[] = [];
	const read = async <Schema extends z.ZodType>(lang: string, schema: Schema) => {
		const file = path.join(contentFolder, 'templates', name, `${lang}.mdx`);
		if (!existsSync(file)) return undefined;
		const parsed = parseMdxFile({ file: show(file), text: await readFile(file, 'utf8') }, schema);
		problems.push(...parsed.problems);
		const { parts } = parsed;
		return parts?.value && { value: parts.value, body: parts.body };
	};
	const source = await read(sourceLanguage!, templateSourceSchema);
	if (!source && !problems.length) {
		const file = show(path.join(contentFolder, 'templates', name, `${sourceLanguage}.mdx`));
		problems.push({
			severity: 'error',
			file,
			field: '',
			message: `the template "${name}" has no ${sourceLanguage}.mdx`,
		});
	}
	const translations: Record<string, TemplateText> = {};
	for (const lang of others) {
		const text = await read(lang, templateTranslationSchema);
		if (text) translations[lang] = { ...text.value, body: text.body };
	}
	if (!source || problems.length) return { problems };
	const { phase, ...text } = source.value;
	return { template: { source: { ...text, body: source.body }, phase, translations }, problems };
}

/**
 * A template with the site's numbers in place of `{emergency}`, `{gp_on_call}`, `{info_line}` and
 * the site's other contacts by id (`{customer_line}`), in every language. Any other `{word}` is a
 * problem naming the file, as the writer must correct the template (the content check would
 * refuse it as an MDX expression anyway).
 */
export function templateWithContacts(
	template: Template,
	{ site, words }: Pick<LanternContent, 'site' | 'words'>,
	fileOf: (lang: string) => string,
): { template?: Template; problems: Problem[] } {
	const numbers = contactNumbers(site.contacts);
	const problems: Problem[] = [];
	const fill = (text: TemplateText, lang: string): TemplateText => {
		const missing = words.for(lang).authoring.missingNumber;
		const found = new Set<string>();
		const one = (value: string) => {
			const filled = fillContacts(value, numbers, missing);
			filled.unknown.forEach((placeholder) => found.add(placeholder));
			return filled.text;
		};
		const result = { ...text, title: one(text.title), body: one(text.body) };
		if (text.summary !== undefined) result.summary = one(text.summary);
		const allowed = placeholderNames(numbers);
		for (const placeholder of found) {
			const suggestion = closestMatch(placeholder, allowed);
			problems.push({
				severity: 'error',
				file: fileOf(lang),
				field: '',
				message: 'a template names the numbers to call only by these placeholders',
				found: placeholder,
				allowed,
				...(suggestion && { suggestion }),
			});
		}
		return result;
	};
	const filled: Template = {
		...template,
		source: fill(template.source, site.sourceLanguage),
		translations: Object.fromEntries(
			Object.entries(template.translations).map(([lang, text]) => [lang, fill(text, lang)]),
		),
	};
	return problems.length ? { problems } : { template: filled, problems };
}
