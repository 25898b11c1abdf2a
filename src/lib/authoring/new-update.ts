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
