import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLantern } from '../../src/data/load-lantern.ts';
import { buildOptionsFromEnv } from '../../src/data/site-settings.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { asExercise, exerciseNotice } from '../../src/lib/exercise.ts';
import { localeFor } from '../../src/lib/i18n/locales.ts';
import { ui, UI_LANGUAGES } from '../../src/lib/i18n/ui.ts';
import { rawContent, SITE_YAML } from './helpers/raw-content.ts';

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
		expect(UI_LANGUAGES.length).toBeGreaterThan(0);
		for (const lang of UI_LANGUAGES) {
			const { word, notice } = ui(lang).exercise;
			expect([lang, word]).toEqual([lang, word.toLocaleUpperCase(localeFor(lang))]);
			expect([lang, notice.startsWith(`${word}${ui(lang).colon}`)]).toEqual([lang, true]);
		}
	});

	it('puts the word first in a drill, with the language’s own colon, and leaves every text alone otherwise', () => {
		const drill = { exercise: true };
		expect(asExercise(drill, 'en', 'Laboratory closed')).toBe('EXERCISE: Laboratory closed');
		expect(asExercise(drill, 'nl', 'Labo dicht')).toBe('OEFENING: Labo dicht');
		expect(asExercise(drill, 'fr', 'Laboratoire fermé')).toBe('EXERCICE\u00a0: Laboratoire fermé');
		expect(exerciseNotice(drill, 'en')).toBe('EXERCISE: this is a drill. Nothing here is real.');
		const real = { exercise: false };
		for (const lang of UI_LANGUAGES) {
			expect(asExercise(real, lang, 'Laboratory closed')).toBe('Laboratory closed');
			expect(exerciseNotice(real, lang)).toBeUndefined();
		}
	});
});
