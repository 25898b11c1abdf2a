import { ui } from '../i18n/ui.ts';
import { isoWithOffset } from '../time.ts';
import { slugOf } from './slug.ts';

/** The standard body: the four sections with a line to replace under each. */
export function standardBody(lang: string): string {
	const { sections, placeholder } = ui(lang).authoring;
	return sections.map((heading) => `## ${heading}\n\n${placeholder}\n`).join('\n');
}

/** `2026-01-13-0915-servers-shut-down`: the time in the site's zone, then the title's words. */
export function newUpdateId(now: Date, title: string, timeZone: string): string {
	const local = isoWithOffset(now, timeZone);
	const stamp = `${local.slice(0, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}`;
	const slug = slugOf(title);
	return slug ? `${stamp}-${slug}` : stamp;
}

/** Words for "now" in a from-when answer, besides an empty one. */
const NOW_WORDS = ['now', 'nu', 'maintenant'];

/**
 * Reads a from-when (or until-when) answer in the forms of a next-update answer; empty or
 * "now" means when the update is published (undefined).
 */
export function parsePlannedTime(answer: string, now: Date, timeZone: string): Date | undefined | 'invalid' {
	if (NOW_WORDS.includes(answer.trim().toLowerCase())) return undefined;
	return parseNextUpdate(answer, now, timeZone);
}

/**
 * Reads a next-update answer: `+4h`, `+30m`, `16:00` (today, or tomorrow if past), or
 * `2026-01-13 16:00`, in the site's time zone. `none` means no next update.
 */
export function parseNextUpdate(answer: string, now: Date, timeZone: string): Date | undefined | 'invalid' {
	const text = answer.trim().toLowerCase();
	if (['', 'none', 'geen', 'aucune', 'aucun'].includes(text)) return undefined;
	const relative = /^\+(\d+)\s*(h|u|m|min)$/.exec(text);
	if (relative)
		return new Date(
			now.getTime() + Number(relative[1]) * (relative[2] === 'h' || relative[2] === 'u' ? 3_600_000 : 60_000),
		);
	const offset = isoWithOffset(now, timeZone).slice(19);
	const today = isoWithOffset(now, timeZone).slice(0, 10);
	const time = /^(\d{1,2})[:.h](\d{2})$/.exec(text);
	if (time) {
		const candidate = new Date(`${today}T${time[1]!.padStart(2, '0')}:${time[2]}:00${offset}`);
		return candidate > now ? candidate : new Date(candidate.getTime() + 86_400_000);
	}
	const full = /^(\d{4}-\d{2}-\d{2})[ t](\d{1,2}):(\d{2})$/.exec(text);
	if (full) {
		// The offset of that day, which differs from today's across a daylight-saving change.
		const guess = new Date(`${full[1]}T${full[2]!.padStart(2, '0')}:${full[3]}:00${offset}`);
		const dayOffset = isoWithOffset(guess, timeZone).slice(19);
		return new Date(`${full[1]}T${full[2]!.padStart(2, '0')}:${full[3]}:00${dayOffset}`);
	}
	return 'invalid';
}
