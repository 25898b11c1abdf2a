import type { Words } from '../i18n/words-schema.ts';
import { PHASES, type Phase } from '../../schemas/state.ts';
import { isoWithOffset } from '../time.ts';
import { slugOf } from './slug.ts';

/** The standard body, in the language of `words`: the four sections with a line to replace under each. */
export function standardBody(words: Words): string {
	const { sections, placeholder } = words.authoring;
	return Object.values(sections)
		.map((heading) => `## ${heading}\n\n${placeholder}\n`)
		.join('\n');
}

/** `2026-01-13-0915-servers-shut-down`: the time in the site's zone, then the title's words. */
export function newUpdateId(now: Date, title: string, timeZone: string): string {
	const local = isoWithOffset(now, timeZone);
	const stamp = `${local.slice(0, 10)}-${local.slice(11, 13)}${local.slice(14, 16)}`;
	const slug = slugOf(title);
	return slug ? `${stamp}-${slug}` : stamp;
}

/** The incident's phases as `npm run new` offers them: the words of the prompt language, the key as a hint. */
export function phaseChoices(words: Words): { value: Phase; label: string; hint: string }[] {
	return PHASES.map((value) => ({ value, label: words.phase[value], hint: value }));
}
