import { alternatives } from '../i18n/locales.ts';
import type { WordBook } from '../i18n/read-words.ts';
import type { Words } from '../i18n/words-schema.ts';
import { readTypedTime, type RepeatedTime, type TimeProblem, type TimeReading } from '../read-time.ts';

/**
 * The times a writer types in a form or in `npm run new`: the next update and when a planned
 * change begins or ends. Each is read by the one strict reader (src/lib/read-time.ts); this
 * adds the words that mean "no time" and says each problem in the writer's language.
 */
export type TypedTime = { kind: 'empty' } | TimeReading;

/** A time as the forms show it: the site's zone is implied. */
export const TIME_EXAMPLE = '2026-01-13 16:00';

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

const said = (answer: string, words: readonly string[]) => {
	const text = answer.trim().toLowerCase();
	return text === '' || words.includes(text);
};

/** A next-update answer: `+4h`, `16:00`, `2026-01-13 16:00`; empty or "none" (in any language) for no next update. */
export function readNextUpdate(answer: string, now: Date, timeZone: string, words: AnswerWords): TypedTime {
	return said(answer, words.none) ? { kind: 'empty' } : readTypedTime(answer, now, timeZone);
}

/**
 * A from-when (or until-when) answer, in the forms of a next-update answer; empty or "now" (in
 * any language) for when the update is published.
 */
export function readPlannedTime(answer: string, now: Date, timeZone: string, words: AnswerWords): TypedTime {
	return said(answer, words.now) ? { kind: 'empty' } : readTypedTime(answer, now, timeZone);
}

/** What is wrong with a typed time, in the language of `words` (`lang`, for the list of offsets). */
export function timeProblemText(problem: TimeProblem, words: Words, lang: string): string {
	const time = words.authoring.time;
	switch (problem.kind) {
		case 'format':
			return time.format({ example: TIME_EXAMPLE });
		case 'no-such-month':
			return time.noSuchMonth({ day: problem.day });
		case 'no-such-day':
			return time.noSuchDay({ day: problem.day, lastday: problem.lastDay });
		case 'no-such-time':
			return time.noSuchTime({ time: problem.time });
		case 'no-such-offset':
			return time.noSuchOffset({ offset: problem.offset });
		case 'skipped':
			return time.skipped({ written: problem.written, timezone: problem.timeZone, from: problem.from, to: problem.to });
		case 'wrong-offset':
			return time.wrongOffset({
				written: problem.written,
				timezone: problem.timeZone,
				offsets: alternatives(problem.offsets, lang),
			});
	}
}

/** The rule for a time that happens twice, as told to the writer or the reviewer, in the language of `words`. */
export function repeatedTimeText(repeated: RepeatedTime, words: Words): string {
	const { written, timeZone: timezone, taken, other } = repeated;
	return words.authoring.time.repeated({ written, timezone, taken, other });
}
