import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { exportWords } from '../../src/lib/i18n/export-words.ts';
import { pluralForm } from '../../src/lib/i18n/plural.ts';
import { lanternWordData, lanternWords } from '../../src/lib/i18n/read-words.ts';
import { commandEnv } from '../build/helpers/build-site.ts';
import { rawContent, SITE_YAML } from './helpers/raw-content.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');

/** The test site in other languages (the organisation's name stays in Dutch, which every page may show). */
const siteIn = (languages: string) => SITE_YAML.replace('languages: [nl, en, fr]', `languages: [${languages}]`);

/** Every text of some words changed by `change`, as a site writing a language of its own would. */
function rewritten(data: unknown, change: (text: string) => string): unknown {
	if (typeof data === 'string') return change(data);
	if (Array.isArray(data)) return data.map((item) => rewritten(item, change));
	return Object.fromEntries(Object.entries(data as object).map(([key, value]) => [key, rewritten(value, change)]));
}

/** Spanish made as a writer would: `npm run words -- --export en`, every text rewritten, keeping its gaps. */
const SPANISH = exportWords('en', rewritten(lanternWordData('en'), (text) => `ES ${text}`) as Record<string, unknown>);

const check = (site: string, i18n: Record<string, string>) => validateContent(rawContent(undefined, { site, i18n }));
const messages = (site: string, i18n: Record<string, string>) => check(site, i18n).problems.map(formatProblem);

describe('plural forms', () => {
	it('are chosen by the language’s plural category, with none for exactly 0 and other for a category left out', () => {
		const rules = (lang: string) => new Intl.PluralRules(lang);
		const forms = { none: 'none', one: 'one', few: 'few', many: 'many', other: 'other' };
		expect([0, 1, 2, 5].map((count) => pluralForm(forms, count, rules('en')))).toEqual([
			'none',
			'one',
			'other',
			'other',
		]);
		expect([2, 5, 22].map((count) => pluralForm(forms, count, rules('pl')))).toEqual(['few', 'many', 'few']);
		// French counts 0 as one; without a none form, 0 takes it.
		expect(pluralForm({ one: 'one', other: 'other' }, 0, rules('fr'))).toBe('one');
		expect(pluralForm({ one: 'one', other: 'other' }, 0, rules('en'))).toBe('other');
		expect(pluralForm({ other: 'other' }, 2, rules('pl'))).toBe('other');
	});

	it('fill their gaps, writing numbers the language’s way, or leave the gaps a page fills itself', () => {
		expect(lanternWords('en').disruptedCount({ count: 0, total: 7 })).toBe('All 7 services are open.');
		expect(lanternWords('en').disruptedCount({ count: 1, total: 7 })).toBe(
			'1 of 7 services are not working as normal.',
		);
		expect(lanternWords('nl').disruptedCount({ count: 1, total: 7 })).toBe('1 van de 7 diensten werkt niet normaal.');
		expect(lanternWords('de').disruptedCount({ count: 2, total: 7 })).toBe('2 von 7 Diensten arbeiten nicht normal.');
		expect(lanternWords('nl').search.results({ count: 1200, query: 'ziekenwagen' })).toBe(
			'1.200 resultaten voor ‘ziekenwagen’',
		);
		expect(lanternWords('en').group.notNormal.open({ count: 2, total: 7 })).toBe(
			'2 of 7 not working as normal; most affected: {service} ({state})',
		);
		expect(lanternWords('fr').changes.was({ state: 'Ouvert' })).toBe('avant\u00a0: Ouvert');
		expect(lanternWords('en').home.quiet.text).toBe('The last incident, {incident}, ended on {time}.');
	});
});

