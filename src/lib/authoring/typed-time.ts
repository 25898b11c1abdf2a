import { alternatives } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import { readTypedTime, type RepeatedTime, type TimeProblem, type TimeReading } from '../read-time.ts';

/**
 * The times a writer types in a form or in `npm run new`: the next update and when a planned
 * change begins or ends. Each is read by the one strict reader (src/lib/read-time.ts); this
 * adds the words that mean "no time" and says each problem in the writer's language.
 */
export type TypedTime = { kind: 'empty' } | TimeReading;

/** A time as the forms show it: the site's zone is implied. */
export const TIME_EXAMPLE = '2026-01-13 16:00';

/** Words for "no next update", besides an empty answer. */
const NONE_WORDS = ['none', 'geen', 'aucune', 'aucun'];
/** Words for "now" in a from-when answer, besides an empty one. */
const NOW_WORDS = ['now', 'nu', 'maintenant'];

const said = (answer: string, words: readonly string[]) => {
	const text = answer.trim().toLowerCase();
	return text === '' || words.includes(text);
};

/** A next-update answer: `+4h`, `16:00`, `2026-01-13 16:00`; empty or "none" for no next update. */
export function readNextUpdate(answer: string, now: Date, timeZone: string): TypedTime {
	return said(answer, NONE_WORDS) ? { kind: 'empty' } : readTypedTime(answer, now, timeZone);
}

/** A from-when (or until-when) answer, in the forms of a next-update answer; empty or "now" for when the update is published. */
export function readPlannedTime(answer: string, now: Date, timeZone: string): TypedTime {
	return said(answer, NOW_WORDS) ? { kind: 'empty' } : readTypedTime(answer, now, timeZone);
}

/** What is wrong with a typed time, in `lang`. */
export function timeProblemText(problem: TimeProblem, lang: string): string {
	const words = ui(lang).authoring.time;
	switch (problem.kind) {
		case 'format':
			return words.format(TIME_EXAMPLE);
		case 'no-such-month':
			return words.noSuchMonth(problem.day);
		case 'no-such-day':
			return words.noSuchDay(problem.day, problem.lastDay);
		case 'no-such-time':
			return words.noSuchTime(problem.time);
		case 'no-such-offset':
			return words.noSuchOffset(problem.offset);
		case 'skipped':
			return words.skipped(problem.written, problem.timeZone, problem.from, problem.to);
		case 'wrong-offset':
			return words.wrongOffset(problem.written, problem.timeZone, alternatives(problem.offsets, lang));
	}
}

/** The rule for a time that happens twice, as told to the writer or the reviewer, in `lang`. */
export function repeatedTimeText(repeated: RepeatedTime, lang: string): string {
	return ui(lang).authoring.time.repeated(repeated.written, repeated.timeZone, repeated.taken, repeated.other);
}
