import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { initFiles, type InitAnswers, type InitContact } from '../../src/lib/authoring/init-files.ts';
import { readStarter, starterKinds, type Starter } from '../../src/lib/authoring/starter.ts';
import { readTemplate } from '../../src/lib/authoring/templates.ts';
import { lengthOverLimit } from '../../src/lib/content/text-limits.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { shippedWordFiles } from '../../src/lib/i18n/shipped-words.ts';
import { typedNumbers } from '../../src/lib/readiness/template-checks.ts';
import { DEFAULT_STATE_KEYS } from '../../src/schemas/state.ts';
import type { LocalText } from '../../src/schemas/common.ts';
import { BREAKING_SPACE_BEFORE_SIGN, GERMAN_DU, NOT_GERMAN_QUOTES, textsIn } from './helpers/typography.ts';

const STARTERS = path.resolve(import.meta.dirname, '../../starters');
/** Every language Lantern has words for: a starting point speaks each of them. */
const LANGUAGES = [...shippedWordFiles().keys()];
/** The prepared texts every kind has at least. */
const PHASE_TEMPLATES = { 'first-hour': 'ongoing', ongoing: 'ongoing', recovery: 'recovering', resolved: 'resolved' };

const kinds = await starterKinds(STARTERS);

/** Every text of a starter that reaches a site, by where it is in starter.yaml, with its words per language. */
function localTexts(starter: Starter): [at: string, text: LocalText][] {
	const { about, groups, services, states, contacts } = starter.settings;
	return [
		['about', about],
		...groups.map((group, index): [string, LocalText] => [`groups.${index}.name`, group.name]),
		...services.flatMap((service, index) =>
			(['name', 'description', 'advice'] as const).flatMap((field): [string, LocalText][] =>
				service[field] ? [[`services.${index}.${field}`, service[field]]] : [],
			),
		),
		...[...(states?.replace ?? []), ...(states?.add ?? [])].map((state): [string, LocalText] => [
			`states.${state.key}.label`,
			state.label,
		]),
		...contacts.flatMap((contact): [string, LocalText][] =>
			typeof contact === 'string' ? [] : [[`contacts.${contact.id}.label`, contact.label]],
		),
	];
}

/** Init's answers for a site of this kind in every language: a number for each contact it insists on. */
function answersFor(starter: Starter, languages: string[]): InitAnswers {
	const others = starter.settings.contacts.flatMap((contact, index): InitContact[] => {
		const phone = `+32 2 555 10 ${10 + index}`;
		if (contact === 'gp_on_call') return [{ id: contact, phone }];
		if (typeof contact === 'string' || !contact.required) return [];
		return [{ id: contact.id, label: contact.label, phone }];
	});
	return {
		organisation: 'Example',
		languages,
		timeZone: 'Europe/Brussels',
		siteUrl: 'https://status.example.org/',
		campuses: [{ id: 'main', name: 'Example' }],
		contacts: { emergency: '112', others },
		mirrors: [],
		services: starter.settings.services.map((service) => ({ id: service.id })),
	};
}

