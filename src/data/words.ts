import type { Words } from '../lib/i18n/words-schema.ts';
import { getLantern } from './lantern.ts';

/**
 * The interface words of a language, as the site has them (Lantern's own, with the site's
 * changes and additions), from the one load of the content every page shares.
 */
export async function getWords(lang: string): Promise<Words> {
	return (await getLantern()).content.words.for(lang);
}
