import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, visit } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { lanternWordData } from '../../src/lib/i18n/read-words.ts';
import { templateParts } from '../../src/lib/i18n/template.ts';
import {
	buildSite,
	commandEnv,
	copyContent,
	GERMAN_FIXTURE,
	GERMAN_FIXTURE_NOW,
	PROJECT,
	readPage,
	tempFolder,
	textOf,
	useBuiltSite,
} from './helpers/build-site.ts';
import { englishFound, englishPieces, readableTexts, siteTexts, textsOf } from './helpers/words-on-pages.ts';

describe('a site in German and French (German fixture)', () => {
	const site = useBuiltSite('german', GERMAN_FIXTURE, { LANTERN_NOW: GERMAN_FIXTURE_NOW });

	it('shows no piece of the English words file on any German page, feed or badge', async () => {
		const texts = await readableTexts(path.join(site.dist, 'de'));
		expect(texts.map(({ file }) => file)).toEqual(
			expect.arrayContaining(['index.html', 'print/index.html', 'search/index.html', 'feed.json', 'badge.svg']),
		);
		const pieces = englishPieces(lanternWordData('de'), await siteTexts(GERMAN_FIXTURE, 'de'));
		// Every piece is checked but the few German writes too, as German words.
		const checked = new Set(pieces.map(({ piece }) => piece));
		const notChecked = englishPieces({}).filter(({ piece }) => !checked.has(piece));
		expect(notChecked.map(({ piece }) => piece)).toEqual(['Phase:', 'Phase', '(optional)', 'Text', 'Was']);
		expect(englishFound(texts, pieces)).toEqual([]);
	});

	it('finds English with the same check on English pages, so its silence on German pages means something', async () => {
		const english = await readableTexts(path.join(inject('smallDist'), 'en'));
		const found = englishFound(english, englishPieces(lanternWordData('de'), await siteTexts(GERMAN_FIXTURE, 'de')));
		expect(found).toEqual(
			expect.arrayContaining([
				'index.html: "Services right now" (board.heading)',
				'rss.xml: "Service status" (statusSuffix)',
			]),
		);
	});

	it('says the situation, the states and the times the German way, and the French pages in French', async () => {
		const home = await readPage(site.dist, 'de');
		expect(home.querySelector('html')?.getAttribute('lang')).toBe('de');
		expect(textOf(home.querySelector('h1'))).toBe('Einige Dienste sind nicht verfügbar');
		expect(textOf(home.querySelector('.key-services [data-service="notaufnahme-berg"]'))).toContain(
			'Eingeschränkte Kapazität',
		);
		expect(textOf(home.querySelector('.emergency'))).toBe('Lebensgefahr? Wählen Sie 144');
		const update = await readPage(site.dist, 'de/updates/2026-05-04-1400-papier');
		expect(textOf(update.querySelector('.planned'))).toContain('von Mittwoch, 6. Mai 2026 um 07:00 bis 09:00');
		const untranslated = await readPage(site.dist, 'fr/updates/2026-05-04-1400-papier');
		expect(textOf(untranslated.querySelector('[data-translation="missing"]'))).toContain(
			'Cette mise à jour n’est pas encore traduite. Voici le texte original en allemand.',
		);
		expect(textOf((await readPage(site.dist, 'fr')).querySelector('h1'))).toBe(
			'Certains services ne sont pas disponibles',
		);
		const status = await readFile(path.join(site.dist, 'de/status.txt'), 'utf8');
		expect(status).toContain('Nächste Meldung erwartet: 05.05.2026, 17:00');
	});
});

/** A text with each piece between its gaps written backwards: every word changed, every gap kept. */
const backwards = (text: string) =>
	templateParts(text)
		.map((part) => ('gap' in part ? `{${part.gap}}` : [...part.text].reverse().join('')))
		.join('');

