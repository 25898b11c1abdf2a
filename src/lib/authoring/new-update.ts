import type { WordBook } from '../i18n/read-words.ts';
import type { Words } from '../i18n/words-schema.ts';
import { isoWithOffset } from '../time.ts';

/** The standard body, in the language of `words`: the four sections with a line to replace under each. */
export function standardBody(words: Words): string {
	const { sections, placeholder } = words.authoring;
	return Object.values(sections)
		.map((heading) => `## ${heading}\n\n${placeholder}\n`)
		.join('\n');
}

/** `2026-01-13-0915-servers-shut-down`: the time in the site's zone, then the title's words. */
export function newUpdateId(now: Date, title: string, timeZone: string): string {
	const local = isoWithOffset(now, timeZone);
	const stamp = `${local.slice(0, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}`;
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.split('-')
		.slice(0, 6)
		.join('-');
	return slug ? `${stamp}-${slug}` : stamp;
}

/** The words a writer may type instead of a time ("now", "none"), in every language there are words for. */
export interface AnswerWords {
	now: readonly string[];
	none: readonly string[];
}

export function answerWords(book: WordBook): AnswerWords {
	const all = (kind: keyof AnswerWords) =>
		book.languages.flatMap((lang) => book.for(lang).authoring.answers[kind].map((word) => word.toLowerCase()));
	return { now: all('now'), none: all('none') };
}

/**
 * Reads a from-when (or until-when) answer in the forms of a next-update answer; empty or
 * "now" (in any language) means when the update is published (undefined).
 */
export function parsePlannedTime(
	answer: string,
	now: Date,
	timeZone: string,
	words: AnswerWords,
): Date | undefined | 'invalid' {
	if (words.now.includes(answer.trim().toLowerCase())) return undefined;
	return parseNextUpdate(answer, now, timeZone, words);
}

/**
 * Reads a next-update answer: `+4h`, `+30m`, `16:00` (today, or tomorrow if past), or
 * `2026-01-13 16:00`, in the site's time zone. Empty or "none" (in any language) means no next update.
 */
export function parseNextUpdate(
	answer: string,
	now: Date,
	timeZone: string,
	words: AnswerWords,
): Date | undefined | 'invalid' {
	const text = answer.trim().toLowerCase();
	if (text === '' || words.none.includes(text)) return undefined;
	const relative = /^\+(\d+)\s*(h|u|m|min)$/.exec(text);
	if (relative)
		return new Date(
			now.getTime() + Number(relative[1]) * (relative[2] === 'h' || relative[2] === 'u' ? 3_600_000 : 60_000),
		);
	const offset = isoWithOffset(now, timeZone).slice(19);
	const today = isoWithOffset(now, timeZone).slice(0, 10);
	const time = /^(\d{1,2})[:.h](\d{2})$/.exec(text);
	if (time) {
		const candidate = new Date(`${today}T${time[1]!.padStart(2, '0')}:${time[2]}:00${offset}`);
		return candidate > now ? candidate : new Date(candidate.getTime() + 86_400_000);
	}
	const full = /^(\d{4}-\d{2}-\d{2})[ t](\d{1,2}):(\d{2})$/.exec(text);
	if (full) {
		// The offset of that day, which differs from today's across a daylight-saving change.
		const guess = new Date(`${full[1]}T${full[2]!.padStart(2, '0')}:${full[3]}:00${offset}`);
		const dayOffset = isoWithOffset(guess, timeZone).slice(19);
		return new Date(`${full[1]}T${full[2]!.padStart(2, '0')}:${full[3]}:00${dayOffset}`);
	}
	return 'invalid';
}
