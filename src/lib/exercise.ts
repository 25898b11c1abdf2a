import type { Site } from './content/model.ts';
import type { Words } from './i18n/words-schema.ts';

/**
 * A drill (`exercise: true` in site.yaml, or `LANTERN_EXERCISE=1` for a build) is rehearsed on a
 * real address with real-looking updates, read by test subscribers and partners' systems: every
 * output must say so before anything else, so nobody takes any of it for a real event. Outputs
 * ask these two functions; a site that is no drill gets its texts back unchanged.
 */

/** `text` as a drill shows it, in the language of `words`, the exercise word first ("EXERCISE: Laboratory closed"); unchanged otherwise. */
export function asExercise(site: Pick<Site, 'exercise'>, words: Words, text: string): string {
	if (!site.exercise) return text;
	return `${words.exercise.word}${words.colon}${text}`;
}

/** The drill's notice in the language of `words` ("EXERCISE: this is a drill. …"), or nothing when the site is no drill. */
export function exerciseNotice(site: Pick<Site, 'exercise'>, words: Words): string | undefined {
	return site.exercise ? words.exercise.notice : undefined;
}
