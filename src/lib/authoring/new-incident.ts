import { isoWithOffset } from '../time.ts';
import { readPlannedTime, type TypedTime } from './typed-time.ts';
import { slugOf } from './slug.ts';

/** `2026-01-it-outage`: the month it started in the site's zone, then the title's first words. */
export function newIncidentId(started: Date, title: string, timeZone: string): string {
	const month = isoWithOffset(started, timeZone).slice(0, 7);
	const slug = slugOf(title, 5);
	return slug ? `${month}-${slug}` : `${month}-incident`;
}

/** When an incident began: a time, a typed time that does not exist, or one that cannot be a start (in the future, or counted from now). */
export type StartedTime = TypedTime | { kind: 'not-a-start' };

/**
 * When an incident began, from an answer in the forms of a from-when answer, read by the one
 * strict reader: empty or "now", `06:30` (the last such moment: today, or yesterday when
 * today's is still to come), or `2026-01-13 06:30`, in the site's time zone.
 */
export function readStartedTime(answer: string, now: Date, timeZone: string): StartedTime {
	if (answer.trim().startsWith('+')) return { kind: 'not-a-start' };
	const typed = readPlannedTime(answer, now, timeZone);
	if (typed.kind === 'empty') return { kind: 'time', date: now };
	if (typed.kind === 'problem') return typed;
	// A clock time alone is read as the next such moment; the start is the one before it.
	const clockOnly = /^\d{1,2}[:.h]\d{2}$/.test(answer.trim());
	const date = clockOnly && typed.date > now ? new Date(typed.date.getTime() - 86_400_000) : typed.date;
	return date > now ? { kind: 'not-a-start' } : { ...typed, date };
}
