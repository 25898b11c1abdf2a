import { isoWithOffset } from '../time.ts';
import { parsePlannedTime } from './new-update.ts';
import { slugOf } from './slug.ts';

/** `2026-01-it-outage`: the month it started in the site's zone, then the title's first words. */
export function newIncidentId(started: Date, title: string, timeZone: string): string {
	const month = isoWithOffset(started, timeZone).slice(0, 7);
	const slug = slugOf(title, 5);
	return slug ? `${month}-${slug}` : `${month}-incident`;
}

/**
 * When an incident began, from an answer in the forms of a from-when answer: empty or "now",
 * `06:30` (the last such moment: today, or yesterday when today's is still to come), or
 * `2026-01-13 06:30`, in the site's time zone. A start in the future, or counted from now
 * (`+2h`), is not an answer.
 */
export function parseStartedTime(answer: string, now: Date, timeZone: string): Date | 'invalid' {
	if (answer.trim().startsWith('+')) return 'invalid';
	const time = parsePlannedTime(answer, now, timeZone);
	if (time === undefined) return now;
	if (time === 'invalid') return 'invalid';
	// A clock time alone is read as the next such moment; the start is the one before it.
	const started =
		/^\d{1,2}[:.h]\d{2}$/.test(answer.trim()) && time > now ? new Date(time.getTime() - 86_400_000) : time;
	return started > now ? 'invalid' : started;
}
