import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { lanternWords } from '../../src/lib/i18n/read-words.ts';
import { shippedWordFiles } from '../../src/lib/i18n/shipped-words.ts';
import { SMALL_FIXTURE_NOW } from './helpers/global-setup.ts';
import { buildSite, copyContent, listFiles, SMALL_FIXTURE, tempFolder, textOf } from './helpers/build-site.ts';
import { jsonSchemaValidator, readJson, readXml, statuspageDocumentsIn, validateCap } from './helpers/outputs.ts';

/** The languages Lantern ships words for. */
const SHIPPED = [...shippedWordFiles().keys()];

/** The small fixture's languages; the first, Dutch, is its source language. */
const LANGUAGES = ['nl', 'en', 'fr'];
const SOURCE = 'nl';

/** "EXERCISE: " as a language writes it before a title. */
const prefix = (lang: string) => `${lanternWords(lang).exercise.word}${lanternWords(lang).colon}`;

/** The language of a file by its folder (`en/rss.xml`, `fr/services/pharmacy/badge.svg`); the source language at the top. */
const languageOf = (file: string) => (LANGUAGES.includes(file.split('/')[0]!) ? file.split('/')[0]! : SOURCE);

/** The texts that mark a drill, in every language Lantern ships words for: none of them may be in a real site. */
const EXERCISE_TEXTS = SHIPPED.flatMap((lang) => [
	lanternWords(lang).exercise.word,
	lanternWords(lang).exercise.notice,
]);

/** A feed's own title and its entries', whatever its format (Atom's titles carry a type). */
async function feedTitles(dist: string, file: string): Promise<string[]> {
	const text = (title: string | { '#text': string }) => (typeof title === 'string' ? title : title['#text']);
	if (file.endsWith('feed.json')) {
		const feed = await readJson(dist, file);
		return [feed.title, ...feed.items.map((item: any) => item.title)];
	}
	const { rss, feed } = await readXml(dist, file);
	const entries = rss ? (rss.channel.item ?? []) : (feed.entry ?? []);
	return [text((rss?.channel ?? feed).title), ...entries.map((entry: any) => text(entry.title))];
}

