import { z } from 'astro/zod';
import { Document, isMap, isScalar, visit, type YAMLMap } from 'yaml';
import { languageName } from './locales.ts';
import { wordsSchema } from './words-schema.ts';

/** What word-kinds.ts records of each word for a translator: what it is, and the gaps it may use. */
interface WordMeta {
	description?: string;
	gaps?: readonly string[];
	plural?: boolean;
}

/**
 * A whole words file, to start a language from (`npm run words -- --export en`): every word of
 * `data` in the schema's order, each with its explanation as a comment above it, and the gaps
 * it may use. Written as the shipped files are: single quotes where YAML needs quotes, a
 * non-breaking space as `\u00a0` in double quotes, so it can be seen.
 */
export function exportWords(lang: string, data: Record<string, unknown>): string {
	const schema = wordsSchema(lang);
	const document = new Document(ordered(schema, data));
	comment(schema, document.contents as YAMLMap);
	visit(document, {
		Scalar(_, node) {
			if (typeof node.value === 'string' && node.value.includes('\u00a0')) node.type = 'QUOTE_DOUBLE';
		},
	});
	document.commentBefore = [
		` Lantern's interface words in ${languageName(lang, 'en')} (${lang}), with what each is for.`,
		' To add a language: save this as <content folder>/i18n/<code>.yaml (es.yaml for Spanish),',
		' add the code to `languages:` in site.yaml, and write every text in the new language.',
		' Keep each {gap} as it is (the page fills it in) and move it where your grammar wants it.',
		' A sentence about a number has a form for each plural category of the language that it needs',
		' (`one`, `other`, and `zero`, `two`, `few`, `many` as Intl.PluralRules names them), and `none`',
		' for exactly 0 where the sentence then says something else; a category left out takes `other`.',
		' A word left out is an error naming this file and the word, unless this line names a language',
		' to take missing words from (the check then lists each word taken):',
		' fallback: en',
		' To change only a few words of a language Lantern has, write only those words.',
	].join('\n');
	return document.toString({ lineWidth: 0, singleQuote: true }).replace(/\u00a0/g, '\\u00a0');
}

/** The data's words in the order the schema lists them, so every exported file reads alike. */
function ordered(schema: z.ZodType, data: unknown): unknown {
	if (!(schema instanceof z.ZodObject) || typeof data !== 'object' || data === null) return data;
	const values = data as Record<string, unknown>;
	return Object.fromEntries(
		Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
			values[key] === undefined ? [] : [[key, ordered(child, values[key])]],
		),
	);
}

/** Puts each word's explanation and gaps above its key, group by group. */
function comment(schema: z.ZodType, map: YAMLMap): void {
	if (!(schema instanceof z.ZodObject)) return;
	const shape = schema.shape as Record<string, z.ZodType>;
	for (const pair of map.items) {
		if (!isScalar(pair.key)) continue;
		const child = shape[String(pair.key.value)];
		if (!child) continue;
		const meta = (z.globalRegistry.get(child) ?? {}) as WordMeta;
		const gaps = meta.gaps?.length ? ` Gaps: ${meta.gaps.map((gap) => `{${gap}}`).join(', ')}.` : '';
		const kind = meta.plural ? ' One form per plural category.' : '';
		if (meta.description) pair.key.commentBefore = ` ${meta.description}${kind}${gaps}`;
		if (child instanceof z.ZodObject && isMap(pair.value)) comment(child, pair.value);
	}
}
