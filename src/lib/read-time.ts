import { isoWithOffset } from './time.ts';

/**
 * The one reader of every date and time a person types: the forms' and `npm run new`'s answers
 * (`+4h`, `16:00`, `2026-01-13 16:00`, in the site's time zone) and the times written in content
 * files (`2026-01-13T16:00:00+01:00`). `Date` moves a day or an hour that does not exist
 * (30 February becomes 2 March) and turns `25:00` into an invalid date that crashes whatever
 * formats it later; this reader refuses both, saying what does not exist.
 *
 * Clocks going forward skip an hour: a local time in it is refused. Clocks going back repeat an
 * hour: a local time in it is taken as its first occurrence (still on the offset before the
 * change), and the reading says so, with how to write the second (`2026-10-25 02:30 +01:00`).
 */

/** Why a typed time cannot be read, with what the writer wrote. */
export type TimeProblem =
	| { kind: 'format' }
	| { kind: 'no-such-month'; day: string }
	| { kind: 'no-such-day'; day: string; lastDay: string }
	| { kind: 'no-such-time'; time: string }
	| { kind: 'no-such-offset'; offset: string }
	/** The clocks jump from `from` to `to` that night in `timeZone`, so `written` is no time there. */
	| { kind: 'skipped'; written: string; timeZone: string; from: string; to: string }
	/** `written` carries an offset `timeZone` does not have at that local time (`offsets` are the ones it has). */
	| { kind: 'wrong-offset'; written: string; timeZone: string; offsets: string[] };

/** A local time that happens twice (clocks going back): which was taken, and how to write the other. */
export interface RepeatedTime {
	written: string;
	timeZone: string;
	taken: string;
	other: string;
}

export type TimeReading =
	{ kind: 'time'; date: Date; repeated?: RepeatedTime } | { kind: 'problem'; problem: TimeProblem };

const MINUTE = 60_000;
const DAY = 86_400_000;

