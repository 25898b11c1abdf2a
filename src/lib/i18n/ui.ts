import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import type { UiStrings } from './ui-strings.ts';

export type { UiStrings } from './ui-strings.ts';

const STRINGS: Record<string, UiStrings> = { en, nl, fr };

/** The interface strings for a language; English for a site language Lantern has no strings for yet. */
export function ui(lang: string): UiStrings {
	return STRINGS[lang] ?? en;
}

/** The languages Lantern's interface is written in. */
export const UI_LANGUAGES = Object.keys(STRINGS);