describe('a build in exercise mode (`exercise: true` in site.yaml)', () => {
	let dist = '';
	let files: string[] = [];
	const read = (file: string) => readFile(path.join(dist, file), 'utf8');

	beforeAll(async () => {
		const content = await copyContent(SMALL_FIXTURE, 'exercise');
		await writeFile(
			path.join(content, 'site.yaml'),
			`${await readFile(path.join(content, 'site.yaml'), 'utf8')}exercise: true\n`,
		);
		dist = path.join(await tempFolder('exercise'), 'dist');
		const result = buildSite(content, dist, { LANTERN_NOW: SMALL_FIXTURE_NOW });
		expect(result.ok, result.output).toBe(true);
		files = await listFiles(dist);
	});

	it('opens every page with the notice in the reader’s language, first in the body, and keeps every page out of search engines', async () => {
		const pages = files.filter((file) => file.endsWith('.html'));
		expect(pages).toEqual(
			expect.arrayContaining(['index.html', '404.html', 'nl/print/index.html', 'fr/search/index.html']),
		);
		const wrong: string[] = [];
		for (const file of pages) {
			const html = parse(await read(file));
			const lang = html.querySelector('html')!.getAttribute('lang')!;
			const first = html.querySelector('body')!.childNodes.find((node) => textOf(node as never) !== '') as never;
			const notice = html.querySelector('body > .exercise-notice');
			// The pages before a language is chosen say it in every language; the others in the page's own.
			const expected = ['index.html', '404.html'].includes(file) ? LANGUAGES : [lang];
			const said = notice?.querySelectorAll('p').map((line) => [line.getAttribute('lang'), textOf(line)]);
			if (first !== notice || notice?.hasAttribute('hidden') || notice?.classList.contains('no-print'))
				wrong.push(`${file}: the notice is not the first thing in the body, or can be hidden`);
			if (JSON.stringify(said) !== JSON.stringify(expected.map((each) => [each, lanternWords(each).exercise.notice])))
				wrong.push(`${file}: the notice says ${JSON.stringify(said)}`);
			if (html.querySelectorAll('head meta[name="robots"][content="noindex"]').length !== 1)
				wrong.push(`${file}: not exactly one noindex`);
			if (!textOf(html.querySelector('head title')).startsWith(prefix(lang)))
				wrong.push(`${file}: the title does not start with the exercise word`);
		}
		expect(wrong).toEqual([]);
	});

	it('sends CAP alerts with status Exercise, the notice as their note, still valid against the OASIS schema', async () => {
		const alerts = files.filter((file) => /^cap\/.+\.xml$/.test(file));
		expect(alerts).toHaveLength(2);
		for (const file of alerts) {
			const result = await validateCap(file, await read(file));
			expect(result.valid, result.rawOutput).toBe(true);
			const { alert } = await readXml(dist, file);
			expect(alert.status).toBe('Exercise');
			const languages: string[] = [...new Set<string>(alert.info.map((info: any) => info.language))];
			expect(languages).toEqual(['nl', 'en']);
			expect(alert.note).toBe(languages.map((lang) => lanternWords(lang).exercise.notice).join('\n'));
			for (const info of alert.info) expect(info.headline).toMatch(new RegExp(`^${prefix(info.language)}`));
		}
		const { feed } = await readXml(dist, 'cap/index.atom');
		for (const title of [feed.title, ...feed.entry.map((entry: any) => entry.title)])
			expect(title).toMatch(new RegExp(`^${prefix(SOURCE)}`));
	});

	it('starts every feed’s title and every entry’s with the exercise word, in the feed’s language', async () => {
		const feeds = files.filter((file) => /(^|\/)(rss\.xml|atom\.xml|feed\.json)$/.test(file));
		// The site's three formats in three languages, and each of its three services'.
		expect(feeds).toHaveLength(3 * 3 * 4);
		for (const file of feeds) {
			const lang = languageOf(file);
			const titles = await feedTitles(dist, file);
			expect(titles.length, file).toBeGreaterThan(1);
			for (const title of titles) expect([file, title]).toEqual([file, expect.stringMatching(`^${prefix(lang)}`)]);
		}
	});

	it('names the Statuspage page, its status, incidents, updates and maintenances as a drill, in Statuspage’s shapes', async () => {
		const documents = await statuspageDocumentsIn(dist);
		for (const [document, body] of Object.entries(documents))
			expect([document, body.page.name]).toEqual([document, 'OEFENING: Ziekenhuis Proef']);
		const { summary } = documents;
		const texts = [
			summary.status.description,
			...summary.incidents.flatMap((incident: any) => [
				incident.name,
				...incident.incident_updates.map((update: any) => update.body),
			]),
			...summary.scheduled_maintenances.flatMap((maintenance: any) => [
				maintenance.name,
				...maintenance.incident_updates.map((update: any) => update.body),
			]),
		];
		expect(texts.length).toBeGreaterThan(4);
		for (const text of texts) expect(text).toMatch(/^OEFENING: /);
	});

	it('says so in Lantern’s own status document, valid against its schema', async () => {
		const document = await readJson(dist, 'api/status.json');
		expect(Object.keys(document).slice(0, 2)).toEqual(['$schema', 'exercise']);
		expect(document.exercise).toBe(true);
		const ajv = jsonSchemaValidator();
		const validate = ajv.compile(await readJson(dist, 'api/status.schema.json'));
		expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
	});

	it('starts every badge, status.txt and robots.txt with it, and asks search engines to index no file', async () => {
		const badges = files.filter((file) => file.endsWith('badge.svg'));
		expect(badges).toHaveLength((1 + 3) * (1 + 3));
		for (const file of badges) {
			const title = /<title>([^<]*)<\/title>/.exec(await read(file))?.[1];
			expect([file, title]).toEqual([file, expect.stringMatching(`^${prefix(languageOf(file))}`)]);
		}
		for (const file of ['status.txt', ...LANGUAGES.map((lang) => `${lang}/status.txt`)]) {
			const text = await read(file);
			expect([file, text.split('\n')[0]]).toEqual([file, lanternWords(languageOf(file)).exercise.notice]);
			expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(1000);
		}
		// A crawler must still fetch the pages to read their noindex: the notice, and no Disallow.
		expect(await read('robots.txt')).toMatch(
			new RegExp(`^# ${lanternWords(SOURCE).exercise.notice}\nUser-agent: \\*\nAllow: /\n`),
		);
		expect(await read('_headers')).toMatch(/^\/\*\n(  .+\n)*  X-Robots-Tag: noindex\n/);
	});
});

describe('a build that is no drill (the small fixture)', () => {
	const dist = inject('smallDist');

	it('carries no trace of the mode: no exercise word or notice of any language in any file', async () => {
		const texts = EXERCISE_TEXTS.map((text) => Buffer.from(text));
		expect(texts.length).toBeGreaterThanOrEqual(6);
		const found: string[] = [];
		for (const file of await listFiles(dist)) {
			const bytes = await readFile(path.join(dist, file));
			for (const [index, text] of texts.entries())
				if (bytes.includes(text)) found.push(`${file}: ${EXERCISE_TEXTS[index]}`);
		}
		expect(found).toEqual([]);
	});

	it('keeps noindex to the print notices and the not-found page, CAP status Actual, no exercise field or header', async () => {
		const noindex: string[] = [];
		for (const file of (await listFiles(dist)).filter((name) => name.endsWith('.html'))) {
			const html = parse(await readFile(path.join(dist, file), 'utf8'));
			if (html.querySelector('meta[name="robots"]')) noindex.push(file);
			expect([file, html.querySelector('.exercise-notice')]).toEqual([file, null]);
		}
		expect(noindex).toEqual(['404.html', 'en/print/index.html', 'fr/print/index.html', 'nl/print/index.html']);
		const { alert } = await readXml(dist, 'cap/2026-03-02-0900-lab-down.xml');
		expect(alert.status).toBe('Actual');
		expect(alert.note).toBeUndefined();
		expect(await readJson(dist, 'api/status.json')).not.toHaveProperty('exercise');
		expect(await readFile(path.join(dist, '_headers'), 'utf8')).not.toContain('X-Robots-Tag');
	});
});
