/** A space before : ; ? or ! that is not a non-breaking one, so the sign could start a line (French typography). */
export const BREAKING_SPACE_BEFORE_SIGN = /[^\S\u00a0][:;?!]/;

/** German quotes that are not „so“ (Lantern's German words quote the German way). */
export const NOT_GERMAN_QUOTES = /["“”‘«»]|(?<!\p{L})’/u;

/** The reader addressed as du in German, where Lantern says Sie. */
export const GERMAN_DU = /\b(du|dein|deine|dich|dir)\b/i;

/** Every text of a parsed words file, by where it is (`authoring.cli.stamp`, `badge.none`). */
export function textsIn(value: unknown, at = ''): [at: string, text: string][] {
	return typeof value === 'string'
		? [[at, value]]
		: Object.entries(value as object).flatMap(([key, child]) => textsIn(child, at ? `${at}.${key}` : key));
}
