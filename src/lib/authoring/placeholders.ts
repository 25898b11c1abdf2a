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
