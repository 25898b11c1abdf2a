/**
 * Posts have a length limit: Mastodon 500 characters, Bluesky 300 graphemes. A post is made of
 * blocks in order of importance (title, summary, each change, the next update) and ends with
 * the link, which is always kept whole. Blocks are added while they fit. The first that does not
 * fit is shortened at a word boundary and ends in "…" when it is prose (the title, the summary);
 * a fact (a change, the next update) is never shortened, since half of "Emergency department:
 * closed" would mislead. The blocks after it are left out: the link leads to all of it. No word
 * and no link is ever cut.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What people see as characters: "é" written as e + accent, or a flag, count once. */
export function graphemeLength(text: string): number {
	let count = 0;
	for (const _ of graphemes.segment(text)) count++;
	return count;
}

export interface FitOptions {
	limit: number;
	/** The length of a whole post as the service counts it. */
	measure: (text: string) => number;
	/** Between blocks; a blank line by default. */
	separator?: string;
}

const ELLIPSIS = '…';

/** A block that is kept whole or left out, never shortened. */
export interface WholeBlock {
	whole: string;
}

export function fitBlocks(
	blocks: readonly (string | WholeBlock)[],
	link: string | undefined,
	{ limit, measure, separator = '\n\n' }: FitOptions,
): string {
	const compose = (kept: readonly string[]) => [...kept, ...(link ? [link] : [])].join(separator);
	if (measure(compose([])) > limit) throw new Error(`The link alone is longer than ${limit}: ${link}`);
	const kept: string[] = [];
	for (const entry of blocks) {
		const block = typeof entry === 'string' ? entry : entry.whole;
		if (measure(compose([...kept, block])) <= limit) {
			kept.push(block);
			continue;
		}
		if (typeof entry !== 'string') break;
		const shortened = longestPrefix(block, (prefix) => measure(compose([...kept, prefix])) <= limit);
		if (shortened) kept.push(shortened);
		break;
	}
	return compose(kept);
}

/** The longest run of whole words of `block`, with an ellipsis, that still fits; '' if none does. */
function longestPrefix(block: string, fits: (text: string) => boolean): string {
	const words = block.split(/(?<=\s)/);
	// Whole words only: the cut falls after a space, and trailing punctuation goes before the ellipsis.
	for (let count = words.length - 1; count > 0; count--) {
		const prefix = `${words
			.slice(0, count)
			.join('')
			.trimEnd()
			.replace(/[\s,;:.–-]+$/u, '')}${ELLIPSIS}`;
		if (fits(prefix)) return prefix;
	}
	return '';
}

/** UTF-8 bytes, as ntfy and webhooks limit them. */
export function byteLength(text: string): number {
	return Buffer.byteLength(text, 'utf8');
}

/** Mastodon counts every link as 23 characters, however long, and the rest by grapheme. */
export function mastodonLength(text: string): number {
	return graphemeLength(text.replace(/https?:\/\/\S+/g, 'x'.repeat(23)));
}
