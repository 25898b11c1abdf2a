import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLantern } from '../../src/data/load-lantern.ts';
import { buildOptionsFromEnv } from '../../src/data/site-settings.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { asExercise, exerciseNotice } from '../../src/lib/exercise.ts';
import { localeFor } from '../../src/lib/i18n/locales.ts';
import { lanternWords } from '../../src/lib/i18n/read-words.ts';
import { shippedWordFiles } from '../../src/lib/i18n/shipped-words.ts';
import { rawContent, SITE_YAML } from './helpers/raw-content.ts';

/** The languages Lantern ships words for. */
const SHIPPED = [...shippedWordFiles().keys()];

const SMALL_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/small');

describe('exercise mode', () => {
	it('is off unless site.yaml says `exercise: true`, and a wrong value is named with what is allowed', () => {
		const site = (yaml: string) => validateContent(rawContent(undefined, { site: yaml }));
		expect(site(SITE_YAML).content?.site.exercise).toBe(false);
		expect(site(`${SITE_YAML}exercise: true\n`).content?.site.exercise).toBe(true);
		expect(site(`${SITE_YAML}exercise: yes\n`).problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:15:11  exercise  expected true or false: found "yes"",
			]
		`);
	});

	it('is switched on for one build by LANTERN_EXERCISE=1, which never switches off a drill site.yaml asks for', async () => {
		const env = (value?: string) => buildOptionsFromEnv({ ...(value !== undefined && { LANTERN_EXERCISE: value }) });
		expect(env('1').exercise).toBe(true);
		expect(env('true').exercise).toBe(true);
		for (const off of [undefined, '', '0', 'false']) expect(env(off).exercise).toBeUndefined();
		expect(() => env('ja')).toThrowErrorMatchingInlineSnapshot(
			`[Error: LANTERN_EXERCISE takes 1 (a drill) or 0 (as site.yaml says); found "ja"]`,
		);

		const load = (exercise?: boolean) =>
			loadLantern({
				folder: SMALL_FIXTURE,
				now: new Date('2026-03-05T12:00:00+01:00'),
				fixedClock: true,
				preview: false,
				exercise,
			});
		// The same folder and clock, loaded as a drill and not: two loads, never one answer for both.
		expect((await load(true)).content.site.exercise).toBe(true);
		expect((await load()).content.site.exercise).toBe(false);
		expect((await load(false)).content.site.exercise).toBe(false);
	});

	it('has in every language Lantern ships a word in capitals and a notice that starts with it', () => {
		expect(SHIPPED.length).toBeGreaterThan(0);
		for (const lang of SHIPPED) {
			const { word, notice } = lanternWords(lang).exercise;
			expect([lang, word]).toEqual([lang, word.toLocaleUpperCase(localeFor(lang))]);
			expect([lang, notice.startsWith(`${word}${lanternWords(lang).colon}`)]).toEqual([lang, true]);
		}
	});

	it('puts the word first in a drill, with the language’s own colon, and leaves every text alone otherwise', () => {
		const drill = { exercise: true };
		expect(asExercise(drill, lanternWords('en'), 'Laboratory closed')).toBe('EXERCISE: Laboratory closed');
		expect(asExercise(drill, lanternWords('nl'), 'Labo dicht')).toBe('OEFENING: Labo dicht');
		expect(asExercise(drill, lanternWords('fr'), 'Laboratoire fermé')).toBe('EXERCICE\u00a0: Laboratoire fermé');
		expect(asExercise(drill, lanternWords('de'), 'Labor geschlossen')).toBe('ÜBUNG: Labor geschlossen');
		expect(exerciseNotice(drill, lanternWords('en'))).toBe('EXERCISE: this is a drill. Nothing here is real.');
		const real = { exercise: false };
		for (const lang of SHIPPED) {
			expect(asExercise(real, lanternWords(lang), 'Laboratory closed')).toBe('Laboratory closed');
			expect(exerciseNotice(real, lanternWords(lang))).toBeUndefined();
		}
	});
});
