import { localeFor } from './i18n/locales.ts';

/**
 * Intl formatters, made once per language, zone and style: making one costs far more than
 * formatting with it, and a build formats hundreds of thousands of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions & { timeZone: string }): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let made = formatters.get(key);
	if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, options)));
	return made;
}

/** "dinsdag 13 januari 2026 om 08:05", in the site's time zone and the reader's language. */
export function formatDateTime(date: Date, lang: string, timeZone: string): string {
	return formatter(localeFor(lang), { dateStyle: 'full', timeStyle: 'short', timeZone }).format(date);
}

/** "13 jan. 2026, 08:05": for lists, where the weekday is noise. */
export function formatShortDateTime(date: Date, lang: string, timeZone: string): string {
	return formatter(localeFor(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** "13 jan.": the day alone, for time axes. */
export function formatDay(date: Date, lang: string, timeZone: string): string {
	return formatter(localeFor(lang), { day: 'numeric', month: 'short', timeZone }).format(date);
}

/**
 * The instant for `<time datetime>`, written in the site's own offset
 * (`2026-01-13T08:05:00+01:00`), so the source reads like the page.
 */
export function isoWithOffset(date: Date, timeZone: string): string {
	const parts: Record<string, string> = {};
	const pieces = formatter('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'longOffset',
	}).formatToParts(date);
	for (const part of pieces) parts[part.type] = part.value;
	const offset = parts['timeZoneName'] === 'GMT' ? '+00:00' : String(parts['timeZoneName']).replace('GMT', '');
	return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}${offset}`;
}

/** The build's clock: `LANTERN_NOW` (for tests and previews of an embargo), else the real time. */
export function buildClock(env: Record<string, string | undefined> = process.env): Date {
	const fixed = env['LANTERN_NOW'];
	if (!fixed) return new Date();
	const date = new Date(fixed);
	if (Number.isNaN(date.getTime())) throw new Error(`LANTERN_NOW is not a date and time: ${JSON.stringify(fixed)}`);
	return date;
}
