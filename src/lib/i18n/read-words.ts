import { z } from 'astro/zod';
import path from 'node:path';
import { languageCodeSchema } from '../../schemas/common.ts';
import { closestMatch } from '../content/did-you-mean.ts';
import type { Site } from '../content/model.ts';
import type { Problem } from '../content/problems.ts';
import type { RawFile } from '../content/raw-content.ts';
import { parseYamlSource, type YamlSource } from '../content/yaml-source.ts';
import { problemsFromZod } from '../content/zod-problems.ts';
import { languageName } from './locales.ts';
import { shippedWordFiles } from './shipped-words.ts';
import { wordsSchema, type Words } from './words-schema.ts';

/** The words of every language a build knows: Lantern's own, with the site's changes, and the site's own languages. */
export interface WordBook {
	/** Every language with words, Lantern's first. */
	readonly languages: readonly string[];
	/** The words of a language; asking for one without words is a mistake in the code (the content check requires them). */
	for(lang: string): Words;
}

type Data = Record<string, unknown>;
type Path = readonly string[];
type Schema = ReturnType<typeof wordsSchema>;

/** A words file read as YAML, before it is checked against the schema. */
interface ReadFile {
	lang: string;
	raw: RawFile;
	source: YamlSource;
	/** The words it writes, without its settings. */
	data: Data;
	/** `fallback:`, the language its missing words are taken from. */
	fallback?: string;
}

/**
 * The words of a site: each language Lantern ships (src/lib/i18n/words/), changed by the site's
 * own `<content>/i18n/<lang>.yaml`, and each language the site adds there. A word missing from a
 * language Lantern does not ship is an error naming the file and the key, unless the file names
 * a language to take missing words from (`fallback: en`); then each word taken is a warning, so
 * the build says which words fell back. Every language of site.yaml must have words.
 */
export function readWords(
	siteFiles: ReadonlyMap<string, RawFile>,
	site: Pick<Site, 'languages'>,
	siteFile: RawFile,
): { words?: WordBook; problems: Problem[] } {
	const problems: Problem[] = [];
	const book = new Map<string, Words>();
	/** The languages that have every word, as written and as read: what a `fallback` may take from. */
	const lenders = new Map<string, Lender>();

	for (const [lang, own] of shippedWords(problems)) {
		const overrides = siteFiles.get(lang);
		const file = overrides && readFile(lang, overrides, problems);
		// The site's words over Lantern's, checked where the site wrote them.
		const schema = wordsSchema(lang);
		const data = file ? merge(schema, own.data, file.data) : own.data;
		const words = file ? checked(schema, { ...file, data }, [], problems) : own.words;
		if (!words) continue;
		book.set(lang, words);
		lenders.set(lang, { data, words });
	}

	// The site's own languages: those complete on their own first, so that others may take missing words from them.
	const added = [...siteFiles]
		// A language the site does not list is not shown, so it is not checked either (a warning says so below).
		.filter(([lang]) => !shippedWordFiles().has(lang) && site.languages.includes(lang))
		.flatMap(([lang, raw]) => readFile(lang, raw, problems) ?? [])
		.sort((a, b) => Number(a.fallback !== undefined) - Number(b.fallback !== undefined));
	for (const file of added) {
		const { words, complete } = addedLanguage(file, lenders, problems);
		if (!words) continue;
		book.set(file.lang, words);
		if (complete) lenders.set(file.lang, { data: file.data, words });
	}

	problems.push(...siteLanguageProblems(site, siteFile, siteFiles, book));
	if (problems.some((problem) => problem.severity === 'error')) return { problems };
	const languages = [...book.keys()];
	return {
		words: {
			languages,
			for(lang) {
				const words = book.get(lang);
				if (!words) throw new Error(`There are no words in "${lang}" (there are: ${languages.join(', ')})`);
				return words;
			},
		},
		problems,
	};
}

/** A language with every word, that another may take missing words from. */
interface Lender {
	data: Data;
	words: Words;
}

/**
 * The words of a language the site adds. Missing words are an error each, unless the file names
 * a language with every word to take them from (`fallback:`); each word taken is then a warning.
 */
