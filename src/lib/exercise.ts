import type { Site } from './content/model.ts';
import { ui } from './i18n/ui.ts';

/**
 * A drill (`exercise: true` in site.yaml, or `LANTERN_EXERCISE=1` for a build) is rehearsed on a
 * real address with real-looking updates, read by test subscribers and partners' systems: every
 * output must say so before anything else, so nobody takes any of it for a real event. Outputs
 * ask these two functions; a site that is no drill gets its texts back unchanged.
 */

/** `text` as a drill shows it, the exercise word first ("EXERCISE: Laboratory closed"); unchanged otherwise. */
export function asExercise(site: Pick<Site, 'exercise'>, lang: string, text: string): string {
	if (!site.exercise) return text;
	const t = ui(lang);
	return `${t.exercise.word}${t.colon}${text}`;
}

/** The drill's notice in a language ("EXERCISE: this is a drill. …"), or nothing when the site is no drill. */
export function exerciseNotice(site: Pick<Site, 'exercise'>, lang: string): string | undefined {
	return site.exercise ? ui(lang).exercise.notice : undefined;
}
