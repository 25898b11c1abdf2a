import type { LocalText } from '../../schemas/common.ts';

/** A text picked for a language, and the language it is really in (to set `lang` when it fell back). */
export interface PickedText {
	text: string;
	lang: string;
	fallback: boolean;
}

/**
 * The text in `lang`, else in the source language (which validation requires of names and
 * titles), else in whichever language it has (optional texts such as advice may lack the
 * source language), always with the language it is really in.
 */
export function pickText(text: LocalText, lang: string, sourceLanguage: string): PickedText {
	const own = text[lang];
	if (own !== undefined) return { text: own, lang, fallback: false };
	const source = text[sourceLanguage];
	if (source !== undefined) return { text: source, lang: sourceLanguage, fallback: true };
	const [other, otherText] = Object.entries(text)[0] ?? [sourceLanguage, ''];
	return { text: otherText, lang: other, fallback: true };
}

/**
 * The `lang` attribute of a text on a page in `pageLang`: the text's language when it fell
 * back to another one (a Dutch name on the English page), else none, as the page's own
 * `lang` already says it.
 */
export function langAttribute(text: { lang: string }, pageLang: string): string | undefined {
	return text.lang === pageLang ? undefined : text.lang;
}
