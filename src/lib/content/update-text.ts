import type { Translation, Update, UpdateText } from './model.ts';

/** An update's words for a reader of `lang`, and how they relate to the source text. */
export type LocalUpdateText =
	| { kind: 'source'; text: UpdateText }
	| { kind: 'translation'; text: Translation; outdated: boolean }
	/** No translation yet: the source text, which the page must label. */
	| { kind: 'fallback'; text: UpdateText };

export function updateTextIn(update: Update, lang: string): LocalUpdateText {
	if (lang === update.source.lang) return { kind: 'source', text: update.source };
	const translation = update.translations[lang];
	if (translation) return { kind: 'translation', text: translation, outdated: translation.outdated };
	return { kind: 'fallback', text: update.source };
}

/** A service note in `lang`: the translation's, else the source note (with its language). */
export function noteIn(update: Update, serviceId: string, lang: string): { text: string; lang: string } | undefined {
	const source = update.services[serviceId]?.note;
	if (source === undefined) return undefined;
	const translated = update.translations[lang]?.notes[serviceId];
	return translated !== undefined ? { text: translated, lang } : { text: source, lang: update.source.lang };
}

/** The languages an update can be read in without falling back. */
export function languagesOf(update: Update): string[] {
	return [update.source.lang, ...Object.keys(update.translations)];
}
