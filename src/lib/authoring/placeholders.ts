/**
 * A template placeholder the writer must fill in, such as [TIJDSTIP] or [PHONE NUMBER]:
 * capitals in square brackets, but not a Markdown link text ([TEXT](url), [TEXT][ref]) or
 * a reference definition ([TEXT]: url).
 */
const PLACEHOLDER = /\[[A-ZÀ-Ý][A-ZÀ-Ý ]{2,}\](?![(\[:])/g;

/** The placeholders left in some texts, each once, in the order they first appear. */
export function placeholdersIn(...texts: (string | undefined)[]): string[] {
	return [...new Set(texts.flatMap((text) => text?.match(PLACEHOLDER) ?? []))];
}

/** Where a match stands in a text: 1-based line and column. */
export interface PlaceInText {
	found: string;
	line: number;
	column: number;
}

/** Every match of a global pattern in a text, each with its line and column, in order. */
export function placesOf(text: string, pattern: RegExp): PlaceInText[] {
	return [...text.matchAll(pattern)].map((match) => {
		const before = text.slice(0, match.index);
		const lineStart = before.lastIndexOf('\n') + 1;
		return { found: match[0], line: before.split('\n').length, column: match.index - lineStart + 1 };
	});
}

/** Every placeholder left in a text, each time it stands there, with its line and column in the text. */
export function placeholderPlaces(text: string): PlaceInText[] {
	return placesOf(text, PLACEHOLDER);
}