describe('the starting points of npm run init (starters/)', () => {
	it('are a hospital, a municipality, a school and a company', () => {
		expect(kinds).toEqual(['company', 'hospital', 'municipality', 'school']);
	});

	describe.each(kinds)('%s', async (kind) => {
		const { starter, problems } = await readStarter(STARTERS, kind);

		it('reads through the starter schema', () => {
			expect(problems).toEqual([]);
			expect(starter).toBeDefined();
		});

		it('speaks every language Lantern has: its texts, its states, its contacts, its words and its templates', () => {
			const missing = localTexts(starter!).flatMap(([at, text]) =>
				LANGUAGES.filter((lang) => text[lang] === undefined).map((lang) => `${at}.${lang}`),
			);
			expect(missing).toEqual([]);
			expect([...starter!.words.keys()].sort()).toEqual([...LANGUAGES].sort());
			expect(starter!.settings.templates).toMatchObject(PHASE_TEMPLATES);
			for (const [name, texts] of starter!.templates)
				expect([...texts.keys()].sort(), name).toEqual([...LANGUAGES].sort());
		});

		it('types no phone number into a template, a text or a word: numbers come from the contacts', async () => {
			const files = [
				['starter.yaml', await readFile(path.join(STARTERS, kind, 'starter.yaml'), 'utf8')],
				...[...starter!.words].map(([lang, text]) => [`i18n/${lang}.yaml`, text]),
				...[...starter!.templates].flatMap(([name, texts]) =>
					[...texts].map(([lang, text]) => [`templates/${name}/${lang}.mdx`, text]),
				),
			];
			expect(files.length).toBeGreaterThan(LANGUAGES.length * 5);
			for (const [file, text] of files) expect(typedNumbers(text!, new Map()), `${kind}/${file}`).toEqual([]);
		});

		it('has templates that read as templates, with titles and summaries that fit a phone and a notification', async () => {
			for (const name of starter!.templates.keys())
				for (const source of LANGUAGES) {
					const others = LANGUAGES.filter((lang) => lang !== source);
					const { template, problems } = await readTemplate(path.join(STARTERS, kind), name, [source, ...others]);
					expect(problems, `${name}/${source}`).toEqual([]);
					const texts = [template!.source, ...Object.values(template!.translations)];
					expect(texts).toHaveLength(LANGUAGES.length);
					for (const text of texts) {
						expect(lengthOverLimit('title', text.title), text.title).toBeUndefined();
						expect(lengthOverLimit('summary', text.summary), text.summary).toBeUndefined();
					}
				}
		});

		it('writes its words as Lantern’s words files are written: French spacing, German quotes, Sie', () => {
			const texts = (lang: string) => textsIn(parse(starter!.words.get(lang)!));
			expect(texts('fr').length).toBeGreaterThan(0);
			expect(texts('fr').filter(([, text]) => BREAKING_SPACE_BEFORE_SIGN.test(text))).toEqual([]);
			expect(texts('de').filter(([, text]) => NOT_GERMAN_QUOTES.test(text.replace(/„[^„“]*“/g, '')))).toEqual([]);
			for (const lang of LANGUAGES) expect(starter!.words.get(lang), lang).not.toContain('\u00a0');
			const german = [
				...texts('de'),
				...localTexts(starter!).map(([at, text]): [string, string] => [at, text['de']!]),
				...[...starter!.templates].map(([name, texts]): [string, string] => [name, texts.get('de')!]),
			];
			expect(german.filter(([, text]) => GERMAN_DU.test(text))).toEqual([]);
		});

		it('starts a site in every language that passes the check, with its states, contacts, CAP category and words', () => {
			const languages = ['de', ...LANGUAGES.filter((lang) => lang !== 'de')];
			const answers = answersFor(starter!, languages);
			const { files, notes, problems } = initFiles(starter!, answers, (file) => file);
			expect(problems).toEqual([]);
			expect(notes).toEqual([]);
			const i18n = new Map(
				languages.map((lang) => [lang, { file: `i18n/${lang}.yaml`, text: files.get(`i18n/${lang}.yaml`)! }]),
			);
			const { content, problems: checked } = validateContent({
				site: { file: 'site.yaml', text: files.get('site.yaml')! },
				services: { file: 'services.yaml', text: files.get('services.yaml')! },
				incidents: new Map(),
				updates: new Map(),
				i18n,
			});
			expect(checked).toEqual([]);
			const { states, cap } = starter!.settings;
			expect(content!.states.all.map((state) => state.key)).toEqual(
				states?.replace?.map((state) => state.key) ?? [...DEFAULT_STATE_KEYS],
			);
			expect(content!.site.capCategories).toEqual(cap?.category);
			expect(content!.site.placeType).toBe(starter!.settings.place_type);
			expect(content!.site.contacts.others.map((contact) => contact.id)).toEqual(
				answers.contacts.others.map((contact) => contact.id),
			);
			for (const lang of languages) {
				const own = parse(starter!.words.get(lang)!);
				expect(content!.words.for(lang).cap.event, lang).toBe(own.cap.event);
				for (const name of starter!.templates.keys()) expect(files.has(`templates/${name}/${lang}.mdx`)).toBe(true);
			}
		});
	});

	it('write only the chosen languages', async () => {
		const { starter } = await readStarter(STARTERS, 'municipality');
		const { files } = initFiles(starter!, answersFor(starter!, ['fr', 'de']), (file) => file);
		const languagesIn = (text: string) => [
			...new Set([...text.matchAll(/^ +(de|en|fr|nl): /gm)].map((match) => match[1])),
		];
		expect(languagesIn(files.get('site.yaml')!).sort()).toEqual(['de', 'fr']);
		expect(languagesIn(files.get('services.yaml')!).sort()).toEqual(['de', 'fr']);
		expect([...files.keys()].filter((file) => /\/(en|nl)\.(mdx|yaml)$/.test(file))).toEqual([]);
		expect([...files.keys()].filter((file) => file.startsWith('i18n/'))).toEqual(['i18n/fr.yaml', 'i18n/de.yaml']);
	});
});