interface LocalTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');
const dayText = ({ year, month, day }: Pick<LocalTime, 'year' | 'month' | 'day'>) =>
	`${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const clockText = ({ hour, minute }: Pick<LocalTime, 'hour' | 'minute'>) => `${pad(hour)}:${pad(minute)}`;

/** The problem with a calendar day, if it does not exist (month 13, 30 February). */
function dayProblem(year: number, month: number, day: number): TimeProblem | undefined {
	const written = dayText({ year, month, day });
	if (month < 1 || month > 12) return { kind: 'no-such-month', day: written };
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > lastDay)
		return { kind: 'no-such-day', day: written, lastDay: dayText({ year, month, day: lastDay }) };
	return undefined;
}

/** The problem with a time of day, if it does not exist (25:00, 10:60). */
function clockProblem(hour: number, minute: number, second = 0): TimeProblem | undefined {
	if (hour > 23 || minute > 59 || second > 59)
		return { kind: 'no-such-time', time: `${clockText({ hour, minute })}${second ? `:${pad(second)}` : ''}` };
	return undefined;
}

/** `+01:00` in minutes; undefined for an offset no place has (beyond ±14 hours, or 60 minutes and more). */
function offsetMinutes(offset: string): number | undefined {
	if (offset === 'Z' || offset === 'z') return 0;
	const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
	if (!match) return undefined;
	const hours = Number(match[2]);
	const minutes = Number(match[3]);
	if (hours > 14 || minutes > 59) return undefined;
	return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

const offsetText = (minutes: number) =>
	`${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** The zone's offset from UTC at an instant, in minutes. */
function zoneOffset(instant: number, timeZone: string): number {
	return offsetMinutes(isoWithOffset(new Date(instant), timeZone).slice(19))!;
}

/** The wall-clock time `HH:MM` of an instant seen at an offset. */
const wallClock = (instant: number, offset: number) => new Date(instant + offset * MINUTE).toISOString().slice(11, 16);

/**
 * Every instant at which the zone's clocks show this local time: one, none (an hour skipped when
 * clocks go forward) or two (an hour repeated when they go back), earliest first. A zone changes
 * its offset at most once in two days, so the offsets a day before and after are all it can have.
 */
function instantsAt(local: LocalTime, timeZone: string): { instant: number; offset: number }[] {
	const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
	const offsets = new Set([wall - DAY, wall, wall + DAY].map((probe) => zoneOffset(probe, timeZone)));
	return [...offsets]
		.map((offset) => ({ instant: wall - offset * MINUTE, offset }))
		.filter(({ instant, offset }) => zoneOffset(instant, timeZone) === offset)
		.sort((a, b) => a.instant - b.instant);
}

/** Where the clocks jump past a skipped local time: the wall-clock time before the jump and after it. */
function skippedGap(local: LocalTime, timeZone: string): { from: string; to: string } {
	const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
	const before = zoneOffset(wall - DAY, timeZone);
	const after = zoneOffset(wall + DAY, timeZone);
	// The change lies between these two instants; halve the interval down to the minute.
	let low = wall - after * MINUTE;
	let high = wall - before * MINUTE;
	while (high - low > MINUTE) {
		const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
		if (zoneOffset(middle, timeZone) === before) low = middle;
		else high = middle;
	}
	return { from: wallClock(high, before), to: wallClock(high, after) };
}

/** A local time in a zone as one instant, or why it is not one. `offset` is one the writer gave. */
function resolveLocal(local: LocalTime, timeZone: string, offset?: number): TimeReading {
	const written = `${dayText(local)} ${clockText(local)}`;
	const instants = instantsAt(local, timeZone);
	if (!instants.length)
		return { kind: 'problem', problem: { kind: 'skipped', written, timeZone, ...skippedGap(local, timeZone) } };
	if (offset !== undefined) {
		const chosen = instants.find((candidate) => candidate.offset === offset);
		if (!chosen)
			return {
				kind: 'problem',
				problem: {
					kind: 'wrong-offset',
					written,
					timeZone,
					offsets: instants.map((candidate) => offsetText(candidate.offset)),
				},
			};
		return { kind: 'time', date: new Date(chosen.instant) };
	}
	const [first, second] = instants;
	if (!second) return { kind: 'time', date: new Date(first!.instant) };
	return {
		kind: 'time',
		date: new Date(first!.instant),
		repeated: {
			written,
			timeZone,
			taken: `${written} ${offsetText(first!.offset)}`,
			other: `${written} ${offsetText(second.offset)}`,
		},
	};
}

const RELATIVE = /^\+(\d{1,4})\s*(h|u|m|min)$/;
const CLOCK = /^(\d{1,2})[:.h](\d{2})$/;
const DAY_ONLY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_AND_CLOCK = /^(\d{4})-(\d{1,2})-(\d{1,2})[ t]+(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(z|[+-]\d{2}:?\d{2})?$/;

/**
 * A time as a person types it in a form or a prompt, in the site's zone: `+4h` or `+30m` from
 * now (to the minute), `16:00` (today, or tomorrow once past), `2026-01-13 16:00`, or with the offset that picks
 * one of a repeated hour, `2026-10-25 02:30 +01:00`. Words such as "none" are the caller's.
 */
export function readTypedTime(answer: string, now: Date, timeZone: string): TimeReading {
	const text = answer.trim().toLowerCase();
	const relative = RELATIVE.exec(text);
	if (relative) {
		const unit = relative[2] === 'h' || relative[2] === 'u' ? 60 * MINUTE : MINUTE;
		// To the minute, as a person writes a time (16:04, not 16:03:47); down, so `+0h` stays no later than now.
		const date = Math.floor((now.getTime() + Number(relative[1]) * unit) / MINUTE) * MINUTE;
		return { kind: 'time', date: new Date(date) };
	}
	const clock = CLOCK.exec(text);
	if (clock) {
		const [hour, minute] = [Number(clock[1]), Number(clock[2])];
		const problem = clockProblem(hour, minute);
		if (problem) return { kind: 'problem', problem };
		const [year, month, day] = isoWithOffset(now, timeZone).slice(0, 10).split('-').map(Number) as [
			number,
			number,
			number,
		];
		const today = resolveLocal({ year, month, day, hour, minute, second: 0 }, timeZone);
		if (today.kind === 'problem' || today.date > now) return today;
		const tomorrow = new Date(Date.UTC(year, month - 1, day + 1));
		return resolveLocal(
			{
				year: tomorrow.getUTCFullYear(),
				month: tomorrow.getUTCMonth() + 1,
				day: tomorrow.getUTCDate(),
				hour,
				minute,
				second: 0,
			},
			timeZone,
		);
	}
	const dayOnly = DAY_ONLY.exec(text);
	if (dayOnly) {
		// A day without a time: say first if the day itself does not exist.
		const problem = dayProblem(Number(dayOnly[1]), Number(dayOnly[2]), Number(dayOnly[3])) ?? {
			kind: 'format' as const,
		};
		return { kind: 'problem', problem };
	}
	const full = DAY_AND_CLOCK.exec(text);
	if (!full) return { kind: 'problem', problem: { kind: 'format' } };
	const local = localTimeOf(full);
	const problem = localTimeProblem(local);
	if (problem) return { kind: 'problem', problem };
	if (full[7] === undefined) return resolveLocal(local, timeZone);
	const offset = offsetMinutes(full[7].toUpperCase());
	if (offset === undefined) return { kind: 'problem', problem: { kind: 'no-such-offset', offset: full[7] } };
	return resolveLocal(local, timeZone, offset);
}

/** The day and time of day a pattern matched, in its groups 1 to 6 (seconds may be left out). */
function localTimeOf(match: RegExpExecArray): LocalTime {
	const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
	return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
}

/** The problem with a day and time of day, if either does not exist. */
function localTimeProblem(local: LocalTime): TimeProblem | undefined {
	return dayProblem(local.year, local.month, local.day) ?? clockProblem(local.hour, local.minute, local.second);
}

/** The form every time in a content file takes: date, time and offset (`2026-01-13T09:15:00+01:00`). */
export const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A time written in a content file, with its offset: the instant, or why the day, the time of
 * day or the offset does not exist. The offset fixes the instant, so no time zone is needed.
 */
export function readWrittenInstant(text: string): { date: Date } | { problem: TimeProblem } {
	const match = INSTANT_PATTERN.exec(text);
	if (!match) return { problem: { kind: 'format' } };
	const problem = localTimeProblem(localTimeOf(match));
	if (problem) return { problem };
	if (offsetMinutes(match[7]!) === undefined) return { problem: { kind: 'no-such-offset', offset: match[7]! } };
	return { date: new Date(text) };
}

/**
 * A written time whose offset is not the zone's at that instant (`+01:00` on a summer day in a
 * zone then at `+02:00`): the instant is clear, but pages show another hour than the one
 * written. Undefined when the offsets agree, or for a time written in UTC (`Z`) on purpose.
 */
export function offsetElsewhere(text: string, timeZone: string): { shownAs: string } | undefined {
	const match = INSTANT_PATTERN.exec(text);
	if (!match || match[7] === 'Z') return undefined;
	const date = new Date(text);
	if (Number.isNaN(date.getTime())) return undefined;
	const shown = isoWithOffset(date, timeZone);
	return shown.slice(19) === match[7] ? undefined : { shownAs: shown };
}
