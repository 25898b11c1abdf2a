import { z } from 'astro/zod';
import { localeFor } from './locales.ts';
import { PLURAL_FORM_KEYS, pluralForm, type PluralForms } from './plural.ts';
import { fillTemplate, gapsIn } from './template.ts';

/** What the gaps of a sentence are filled with; a number is written the language's way. */
export type GapValues<Gap extends string> = { readonly [Name in Gap]: string | number };

/** A sentence with `{named}` gaps, called with a value for each: `words.changes.was({ state })`. */
export interface Template<Gap extends string> {
	(values: GapValues<Gap>): string;
	/** As written, every gap open: for a page that puts a link or a time in a gap itself. */
	readonly text: string;
}

/**
 * A sentence that depends on a number, `{count}`: its form is chosen by the language's plural
 * rules (plural.ts), then its gaps are filled in: `words.disruptedCount({ count: 2, total: 7 })`.
 */
export interface Plural<Gap extends string> {
	(values: GapValues<Gap | 'count'> & { readonly count: number }): string;
	/** The form for `count` with only the gaps given filled in, the others left as written for a page to fill. */
	open(values: Partial<GapValues<Gap>> & { readonly count: number }): string;
	/** Every form as written, for the search page's script, which picks one in the browser. */
	readonly forms: PluralForms;
}

/**
 * The kinds of word a words file holds, as Zod schemas that check the file and turn each word
 * into what the pages call: a text, a sentence with gaps (`Template`), a sentence chosen by a
 * number (`Plural`), or a list. Each takes the explanation a translator reads (`npm run words
 * -- --export`). Made per language, because the plural rules and the way numbers are written
 * are the language's.
 */
export function wordKinds(lang: string) {
	const locale = localeFor(lang);
	const rules = new Intl.PluralRules(locale);
	const numbers = new Intl.NumberFormat(locale);
	const written = (values: Partial<GapValues<string>>): Record<string, string> =>
		Object.fromEntries(
			Object.entries(values).flatMap(([name, value]) =>
				value === undefined ? [] : [[name, typeof value === 'number' ? numbers.format(value) : value]],
			),
		);

	/** A word or sentence without gaps. */
	const text = (doc: string) => withGaps([]).meta({ description: doc, gaps: [] });

	/** A sentence with the `{gaps}` named; a translation may leave one out, but not add another. */
	const template = <const Gap extends string>(doc: string, ...gaps: Gap[]) =>
		withGaps(gaps)
			.transform((sentence): Template<Gap> =>
				Object.assign((values: GapValues<Gap>) => fillTemplate(sentence, written(values)), { text: sentence }),
			)
			.meta({ description: doc, gaps });

	/** A sentence in forms chosen by `{count}` (plural.ts), each with the `{gaps}` named. */
	const plural = <const Gap extends string>(doc: string, ...gaps: Gap[]) => {
		const form = withGaps(['count', ...gaps]);
		const shape = Object.fromEntries(PLURAL_FORM_KEYS.map((key) => [key, key === 'other' ? form : form.optional()]));
		return z
			.strictObject(
				shape as Record<Exclude<keyof PluralForms, 'other'>, z.ZodOptional<typeof form>> & { other: typeof form },
			)
			.transform((forms): Plural<Gap> => {
				const open = (values: Partial<GapValues<Gap>> & { readonly count: number }) =>
					fillTemplate(pluralForm(forms, values.count, rules), written(values));
				return Object.assign(open, { open, forms });
			})
			.meta({ description: doc, gaps: ['count', ...gaps], plural: true });
	};

	/** Several words of one kind, any number but at least one. */
	const list = (doc: string) => z.array(withGaps([])).min(1).meta({ description: doc, gaps: [] });

	/** Words that belong together (a page, a component); each explained on its own. */
	const group = <Shape extends z.ZodRawShape>(doc: string, shape: Shape) =>
		z.strictObject(shape).meta({ description: doc });

	return { text, template, plural, list, group };
}

/** Text of at least one character whose `{gaps}` are among `allowed`, each unknown one a problem. */
function withGaps(allowed: readonly string[]) {
	return z
		.string()
		.min(1)
		.superRefine((sentence, context) => {
			for (const gap of gapsIn(sentence)) {
				if (allowed.includes(gap)) continue;
				context.addIssue({
					code: 'custom',
					message: allowed.length
						? 'this gap is not known here'
						: 'this word has no gaps; the page would show it as written',
					input: sentence,
					params: { found: `{${gap}}`, allowed: allowed.map((name) => `{${name}}`) },
				});
			}
		});
}
