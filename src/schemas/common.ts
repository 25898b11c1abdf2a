import { z } from 'astro/zod';
import { INSTANT_PATTERN, readWrittenInstant, type TimeProblem } from '../lib/read-time.ts';

/** A lower-case id made of letters, digits and dashes, as used in URLs. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and dashes');

/** A language code such as `nl`, `en` or `fr` (optionally with a region, `nl-BE`). */
export const languageCodeSchema = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a language code such as nl, en or fr');

/**
 * An instant written with its offset from UTC, such as `2026-01-13T09:15:00+01:00`.
 * The offset is required: without it a reader cannot know whether 09:15 means Brussels or UTC.
 * A day, an hour or an offset that does not exist is refused rather than moved (src/lib/read-time.ts).
 */
export const instantSchema = z
	.string()
	.regex(INSTANT_PATTERN, 'a date and time with an offset, such as 2026-01-13T09:15:00+01:00')
	.transform((text, context) => {
		const read = readWrittenInstant(text);
		if ('date' in read) return read.date;
		context.addIssue({ code: 'custom', message: instantProblemText(read.problem) });
		return z.NEVER;
	});

/** Why a written instant does not exist, for the content check (which speaks English). */
function instantProblemText(problem: TimeProblem): string {
	switch (problem.kind) {
		case 'no-such-month':
			return `a day that exists (${problem.day} is not one: months go from 01 to 12)`;
		case 'no-such-day':
			return `a day that exists (${problem.day} is not one: that month ends on ${problem.lastDay})`;
		case 'no-such-time':
			return `a time of day that exists (${problem.time} is not one: hours go from 00 to 23, minutes and seconds from 00 to 59)`;
		case 'no-such-offset':
			return `an offset from UTC that exists (${problem.offset} is not one: from -12:00 to +14:00)`;
		default:
			return 'a date and time with an offset, such as 2026-01-13T09:15:00+01:00';
	}
}

/** A text given per language: `{ nl: ..., en: ..., fr: ... }`. Which languages are required is a cross-entry rule. */
export const localTextSchema = z.record(languageCodeSchema, z.string().trim().min(1));

export type LocalText = z.infer<typeof localTextSchema>;