describe('a site’s own words', () => {
	it('change a word of a language Lantern has, the others staying as they are', () => {
		const { content, problems } = check(SITE_YAML, {
			nl: 'badge:\n  none: alle diensten open\n  other: "{count} van {total} gestoord"\nnav:\n  home: Nu open\n',
		});
		expect(problems).toEqual([]);
		const nl = content!.words.for('nl');
		expect(nl.badge({ count: 0, total: 4 })).toBe('alle diensten open');
		expect(nl.badge({ count: 2, total: 4 })).toBe('2 van 4 gestoord');
		expect(nl.nav.home).toBe('Nu open');
		expect(nl.nav.updates).toBe(lanternWords('nl').nav.updates);
		expect(content!.words.for('en').nav.home).toBe('Now');
	});

	it('add a whole language from the exported English file, with no change to Lantern', () => {
		const { content, problems } = check(siteIn('nl, en, es'), { es: SPANISH });
		expect(problems.map(formatProblem)).toEqual([]);
		const es = content!.words.for('es');
		expect(es.nav.home).toBe('ES Now');
		expect(es.disruptedCount({ count: 2, total: 4 })).toBe('ES 2 of 4 services are not working as normal.');
		expect(es.states['no-ambulance']).toBe('ES No ambulance arrivals (walk-ins seen)');
		expect(content!.words.languages).toEqual(['de', 'en', 'fr', 'nl', 'es']);
	});

	it('stop the check at a missing word, naming the file and the key, unless the file names a fallback', () => {
		const withoutSome = SPANISH.replace(/^ {2}quiet: .*\n/m, '').replace(/^print:\n(?: .*\n)+/m, '');
		expect(withoutSome).not.toContain('quiet:');
		expect(messages(siteIn('nl, en, es'), { es: withoutSome })).toMatchInlineSnapshot(`
			[
			  "content/i18n/es.yaml:80:3  home.quiet  this word is missing; write it, or take missing words from another language (fallback: en)",
			  "content/i18n/es.yaml:14:1  print  these 7 words are missing; write them, or take missing words from another language (fallback: en)",
			]
		`);
	});

	it('take the missing words from the fallback language, and say each one', () => {
		const withoutSome = `fallback: en\n${SPANISH.replace(/^ {2}quiet: .*\n/m, '').replace(/^swimlane:\n(?: .*\n)+/m, '')}`;
		const { content, problems } = check(siteIn('nl, en, es'), { es: withoutSome });
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "warning: content/i18n/es.yaml:81:3  home.quiet  no word here: the English word is shown (fallback: en)",
			  "warning: content/i18n/es.yaml:1:1  swimlane  no words here: the 7 English words are shown (fallback: en)",
			]
		`);
		const es = content!.words.for('es');
		expect(es.home.quiet.text).toBe('The last incident, {incident}, ended on {time}.');
		expect(es.swimlane.title({ count: 1 })).toBe('How 1 service changed during this incident');
		expect(es.home.keyServices).toBe('ES Key services right now');
	});

	it('name every mistake in a words file: unknown words and forms, unknown gaps, empty and wrong texts', () => {
		const mistakes = [
			'nav:',
			'  hom: Inicio',
			'home:',
			'  quiet: El último incidente, {incdent}, terminó el {time}.',
			'skipLink: Ir al {contenido}',
			'latest: ""',
			'readMore: 12',
			'badge:',
			'  none: todo abierto',
			'  ones: "{count} de {total}"',
			'  other: "{count} de {total} con problemas"',
			'fallback: English',
		].join('\n');
		expect(messages(SITE_YAML, { nl: mistakes })).toMatchInlineSnapshot(`
			[
			  "content/i18n/nl.yaml:12:11  fallback  expected the code of another language to take missing words from, such as en: found "English"",
			  "content/i18n/nl.yaml:5:11  skipLink  this word has no gaps; the page would show it as written: found "{contenido}"",
			  "content/i18n/nl.yaml:2:3  nav.hom  this field is not known here (allowed: home, updates, services, incidents, label). Did you mean "home"?",
			  "content/i18n/nl.yaml:4:10  home.quiet  this gap is not known here: found "{incdent}" (allowed: {incident}, {time}). Did you mean "{incident}"?",
			  "content/i18n/nl.yaml:10:3  badge.ones  this field is not known here (allowed: none, zero, one, two, few, many, other). Did you mean "one"?",
			  "content/i18n/nl.yaml:6:9  latest  this text is empty",
			  "content/i18n/nl.yaml:7:11  readMore  expected text; put the value in double quotes so YAML keeps it as written: found "12"",
			]
		`);
	});

	it('are needed for every language of site.yaml, and a file for a language the site does not have is not shown', () => {
		expect(messages(siteIn('nl, en, es'), { it: 'nav:\n  home: Ora\n' })).toMatchInlineSnapshot(`
			[
			  "content/site.yaml:4:21  languages.2  Lantern has no words in this language; write them in content/i18n/es.yaml (npm run words -- --export en prints a file to start from): found "es" (allowed: de, en, fr, nl)",
			  "warning: content/i18n/it.yaml  (file)  this language is not listed in site.yaml, so its words are not shown: found "it" (allowed: nl, en, es)",
			]
		`);
	});

	it('take missing words only from a language that has all of them', () => {
		const half = 'fallback: en\nnav:\n  home: Ara\n';
		expect(messages(siteIn('nl, en, ca, es'), { es: 'fallback: ca\nnav:\n  home: Ahora\n', ca: half })).toEqual(
			expect.arrayContaining([
				'content/i18n/es.yaml:1:11  fallback  there are no complete words in this language to take missing words from: found "ca" (allowed: de, en, fr, nl)',
			]),
		);
	});

	it('say where a words file is not YAML', () => {
		expect(messages(SITE_YAML, { nl: 'nav:\n  home: [Nu\n' })).toMatchInlineSnapshot(`
			[
			  "content/i18n/nl.yaml:3:1  (file)  this is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ])",
			]
		`);
	});
});

describe('npm run words', () => {
	it('exports a whole language as a file that reads back as the same words, each explained', () => {
		for (const lang of ['en', 'nl', 'fr', 'de']) {
			const text = exportWords(lang, lanternWordData(lang));
			expect(parse(text), lang).toEqual(lanternWordData(lang));
			const lines = text.split('\n');
			const unexplained = lines.filter(
				// The forms of a plural are explained once, above the word.
				(line, index) =>
					/^\s*[\w-]+:/.test(line) &&
					!/^\s*(none|zero|one|two|few|many|other):/.test(line) &&
					!lines[index - 1]?.trimStart().startsWith('#'),
			);
			expect(unexplained, lang).toEqual([]);
		}
		expect(exportWords('fr', lanternWordData('fr'))).toContain(
			'# Before the time a service got its state (“since Tuesday 08:05”).\n  since: depuis\n',
		);
	});

	it('prints the file, answers --help and refuses an unknown flag or language with its usage', () => {
		const run = (...args: string[]) =>
			spawnSync(process.execPath, ['scripts/words.ts', ...args], { cwd: PROJECT, env: commandEnv(), encoding: 'utf8' });
		const exported = run('--export', 'de');
		expect(exported.status).toBe(0);
		expect(parse(exported.stdout)).toEqual(lanternWordData('de'));
		const help = run('--help');
		expect([help.status, help.stdout]).toEqual([0, expect.stringContaining('Usage: npm run words -- --export LANG')]);
		const wrong = run('--exprot', 'de');
		expect([wrong.status, wrong.stderr.split('\n')[0]]).toEqual([
			2,
			expect.stringContaining('--exprot; did you mean --export?'),
		]);
		expect(wrong.stderr).toContain('Usage: npm run words');
		expect(run('--export', 'xx')).toMatchObject({
			status: 2,
			stderr: expect.stringContaining('(it has: de, en, fr, nl)'),
		});
		// Four runs of the command, each starting Node: longer than a unit test's default on a busy machine.
	}, 60_000);
});
