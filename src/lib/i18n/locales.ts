/** The Intl locale for each site language: Belgian Dutch and French, British English. */
const LOCALES: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', de: 'de-BE' };

export function localeFor(lang: string): string {
	return LOCALES[lang] ?? lang;
}

const displayNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, string>();

/** A language's name in another language ("Dutch", "néerlandais"), from the platform; each pair looked up once. */
export function languageName(lang: string, inLang: string): string {
	const key = `${lang}|${inLang}`;
	let name = languageNames.get(key);
	if (name === undefined) {
		let names = displayNames.get(inLang);
		if (!names) displayNames.set(inLang, (names = new Intl.DisplayNames([localeFor(inLang)], { type: 'language' })));
		languageNames.set(key, (name = names.of(lang) ?? lang));
	}
	return name;
}

/** A language's name in itself, capitalised, for the language switcher ("Nederlands", "Français"). */
export function nativeLanguageName(lang: string): string {
	const name = languageName(lang, lang);
	return name.charAt(0).toLocaleUpperCase(localeFor(lang)) + name.slice(1);
}

/** Choices as one phrase in a language, from the platform: "“A”, “B” or “C”", "« A », « B » ou « C »". */
export function alternatives(items: readonly string[], lang: string): string {
	return new Intl.ListFormat(localeFor(lang), { type: 'disjunction' }).format(items);
}