/** The German fixture as a site in German and Spanish, its Spanish words made from `npm run words -- --export en`. */
async function spanishSite(name: string, change: (words: string) => string = (words) => words): Promise<string> {
	const content = await copyContent(GERMAN_FIXTURE, name);
	for (const file of ['site.yaml', 'services.yaml', 'incidents/2026-05-informatik.yaml']) {
		const text = await readFile(path.join(content, file), 'utf8');
		await writeFile(path.join(content, file), text.replaceAll('[de, fr]', '[de, es]').replace(/\bfr: /g, 'es: '));
	}
	for (const update of await readdir(path.join(content, 'updates')))
		await rm(path.join(content, 'updates', update, 'fr.mdx'), { force: true });
	const exported = spawnSync(process.execPath, ['scripts/words.ts', '--export', 'en'], {
		cwd: PROJECT,
		env: commandEnv(),
		encoding: 'utf8',
	});
	expect(exported.status, exported.stderr).toBe(0);
	const file = parseDocument(exported.stdout);
	visit(file, {
		Scalar(key, node) {
			if (key !== 'key' && typeof node.value === 'string') node.value = backwards(node.value);
		},
	});
	await mkdir(path.join(content, 'i18n'), { recursive: true });
	await writeFile(path.join(content, 'i18n', 'es.yaml'), change(file.toString({ lineWidth: 0 })));
	return content;
}

describe('a site that adds a language of its own (Spanish, from npm run words -- --export en, every word changed)', () => {
	let dist = '';
	let content = '';
	let spanish: unknown;
	beforeAll(async () => {
		content = await spanishSite('spanish');
		spanish = parseDocument(await readFile(path.join(content, 'i18n/es.yaml'), 'utf8')).toJS();
		dist = path.join(await tempFolder('spanish'), 'dist');
		const result = buildSite(content, dist, { LANTERN_NOW: GERMAN_FIXTURE_NOW });
		expect(result.ok, result.output).toBe(true);
	});

	it('builds Spanish pages with the site’s words, and no English word on them', async () => {
		const home = await readPage(dist, 'es');
		expect(home.querySelector('html')?.getAttribute('lang')).toBe('es');
		expect(textOf(home.querySelector('h1'))).toBe(backwards('Some services are not available'));
		expect(textOf(home.querySelector('#key-services'))).toBe(backwards('Key services right now'));
		expect(textOf(home.querySelector('.key-services [data-service="notaufnahme-berg"]'))).toContain(
			backwards('Reduced capacity'),
		);
		expect(textsOf(spanish).get('nav.home')).toBe('woN');
		// The Spanish pages show the German text of an update not translated yet, marked as German.
		const written = `${await siteTexts(content, 'es')}\n${await siteTexts(content, 'de')}`;
		const pieces = englishPieces(spanish, written);
		expect(englishFound(await readableTexts(path.join(dist, 'es')), pieces)).toEqual([]);
	});

	it('stops the check at a missing word, naming the file and the key', async () => {
		const content = await spanishSite('spanish-missing', (words) => words.replace(/^ {2}quiet: .*\n/m, ''));
		const check = spawnSync(process.execPath, ['scripts/check.ts'], {
			cwd: PROJECT,
			env: commandEnv({ LANTERN_CONTENT: content, NO_COLOR: '1' }),
			encoding: 'utf8',
		});
		expect(check.status).toBe(1);
		expect(check.stdout).toMatch(/i18n\/es\.yaml:\d+:\d+ {2}home\.quiet {2}this word is missing; write it, or take/);
	});

	it('takes a missing word from the fallback language the file names, and the build says which', async () => {
		const content = await spanishSite(
			'spanish-fallback',
			(words) => `fallback: en\n${words.replace(/^ {2}quiet: .*\n/m, '')}`,
		);
		const fellBack = path.join(await tempFolder('spanish-fallback'), 'dist');
		const result = buildSite(content, fellBack, { LANTERN_NOW: GERMAN_FIXTURE_NOW });
		expect(result.ok, result.output).toBe(true);
		expect(result.output).toMatch(
			/es\.yaml:\d+:\d+ {2}home\.quiet {2}no word here: the English word is shown \(fallback: en\)/,
		);
	});
});
