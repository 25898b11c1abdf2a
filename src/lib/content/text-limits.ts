import { graphemeLength } from '../announce/fit-text.ts';

/**
 * The most characters a title and a summary may have, in every language: a title fits two
 * lines of a phone screen, a feed reader's list and a push notification's title; a summary fits
 * a lock screen's notification and a feed reader's preview without being cut. The content check
 * warns past them, and the forms and `npm run new` refuse, in every language alike.
 */
export const TEXT_LIMITS = { title: 90, summary: 200 } as const;

export type LimitedText = keyof typeof TEXT_LIMITS;

/** The text's length in characters as a reader counts them (an emoji or an accented letter is one), when over its limit. */
export function lengthOverLimit(field: LimitedText, text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	const length = graphemeLength(text);
	return length > TEXT_LIMITS[field] ? length : undefined;
}
