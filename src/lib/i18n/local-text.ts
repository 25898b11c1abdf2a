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
