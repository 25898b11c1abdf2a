import { localeFor } from './i18n/locales.ts';

/**
 * Date formatting, made once per language, zone and style, and each date formatted once: a
 * build formats the same few thousand instants hundreds of thousands of times (every page
 * lists updates), and both making an Intl formatter and formatting with it are costly.
 */
type Style = 'full' | 'short' | 'day' | 'time' | 'iso';
const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
	full: { dateStyle: 'full', timeStyle: 'short' },
	short: { dateStyle: 'medium', timeStyle: 'short' },
	day: { day: 'numeric', month: 'short' },
	time: { timeStyle: 'short' },
	iso: {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23',
		timeZoneName: 'longOffset',
	},
};
const memos = new Map<string, { format: (date: Date) => string; texts: Map<number, string> }>();

function memoized(style: Style, locale: string, timeZone: string, date: Date): string {
	const key = `${style}|${locale}|${timeZone}`;
	let memo = memos.get(key);
	if (!memo) {
		const formatter = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
		const format = style === 'iso' ? (day: Date) => isoFromParts(formatter.formatToParts(day)) : formatter.format;
		memos.set(key, (memo = { format, texts: new Map() }));
	}
	let text = memo.texts.get(date.getTime());
	if (text === undefined) memo.texts.set(date.getTime(), (text = memo.format(date)));
	return text;
}

/** "dinsdag 13 januari 2026 om 08:05", in the site's time zone and the reader's language. */
export function formatDateTime(date: Date, lang: string, timeZone: string): string {
	return memoized('full', localeFor(lang), timeZone, date);
}

/** "13 jan. 2026, 08:05": for lists, where the weekday is noise. */
export function formatShortDateTime(date: Date, lang: string, timeZone: string): string {
	return memoized('short', localeFor(lang), timeZone, date);
}

/** "13 jan.": the day alone, for time axes. */
export function formatDay(date: Date, lang: string, timeZone: string): string {
	return memoized('day', localeFor(lang), timeZone, date);
}

/** "08:00": the time of day alone, for the end of a window that ends on the day it began. */
export function formatTimeOfDay(date: Date, lang: string, timeZone: string): string {
	return memoized('time', localeFor(lang), timeZone, date);
}

/** Both instants fall on one calendar day in the site's time zone (a window from 06:00 until 08:00). */
export function onSameLocalDay(a: Date, b: Date, timeZone: string): boolean {
	return isoWithOffset(a, timeZone).slice(0, 10) === isoWithOffset(b, timeZone).slice(0, 10);
}

/**
 * The instant for `<time datetime>`, written in the site's own offset
 * (`2026-01-13T08:05:00+01:00`), so the source reads like the page.
 */
export function isoWithOffset(date: Date, timeZone: string): string {
	return memoized('iso', 'en-CA', timeZone, date);
}

function isoFromParts(pieces: Intl.DateTimeFormatPart[]): string {
	const parts: Record<string, string> = {};
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

/**
 * A zone that names no place (UTC, GMT, Etc/…): what a server or a codespace is set to, and
 * rarely where an organisation's readers are, so never taken as a site's zone without asking.
 */
export function isPlacelessZone(zone: string): boolean {
	return /^(UTC|Etc\/|GMT$|Universal$|Zulu$)/.test(zone);
}