function addedLanguage(
	file: ReadFile,
	lenders: ReadonlyMap<string, Lender>,
	problems: Problem[],
): { words?: Words; complete: boolean } {
	const schema = wordsSchema(file.lang);
	const missing = missingPaths(schema, file.data);
	const lender = file.fallback === undefined ? undefined : lenders.get(file.fallback);
	if (missing.length && file.fallback === undefined) {
		problems.push(...missing.map((at) => missingProblem(schema, file, at)));
	} else if (missing.length && !lender) {
		const allowed = [...lenders.keys()];
		const suggestion = closestMatch(file.fallback!, allowed);
		problems.push({
			severity: 'error',
			file: file.raw.file,
			...file.source.locate(['fallback']),
			field: 'fallback',
			message: 'there are no complete words in this language to take missing words from',
			found: file.fallback!,
			allowed,
			...(suggestion && { suggestion }),
		});
	}
	const data = lender ? fill(file.data, lender.data, missing) : file.data;
	const words = checked(schema, { ...file, data }, missing, problems);
	if (!words) return { complete: false };
	if (lender) {
		for (const at of missing) {
			// Taken as the lending language has it, plural rules and all: the words are in that language.
			setAt(words, at, getAt(lender.words, at));
			problems.push(fallbackProblem(schema, file, at));
		}
	}
	return { words, complete: missing.length === 0 };
}

let shipped: { problems: Problem[]; languages: Map<string, { data: Data; words: Words }> } | undefined;

/** Lantern's own languages, read and checked once per process; a problem in them is reported with the site's. */
function shippedWords(problems: Problem[]): Map<string, { data: Data; words: Words }> {
	if (!shipped) {
		shipped = { problems: [], languages: new Map() };
		for (const [lang, raw] of shippedWordFiles()) {
			const file = readFile(lang, raw, shipped.problems);
			const words = file && checked(wordsSchema(lang), file, [], shipped.problems);
			if (file && words) shipped.languages.set(lang, { data: file.data, words });
		}
	}
	problems.push(...shipped.problems);
	return shipped.languages;
}

/**
 * Lantern's own words of a language it ships, without any site's changes: only for messages
 * about content that cannot be read at all (a site's words come with its content).
 */
export function lanternWords(lang: string): Words {
	const words = shippedWords([]).get(lang)?.words;
	if (!words) throw new Error(`Lantern ships no words in "${lang}"`);
	return words;
}

/** Lantern's own words of a language it ships, as its file writes them (for `npm run words -- --export`). */
export function lanternWordData(lang: string): Record<string, unknown> {
	const data = shippedWords([]).get(lang)?.data;
	if (!data) throw new Error(`Lantern ships no words in "${lang}"`);
	return data;
}

/** The YAML of a words file, its settings apart; undefined (with the problems) when it is not YAML fields. */
function readFile(lang: string, raw: RawFile, problems: Problem[]): ReadFile | undefined {
	const source = parseYamlSource(raw.text, raw.file);
	problems.push(...source.problems);
	if (source.problems.length) return undefined;
	const value = source.data ?? {};
	if (!isData(value)) {
		problems.push({
			severity: 'error',
			file: raw.file,
			line: 1,
			column: 1,
			field: '',
			message: 'expected a list of fields (name: value)',
		});
		return undefined;
	}
	const { fallback, ...data } = value;
	if (fallback === undefined) return { lang, raw, source, data };
	const code = languageCodeSchema.safeParse(fallback);
	if (!code.success || code.data === lang) {
		problems.push({
			severity: 'error',
			file: raw.file,
			...source.locate(['fallback']),
			field: 'fallback',
			message: 'expected the code of another language to take missing words from, such as en',
			found: String(fallback),
		});
		return { lang, raw, source, data };
	}
	return { lang, raw, source, data, fallback: code.data };
}

/** The file's words through the schema, or undefined with its problems; problems under `skip` are told otherwise. */
function checked(schema: Schema, file: ReadFile, skip: readonly Path[], problems: Problem[]): Words | undefined {
	const result = schema.safeParse(file.data);
	if (result.success) return result.data;
	const issues = result.error.issues.filter((issue) => !skip.some((at) => startsWith(issue.path, at)));
	problems.push(...problemsFromZod(new z.ZodError(issues), schema, file.source, file.raw.file));
	return undefined;
}

/** The topmost places the schema has words and the data has none: a whole group, or one word. */
function missingPaths(schema: z.ZodType, data: unknown, at: Path = []): Path[] {
	if (!(schema instanceof z.ZodObject)) return [];
	return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) => {
		const value = isData(data) ? data[key] : undefined;
		if (value === undefined) return [[...at, key]];
		return missingPaths(child, value, [...at, key]);
	});
}

