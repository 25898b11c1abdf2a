import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardBody } from '../../src/lib/authoring/new-update.ts';
import { ui, UI_LANGUAGES } from '../../src/lib/i18n/ui.ts';
import { stateLabel } from '../../src/lib/states.ts';
import { STATE_KEYS } from '../../src/schemas/state.ts';

const I18N_FOLDER = path.resolve(import.meta.dirname, '../../src/lib/i18n');

/** Each function is called with each of these, so every branch (none, one, several) shows its words. */
const SAMPLE_ARGUMENTS = [0, 1, 2, 'Spoed Noord'];

/** Every text in a set of strings, by where it is (`authoring.cli.stateOf(1)`). */
function textsOf(value: unknown, at = ''): [at: string, text: string][] {
	if (typeof value === 'string') return [[at, value]];
	if (typeof value === 'function')
		return SAMPLE_ARGUMENTS.map((sample) => [
			`${at}(${sample})`,
			String((value as (...args: unknown[]) => unknown)(...Array<unknown>(value.length).fill(sample))),
		]);
	if (typeof value === 'object' && value !== null)
		return Object.entries(value).flatMap(([key, child]) => textsOf(child, at ? `${at}.${key}` : key));
	throw new Error(`${at} is neither text nor a function making text`);
}

/** A space before : ; ? or ! that is not a non-breaking one, so the sign could start a line. */
const BREAKING_SPACE_BEFORE_SIGN = /[^\S\u00a0][:;?!]/;

describe('interface strings', () => {
	it('are English for a language Lantern has no words for', () => {
		expect(ui('de')).toBe(ui('en'));
		expect(UI_LANGUAGES).toEqual(['en', 'nl', 'fr']);
	});

	it('in French, put a non-breaking space, never a plain one, before : ; ? and !', () => {
		expect(BREAKING_SPACE_BEFORE_SIGN.test('Que faire ?')).toBe(true);
		expect(BREAKING_SPACE_BEFORE_SIGN.test('Que faire\u00a0? Appelez le 112\u00a0: 16:00')).toBe(false);
		const texts = textsOf(ui('fr'));
		expect(texts.map(([at]) => at)).toEqual(
			expect.arrayContaining(['colon', 'states.closed', 'authoring.sections.0', 'authoring.cli.stamp(1)']),
		);
		const wrong = texts.filter(([, text]) => BREAKING_SPACE_BEFORE_SIGN.test(text));
		expect(wrong).toEqual([]);
	});

	it('write every non-breaking space as \\u00a0, never as the invisible character', async () => {
		const files = (await readdir(I18N_FOLDER)).filter((file) => file.endsWith('.ts'));
		expect(files).toEqual(expect.arrayContaining(['en.ts', 'nl.ts', 'fr.ts', 'ui-strings.ts', 'ui.ts']));
		const literal: string[] = [];
		for (const file of files) {
			const lines = (await readFile(path.join(I18N_FOLDER, file), 'utf8')).split('\n');
			for (const [index, line] of lines.entries()) if (line.includes('\u00a0')) literal.push(`${file}:${index + 1}`);
		}
		expect(literal).toEqual([]);
	});
});

describe('state labels', () => {
	it('say each state in the language asked for, distinct from the other states', () => {
		expect(stateLabel('no-ambulance', 'en')).toBe('No ambulance arrivals (walk-ins seen)');
		expect(stateLabel('no-ambulance', 'nl')).toBe('Geen aanvoer per ziekenwagen');
		expect(stateLabel('no-ambulance', 'fr')).toBe("Pas d'arrivées en ambulance");
		for (const lang of UI_LANGUAGES) {
			const labels = STATE_KEYS.map((key) => stateLabel(key, lang));
			for (const label of labels) expect(label.trim()).not.toBe('');
			expect(new Set(labels).size, lang).toBe(STATE_KEYS.length);
		}
	});

	it('fall back to English for a language Lantern has no words for', () => {
		for (const key of STATE_KEYS) expect(stateLabel(key, 'de')).toBe(stateLabel(key, 'en'));
		expect(stateLabel('postponed', 'de')).toBe('Postponed, we will contact you');
	});
});

describe('the standard body of a new update', () => {
	it('has the four sections of the language, each with the line to replace', () => {
		expect(standardBody('nl')).toBe(
			[
				'## Wat is er gebeurd?\n\n[SCHRIJF HIER]\n',
				'## Wat betekent dit voor u?\n\n[SCHRIJF HIER]\n',
				'## Wat moet u doen?\n\n[SCHRIJF HIER]\n',
				'## Volgende update\n\n[SCHRIJF HIER]\n',
			].join('\n'),
		);
		expect(standardBody('fr')).toContain('## Prochaine mise à jour\n\n[ÉCRIVEZ ICI]\n');
		expect(standardBody('de')).toBe(standardBody('en'));
		expect(standardBody('en')).toContain('## What to do\n\n[WRITE HERE]\n');
	});
});
