import { pickText } from './local-text.ts';
import type { WordBook } from './read-words.ts';
import type { Words } from './words-schema.ts';
import type { StateSet } from '../states.ts';

/**
 * The word book with the words of the site's own states (site.yaml, `states:`) beside the default
 * states' words, so every output names a state the same way (`stateLabel`). The content check
 * requires a state's words in every language of the site; a language the site does not list
 * (Lantern's own, for messages) takes the source language's.
 */
export function withStateWords(book: WordBook, states: StateSet, sourceLanguage: string): WordBook {
	const own = states.all.filter((state) => state.label);
	if (!own.length) return book;
	const cache = new Map<string, Words>();
	return {
		languages: book.languages,
		for(lang) {
			let words = cache.get(lang);
			if (!words) {
				const base = book.for(lang);
				const added = Object.fromEntries(
					own.map((state) => [state.key, pickText(state.label!, lang, sourceLanguage).text]),
				);
				words = { ...base, states: { ...base.states, ...added } };
				cache.set(lang, words);
			}
			return words;
		},
	};
}
