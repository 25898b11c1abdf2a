import type { LocalText } from '../../schemas/common.ts';

/** A text picked for a language, and the language it is really in (to set `lang` when it fell back). */
export interface PickedText {
	text: string;
	lang: string;
	fallback: boolean;
}

/** The text in `lang`, else in the source language (which validation guarantees). */
export function pickText(text: LocalText, lang: string, sourceLanguage: string): PickedText {
	const own = text[lang];
	if (own !== undefined) return { text: own, lang, fallback: false };
	const source = text[sourceLanguage] ?? Object.values(text)[0] ?? '';
	return { text: source, lang: sourceLanguage, fallback: true };
}

/**
 * The `lang` attribute of a text on a page in `pageLang`: the text's language when it fell
 * back to another one (a Dutch name on the English page), else none, as the page's own
 * `lang` already says it.
 */
export function langAttribute(text: { lang: string }, pageLang: string): string | undefined {
	return text.lang === pageLang ? undefined : text.lang;
}
