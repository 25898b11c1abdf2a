/**
 * "12 minutes ago", "in 3 hours", "yesterday", in a language: the same words whether the build
 * writes them (as of its clock) or the page's script (as of the reader's).
 */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['day', 86_400_000],
	['hour', 3_600_000],
	['minute', 60_000],
];
const formats = new Map<string, Intl.RelativeTimeFormat>();

export function relativeTimeText(instant: number, now: number, lang: string | undefined): string {
	const key = lang ?? '';
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })));
	const difference = instant - now;
	for (const [unit, size] of UNITS) {
		if (Math.abs(difference) >= size || unit === 'minute') return format.format(Math.round(difference / size), unit);
	}
	return '';
}

/** The label after a time, with its leading space: " (in 2 hours)". */
export function relativeTimeLabel(instant: number, now: number, lang: string | undefined): string {
	return ` (${relativeTimeText(instant, now, lang)})`;
}
