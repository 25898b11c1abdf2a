import { isoWithOffset } from './time.ts';

const DAY = 86_400_000;
/** Steps between labelled days, smallest first: every day, every other day, weekly, fortnightly, four-weekly. */
const STEPS = [1, 2, 7, 14, 28];

/** The calendar day of an instant in a time zone, as [year, month (1–12), day]. */
function localDay(date: Date, timeZone: string): [number, number, number] {
	const [year, month, day] = isoWithOffset(date, timeZone).slice(0, 10).split('-').map(Number);
	return [year!, month!, day!];
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(date: Date, timeZone: string): number {
	const offset = isoWithOffset(date, timeZone).slice(19);
	const sign = offset.startsWith('-') ? -1 : 1;
	return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** Midnight of a calendar day in a time zone (the offset of that midnight, across daylight saving changes). */
export function localMidnight(year: number, month: number, day: number, timeZone: string): Date {
	const wallClock = Date.UTC(year, month - 1, day);
	const guess = wallClock - offsetMinutes(new Date(wallClock), timeZone) * 60_000;
	return new Date(wallClock - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

/**
 * The midnights (in the site's time zone) to mark on a time axis from `start` to `end`: every
 * day, or every 2, 7, 14 or 28 days, whichever first keeps to `most` marks, so labels never
 * crowd on a phone whether an incident lasts a day or a season.
 */
export function dayTicks(start: Date, end: Date, timeZone: string, most = 6): Date[] {
	if (end <= start) return [];
	const [year, month, day] = localDay(start, timeZone);
	const midnights = (step: number) => {
		const ticks: Date[] = [];
		for (let offset = 1; ; offset += step) {
			const tick = localMidnight(year, month, day + offset, timeZone);
			if (tick >= end) return ticks;
			ticks.push(tick);
		}
	};
	const days = (end.getTime() - start.getTime()) / DAY;
	const step = STEPS.find((candidate) => days / candidate <= most) ?? Math.ceil(days / most / 28) * 28;
	return midnights(step);
}
