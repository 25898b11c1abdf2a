import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { phaseChoices, standardBody } from '../../src/lib/authoring/new-update.ts';
import { lanternWords } from '../../src/lib/i18n/read-words.ts';
import { stateLabel } from '../../src/lib/states.ts';
import { formatDateTime } from '../../src/lib/time.ts';
import { DEFAULT_STATE_KEYS } from '../../src/schemas/state.ts';
import { BREAKING_SPACE_BEFORE_SIGN, GERMAN_DU, NOT_GERMAN_QUOTES, textsIn } from './helpers/typography.ts';

const I18N_FOLDER = path.resolve(import.meta.dirname, '../../src/lib/i18n');
const SHIPPED = ['de', 'en', 'fr', 'nl'];

/** Every text of a words file, by where it is (`authoring.cli.stamp`, `badge.none`, `authoring.answers.now.0`). */
async function textsOf(lang: string): Promise<[at: string, text: string][]> {
	return textsIn(parse(await readFile(path.join(I18N_FOLDER, 'words', `${lang}.yaml`), 'utf8')));
}

describe('Lantern’s own words', () => {
	it('are one data file per language, each with every word', async () => {
		const files = (await readdir(path.join(I18N_FOLDER, 'words'))).sort();
		expect(files).toEqual(SHIPPED.map((lang) => `${lang}.yaml`));
		const keys = async (lang: string) => (await textsOf(lang)).map(([at]) => at.replace(/\.(none|one|other|\d+)$/, ''));
		const english = new Set(await keys('en'));
		for (const lang of SHIPPED) {
			expect(lanternWords(lang).nav.home.length, lang).toBeGreaterThan(0);
			expect(new Set(await keys(lang)), lang).toEqual(english);
		}
	});

	it('write every non-breaking space as \\u00a0, never as the invisible character', async () => {
		const files = await readdir(I18N_FOLDER, { recursive: true });
		expect(files).toEqual(expect.arrayContaining(['words-schema.ts', path.join('words', 'fr.yaml')]));
		const literal: string[] = [];
		for (const file of files.filter((name) => /\.(ts|yaml)$/.test(name))) {
			const lines = (await readFile(path.join(I18N_FOLDER, file), 'utf8')).split('\n');
			for (const [index, line] of lines.entries()) if (line.includes('\u00a0')) literal.push(`${file}:${index + 1}`);
		}
		expect(literal).toEqual([]);
	});

	it('in French, put a non-breaking space, never a plain one, before : ; ? and !', async () => {
		expect(BREAKING_SPACE_BEFORE_SIGN.test('Que faire ?')).toBe(true);
		expect(BREAKING_SPACE_BEFORE_SIGN.test('Que faire\u00a0? Appelez le 112\u00a0: 16:00')).toBe(false);
		const texts = await textsOf('fr');
		expect(texts.map(([at]) => at)).toEqual(
			expect.arrayContaining(['colon', 'states.closed', 'authoring.sections.whatHappened', 'authoring.cli.stamp']),
		);
		expect(texts.filter(([, text]) => BREAKING_SPACE_BEFORE_SIGN.test(text))).toEqual([]);
		expect(lanternWords('fr').search.results({ count: 1, query: 'ambulance' })).toBe(
			'1\u00a0résultat pour «\u00a0ambulance\u00a0»',
		);
	});

	it('in German, quote „so“, address the reader as Sie and write dates the German way', async () => {
		const texts = await textsOf('de');
		// Code the writer types (<Callout type="warning">) keeps its straight quotes.
		const prose = texts.map(([at, text]) => [at, text.replace(/<[^>]*>/g, '')] as const);
		expect(prose.filter(([, text]) => NOT_GERMAN_QUOTES.test(text.replace(/„[^„“]*“/g, '')))).toEqual([]);
		expect(texts.filter(([, text]) => GERMAN_DU.test(text))).toEqual([]);
		const words = lanternWords('de');
		expect(words.search.results({ count: 1, query: 'Krankenwagen' })).toBe('1 Ergebnis für „Krankenwagen“');
		expect(words.authoring.form.problems.noUpdate({ id: 'x' })).toBe('es gibt keine Meldung „x“');
		expect(formatDateTime(new Date('2026-01-13T08:05:00+01:00'), 'de', 'Europe/Brussels')).toBe(
			'Dienstag, 13. Januar 2026 um 08:05',
		);
	});

	it('in German, differ from the English words except where German says the same', async () => {
		const english = new Map(await textsOf('en'));
		const same = (await textsOf('de')).filter(([at, text]) => english.get(at) === text).map(([at]) => at);
		// Each is a German word too: "Phase", "Text", and the colon between a label and its value.
		expect(same).toEqual(['incident.phase', 'search.filters.phase', 'colon', 'authoring.form.body']);
	});
});

describe('state labels', () => {
	it('say each state in every language, distinct from the other states', () => {
		expect(stateLabel('no-ambulance', lanternWords('en'))).toBe('No ambulance arrivals (walk-ins seen)');
		expect(stateLabel('no-ambulance', lanternWords('nl'))).toBe('Geen aanvoer per ziekenwagen');
		expect(stateLabel('no-ambulance', lanternWords('fr'))).toBe("Pas d'arrivées en ambulance");
		expect(stateLabel('no-ambulance', lanternWords('de'))).toBe('Keine Aufnahme per Krankenwagen');
		for (const lang of SHIPPED) {
			const labels = DEFAULT_STATE_KEYS.map((key) => stateLabel(key, lanternWords(lang)));
			for (const label of labels) expect(label.trim()).not.toBe('');
			expect(new Set(labels).size, lang).toBe(DEFAULT_STATE_KEYS.length);
		}
	});
});

describe('the standard body of a new update', () => {
	it('has the four sections of the language, each with the line to replace', () => {
		expect(standardBody(lanternWords('nl'))).toBe(
			[
				'## Wat is er gebeurd?\n\n[SCHRIJF HIER]\n',
				'## Wat betekent dit voor u?\n\n[SCHRIJF HIER]\n',
				'## Wat moet u doen?\n\n[SCHRIJF HIER]\n',
				'## Volgende update\n\n[SCHRIJF HIER]\n',
			].join('\n'),
		);
		expect(standardBody(lanternWords('fr'))).toContain('## Prochaine mise à jour\n\n[ÉCRIVEZ ICI]\n');
		expect(standardBody(lanternWords('en'))).toContain('## What to do\n\n[WRITE HERE]\n');
		expect(standardBody(lanternWords('de'))).toContain('## Was sollten Sie tun?\n\n[HIER SCHREIBEN]\n');
	});
});

describe('the phases npm run new offers', () => {
	it('are the words of the prompt language, each with its key as a hint', () => {
		expect(phaseChoices(lanternWords('nl')).map(({ label, hint }) => `${label} (${hint})`)).toEqual([
			'Lopend (ongoing)',
			'Herstel (recovering)',
			'Opgelost (resolved)',
		]);
		expect(phaseChoices(lanternWords('fr')).map(({ value }) => value)).toEqual(['ongoing', 'recovering', 'resolved']);
	});
});
