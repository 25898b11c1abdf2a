import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { filesOfFolder } from '../../../src/lib/hosting/integrity.ts';
import { lanternWordData } from '../../../src/lib/i18n/read-words.ts';
import { templateParts } from '../../../src/lib/i18n/template.ts';

/** Every text of some words by where it is (`nav.home`, `badge.other`, `authoring.answers.now.0`). */
export function textsOf(words: unknown, at = ''): Map<string, string> {
	if (typeof words === 'string') return new Map([[at, words]]);
	return new Map(
		Object.entries(words as object).flatMap(([key, child]) => [...textsOf(child, at ? `${at}.${key}` : key)]),
	);
}

/**
 * The pieces of Lantern's English words file that a page in another language must not show:
 * each text cut at its gaps (a page fills those with its own values), with at least one letter.
 * A piece the other language writes itself is no sign of English ("Phase", "Was" in German), nor
 * is one the site writes in its own content (a service called "Service d’ambulances"): which
 * those are comes from `other`, the language's words, and `written`, the site's own texts.
 */
export function englishPieces(other: unknown, written = ''): { at: string; piece: string }[] {
	// The other language's own words, its gaps left out: `{from}` is a gap, not the word "from".
	const theirs = [...textsOf(other).values(), written].join('\n').replace(/\{[a-z]+\}/g, ' ');
	return [...textsOf(lanternWordData('en'))].flatMap(([at, text]) =>
		templateParts(text).flatMap((part) => {
			const piece = 'text' in part ? part.text.trim() : '';
			return /\p{L}/u.test(piece) && !wholeWords(piece).test(theirs) ? [{ at, piece }] : [];
		}),
	);
}

/**
 * Every text a content folder writes in `lang`: the `lang` names in its YAML files (`{ de: … }`)
 * and its updates' `<lang>.mdx` files, frontmatter texts and body.
 */
export async function siteTexts(content: string, lang: string): Promise<string> {
	const texts: string[] = [];
	for (const file of await filesOfFolder(content)) {
		const text = await readFile(path.join(content, file), 'utf8');
		if (/\.ya?ml$/.test(file)) texts.push(...namesIn(parseYaml(text), lang));
		else if (file.endsWith(`/${lang}.mdx`)) {
			const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
			texts.push(...stringsIn(parseYaml(frontmatter)), body);
		}
	}
	return texts.join('\n');
}

/** The values of every `lang:` key in some YAML data. */
function namesIn(data: unknown, lang: string): string[] {
	if (typeof data !== 'object' || data === null) return [];
	return Object.entries(data).flatMap(([key, value]) =>
		key === lang && typeof value === 'string' ? [value] : namesIn(value, lang),
	);
}

/** A piece as whole words: "from" is found in "Radiologie from", not in "fromage". */
function wholeWords(piece: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
}

/** Attributes whose values a reader or a screen reader is shown. */
const SHOWN_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];
/** Attributes holding JSON whose texts the search page's script shows. */
const JSON_ATTRIBUTES = ['data-words', 'data-filters'];

/** What a reader gets from each file below `folder`: the text and shown attributes of pages, the values of feeds. */
export async function readableTexts(folder: string): Promise<{ file: string; text: string }[]> {
	const files = await filesOfFolder(folder);
	return Promise.all(
		files.map(async (file) => {
			const raw = await readFile(path.join(folder, file), 'utf8');
			return { file, text: readable(file, raw).replace(/https?:\/\/\S+/g, ' ') };
		}),
	);
}

function readable(file: string, raw: string): string {
	if (file.endsWith('.html')) return htmlText(raw);
	if (file.endsWith('.json')) return stringsIn(JSON.parse(raw)).map(htmlText).join('\n');
	// XML feeds and badges: the text between the tags, whose entities may hide a whole HTML body.
	if (/\.(xml|svg)$/.test(file)) return htmlText(parse(raw.replace(/<[^>]*>/g, ' ')).textContent);
	return raw;
}

/** The text of some HTML, a space between elements, with the attributes a reader is shown (and a page's description). */
function htmlText(html: string): string {
	const page = parse(html.replace(/></g, '> <'));
	for (const element of page.querySelectorAll('script, style, noscript')) element.remove();
	const attributes = page
		.querySelectorAll('*')
		.flatMap((element) => SHOWN_ATTRIBUTES.flatMap((name) => element.getAttribute(name) ?? []));
	const scripted = page
		.querySelectorAll('*')
		.flatMap((element) =>
			JSON_ATTRIBUTES.flatMap((name) => stringsIn(JSON.parse(element.getAttribute(name) ?? 'null'))),
		);
	const descriptions = page
		.querySelectorAll('meta[name], meta[property]')
		.map((meta) => meta.getAttribute('content') ?? '');
	return [page.textContent, ...attributes, ...scripted, ...descriptions].join('\n');
}

function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
	return [];
}

/** Each English piece found in a text, as `file: "piece" (where the English file has it)`. */
export function englishFound(
	texts: { file: string; text: string }[],
	pieces: { at: string; piece: string }[],
): string[] {
	const patterns = pieces.map(({ at, piece }) => ({ at, piece, pattern: wholeWords(piece) }));
	return texts.flatMap(({ file, text }) =>
		patterns.filter(({ pattern }) => pattern.test(text)).map(({ at, piece }) => `${file}: "${piece}" (${at})`),
	);
}