/** `own` over `base`, group by group: a word (a text, all forms of a plural, a list) is replaced whole. */
function merge(schema: z.ZodType, base: unknown, own: Data): Data {
	const shape: Record<string, z.ZodType> = schema instanceof z.ZodObject ? schema.shape : {};
	const merged: Data = isData(base) ? { ...base } : {};
	for (const [key, value] of Object.entries(own)) {
		const child = shape[key];
		merged[key] = child instanceof z.ZodObject && isData(value) ? merge(child, merged[key], value) : value;
	}
	return merged;
}

/** A copy of `data` with the words at `paths` taken from `lender`. */
function fill(data: Data, lender: Data, paths: readonly Path[]): Data {
	const filled = structuredClone(data);
	for (const at of paths) setAt(filled, at, structuredClone(getAt(lender, at)));
	return filled;
}

function missingProblem(schema: Schema, file: ReadFile, at: Path): Problem {
	const count = wordCount(schemaAt(schema, at));
	const what = count === 1 ? 'this word is missing' : `these ${count} words are missing`;
	return {
		severity: 'error',
		file: file.raw.file,
		...file.source.locate(at),
		field: at.join('.'),
		message: `${what}; write ${count === 1 ? 'it' : 'them'}, or take missing words from another language (fallback: en)`,
	};
}

function fallbackProblem(schema: Schema, file: ReadFile, at: Path): Problem {
	const count = wordCount(schemaAt(schema, at));
	const language = languageName(file.fallback!, 'en');
	return {
		severity: 'warning',
		file: file.raw.file,
		...file.source.locate(at),
		field: at.join('.'),
		message:
			count === 1
				? `no word here: the ${language} word is shown (fallback: ${file.fallback})`
				: `no words here: the ${count} ${language} words are shown (fallback: ${file.fallback})`,
	};
}

/** Every language of site.yaml needs words; a words file for a language the site does not list is not shown. */
function siteLanguageProblems(
	site: Pick<Site, 'languages'>,
	siteFile: RawFile,
	siteFiles: ReadonlyMap<string, RawFile>,
	book: ReadonlyMap<string, Words>,
): Problem[] {
	const problems: Problem[] = [];
	const wordsFolder = path.join(path.dirname(siteFile.file), 'i18n');
	let source: YamlSource | undefined;
	for (const [index, lang] of site.languages.entries()) {
		// A file that has errors already said so; a language without any file says it here.
		if (book.has(lang) || siteFiles.has(lang)) continue;
		source ??= parseYamlSource(siteFile.text, siteFile.file);
		problems.push({
			severity: 'error',
			file: siteFile.file,
			...source.locate(['languages', index]),
			field: `languages.${index}`,
			message: `Lantern has no words in this language; write them in ${path.join(wordsFolder, `${lang}.yaml`)} (npm run words -- --export en prints a file to start from)`,
			found: lang,
			allowed: [...book.keys()],
		});
	}
	for (const [lang, raw] of siteFiles) {
		if (site.languages.includes(lang) || shippedWordFiles().has(lang)) continue;
		problems.push({
			severity: 'warning',
			file: raw.file,
			field: '',
			message: 'this language is not listed in site.yaml, so its words are not shown',
			found: lang,
			allowed: site.languages,
		});
	}
	return problems;
}

/** How many words a schema holds: 1 for a word, the sum of its words for a group. */
function wordCount(schema: z.ZodType | undefined): number {
	if (!(schema instanceof z.ZodObject)) return 1;
	return Object.values(schema.shape as Record<string, z.ZodType>).reduce((sum, child) => sum + wordCount(child), 0);
}

function schemaAt(schema: z.ZodType, at: Path): z.ZodType | undefined {
	let current: z.ZodType | undefined = schema;
	for (const key of at)
		current = current instanceof z.ZodObject ? (current.shape as Record<string, z.ZodType>)[key] : undefined;
	return current;
}

function isData(value: unknown): value is Data {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function getAt(data: unknown, at: Path): unknown {
	let value = data;
	for (const key of at) value = isData(value) ? value[key] : undefined;
	return value;
}

function setAt(data: object, at: Path, value: unknown): void {
	let parent = data as Data;
	for (const key of at.slice(0, -1)) {
		if (!isData(parent[key])) parent[key] = {};
		parent = parent[key] as Data;
	}
	parent[at.at(-1)!] = value;
}

function startsWith(issuePath: readonly PropertyKey[], at: Path): boolean {
	return at.every((key, index) => issuePath[index] === key);
}
