import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillContacts } from '../../src/lib/authoring/contact-placeholders.ts';
import { initFiles, type InitAnswers } from '../../src/lib/authoring/init-files.ts';
import { newIncidentId, readStartedTime } from '../../src/lib/authoring/new-incident.ts';
import { answerWords } from '../../src/lib/authoring/typed-time.ts';
import { readStarter, starterKinds, type Starter } from '../../src/lib/authoring/starter.ts';
import { templateWithContacts, type Template } from '../../src/lib/authoring/templates.ts';
import { incidentFile } from '../../src/lib/authoring/update-files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { rawContent } from './helpers/raw-content.ts';
import type { LocalText } from '../../src/schemas/common.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const STARTERS = path.join(PROJECT, 'starters');

describe('numbers in prepared texts', () => {
	const numbers = { emergency: '999', gp_on_call: '111', info_line: undefined };

	it('come from the contacts; a number the site lacks is left for the writer, in brackets', () => {
		expect(
			fillContacts('Call {emergency}, or {gp_on_call}; us on {info_line}. {oops}', numbers, '[PHONE NUMBER]'),
		).toEqual({
			text: 'Call 999, or 111; us on [PHONE NUMBER]. {oops}',
			unknown: ['{oops}'],
		});
	});

	it('are filled in every language of a template, and any other {word} is a problem naming the file', () => {
		const content = validateContent(rawContent()).content!;
		const template: Template = {
			source: { title: 'Bel {emergency}', summary: 'Of {gp_on_call}', body: 'Info: {info_line}.\n' },
			phase: 'ongoing',
			translations: { en: { title: 'Call {emergency}', body: 'Our line: {info_line}. {emergecny}\n' } },
		};
		const fileOf = (lang: string) => `templates/first-hour/${lang}.mdx`;
		expect(templateWithContacts({ ...template, translations: {} }, content, fileOf).template).toEqual({
			source: { title: 'Bel 112', summary: 'Of 1733', body: 'Info: [TELEFOONNUMMER].\n' },
			phase: 'ongoing',
			translations: {},
		});
		expect(templateWithContacts(template, content, fileOf).problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "templates/first-hour/en.mdx  (file)  a template names the numbers to call only by these placeholders: found "{emergecny}" (allowed: {emergency}, {gp_on_call}, {info_line}). Did you mean "{emergency}"?",
			]
		`);
	});

	it('are never written into a template: every template names them by placeholder', async () => {
		const folders = [
			path.join(PROJECT, 'examples/demo/templates'),
			...(await starterKinds(STARTERS)).map((kind) => path.join(STARTERS, kind, 'templates')),
		];
		for (const folder of folders)
			for (const file of await readdir(folder, { recursive: true }))
				if (file.endsWith('.mdx'))
					expect(await readFile(path.join(folder, file), 'utf8'), `${folder}/${file}`).not.toMatch(/\d{3}/);
	});
});

describe('a new incident', () => {
	const now = new Date('2026-05-04T09:00:00Z');

	it('is named by its month and title', () => {
		expect(newIncidentId(now, 'IT-storing: alle systemen uit!', 'Europe/Brussels')).toBe(
			'2026-05-it-storing-alle-systemen-uit',
		);
		expect(newIncidentId(new Date('2026-04-30T23:30:00Z'), '…', 'Europe/London')).toBe('2026-05-incident');
	});

	it('began now, at a clock time today or yesterday, or at a date and time; never later than now', () => {
		const started = (answer: string) => {
			const time = readStartedTime(
				answer,
				now,
				'Europe/London',
				answerWords(validateContent(rawContent()).content!.words),
			);
			return time.kind === 'time' ? time.date.toISOString() : time.kind === 'problem' ? time.problem.kind : time.kind;
		};
		expect(started('')).toBe('2026-05-04T09:00:00.000Z');
		expect(started('now')).toBe('2026-05-04T09:00:00.000Z');
		expect(started('06:30')).toBe('2026-05-04T05:30:00.000Z');
		expect(started('11:00')).toBe('2026-05-03T10:00:00.000Z');
		expect(started('2026-05-01 22:15')).toBe('2026-05-01T21:15:00.000Z');
		expect(started('2026-06-01 08:00')).toBe('not-a-start');
		expect(started('+2h')).toBe('not-a-start');
		expect(started('soon')).toBe('format');
		expect(started('2026-02-30 08:00')).toBe('no-such-day');
	});

	it('is written as the content check reads it', () => {
		const text = incidentFile({ title: { nl: 'IT-storing: "alles" uit' }, started: now }, 'Europe/Brussels');
		expect(text).toBe(
			'# The phase is not set here: it comes from the latest update of this incident.\ntitle:\n  nl: "IT-storing: \\"alles\\" uit"\nstarted: 2026-05-04T11:00:00+02:00\n',
		);
		const { content, problems } = validateContent(rawContent({}, { incidents: { '2026-05-it-storing': text } }));
		expect(problems).toEqual([]);
		expect(content?.incidents[0]).toEqual({
			id: '2026-05-it-storing',
			title: { nl: 'IT-storing: "alles" uit' },
			started: now,
		});
	});
});

describe('init’s files', async () => {
	const { starter } = await readStarter(STARTERS, 'hospital');
	const trust: InitAnswers = {
		organisation: 'Riverside Hospitals NHS Trust',
		languages: ['en'],
		timeZone: 'Europe/London',
		siteUrl: 'https://status.riverside.example/',
		campuses: [{ id: 'main', name: 'Riverside Hospital' }],
		contacts: { emergency: '999', others: [{ id: 'gp_on_call', phone: '111' }] },
		mirrors: [],
		services: [
			{ id: 'emergency' },
			{ id: 'surgery' },
			{ id: 'pharmacy', name: 'Pharmacy', advice: 'Call {gp_on_call}.' },
		],
	};
	const check = (files: Map<string, string>) =>
		validateContent({
			site: { file: 'site.yaml', text: files.get('site.yaml')! },
			services: { file: 'services.yaml', text: files.get('services.yaml')! },
			incidents: new Map(),
			updates: new Map(),
		});

	it('make a site that checks, with the numbers in the services and the starter’s texts in its languages', () => {
		const { files, notes, problems } = initFiles(starter!, trust, (file) => file);
		expect(problems).toEqual([]);
		expect(notes).toEqual([]);
		const { content, problems: checked } = check(files);
		expect(checked).toEqual([]);
		expect(content!.site.contacts).toEqual({
			emergency: '999',
			others: [{ id: 'gp_on_call', phone: '111', places: [] }],
		});
		expect(content!.services.map(({ id, campus, group, key }) => ({ id, campus, group, key }))).toEqual([
			{ id: 'emergency', campus: 'main', group: 'urgent', key: true },
			{ id: 'surgery', campus: 'main', group: 'planned', key: false },
			{ id: 'pharmacy', campus: 'main', key: false },
		]);
		expect(content!.services[0]!.advice).toEqual({
			en: 'Call 999 if a life is in danger. For other urgent care, call 111.',
		});
		expect(content!.services[2]!.advice).toEqual({ en: 'Call 111.' });
		// Only the groups its services use.
		expect(content!.groups.map((group) => group.id)).toEqual(['urgent', 'planned']);
		expect([...files.keys()].filter((file) => file.startsWith('templates/')).sort()).toEqual([
			'templates/README.md',
			'templates/first-hour/en.mdx',
			'templates/ongoing/en.mdx',
			'templates/recovery/en.mdx',
			'templates/resolved/en.mdx',
		]);
		expect(files.get('templates/first-hour/en.mdx')).toMatch(/^---\nphase: ongoing\ntitle: /);
	});

	it('write the contacts as the list: Lantern’s without words, one’s own with words in every language', () => {
		const company: Starter = {
			kind: 'company',
			settings: {
				about: { en: 'A company' },
				contacts: ['emergency', { id: 'customer_line', label: { en: 'Call our customer line:' }, required: true }],
				groups: [],
				services: [{ id: 'orders', key: true, name: { en: 'Orders' }, advice: { en: 'Call {customer_line}.' } }],
				templates: {},
			},
			templates: new Map(),
			words: new Map(),
		};
		const answers: InitAnswers = {
			...trust,
			languages: ['en', 'nl'],
			contacts: {
				emergency: '112',
				others: [
					{ id: 'customer_line', label: { en: 'Call our customer line:' }, phone: '+32 3 555 10 10' },
					{ id: 'status_email', label: { en: 'Write to us:', nl: 'Schrijf ons:' }, email: 'status@spare.example' },
				],
			},
			services: [{ id: 'orders' }],
		};
		const { files, notes, problems } = initFiles(company, answers, (file) => file);
		expect(problems).toEqual([]);
		expect(notes).toEqual([
			'The company starting point has no words in nl: services.yaml and site.yaml have its English texts there; translate them.',
		]);
		const site = files.get('site.yaml')!;
		expect(site.slice(site.indexOf('contacts:'), site.indexOf('# Copies'))).toMatchInlineSnapshot(`
			"contacts:
			  # For a life-threatening emergency.
			  emergency: "112"
			  # Then each of these: an id (never shown; a template's {id} becomes its number), a label
			  # (the words before it, in every language: gp_on_call, info_line and hospitals have
			  # Lantern's own), and a phone, email or url; a note (a line after it, in every language)
			  # and places people can go to instead (- name: ..., phone: "...", url: https://...) are optional.
			  others:
			    - id: customer_line
			      label:
			        en: "Call our customer line:"
			        nl: "Call our customer line:"
			      phone: "+32 3 555 10 10"
			    - id: status_email
			      label:
			        en: "Write to us:"
			        nl: "Schrijf ons:"
			      email: "status@spare.example"

			"
		`);
		const { content, problems: checked } = check(files);
		expect(checked).toEqual([]);
		expect(content!.site.contacts.others.map((contact) => contact.id)).toEqual(['customer_line', 'status_email']);
		expect(content!.services[0]!.advice).toEqual({ en: 'Call +32 3 555 10 10.', nl: 'Call +32 3 555 10 10.' });
	});

	it('give the source-language template the phase, its translations none', () => {
		const { files } = initFiles(starter!, { ...trust, languages: ['fr', 'en'] }, (file) => file);
		expect(files.get('templates/recovery/fr.mdx')).toMatch(/^---\nphase: recovering\ntitle: /);
		expect(files.get('templates/recovery/en.mdx')).toMatch(/^---\ntitle: /);
	});

	it('say which languages the starter has no words in, and use its English there', () => {
		const withoutGerman = ({ de, ...others }: LocalText): LocalText => others;
		const { settings } = starter!;
		const noGerman: Starter = {
			...starter!,
			settings: {
				...settings,
				services: settings.services.map(({ name, description, advice, ...service }) => ({
					...service,
					name: withoutGerman(name),
					...(description && { description: withoutGerman(description) }),
					...(advice && { advice: withoutGerman(advice) }),
				})),
			},
		};
		const answers = { ...trust, languages: ['en', 'de'], services: [{ id: 'emergency' }, { id: 'surgery' }] };
		const { files, notes } = initFiles(noGerman, answers, (file) => file);
		expect(notes).toEqual([
			'The hospital starting point has no words in de: services.yaml has its English texts there; translate them.',
		]);
		const { content, problems } = check(files);
		expect(problems).toEqual([]);
		expect(content!.services[1]!.name).toEqual({ en: 'Planned surgery', de: 'Planned surgery' });
		// With its German, nothing is left in English.
		expect(initFiles(starter!, answers, (file) => file).notes).toEqual([]);
	});

	it('keep the first screen to the services asked for', () => {
		const { files } = initFiles(starter!, { ...trust, keyServices: ['surgery'] }, (file) => file);
		expect(
			check(files)
				.content!.services.filter((service) => service.key)
				.map((service) => service.id),
		).toEqual(['surgery']);
	});

	it('for every starter, hold no text of the demo', async () => {
		for (const kind of await starterKinds(STARTERS)) {
			const { starter: other } = await readStarter(STARTERS, kind);
			const { files } = initFiles(other as Starter, trust, (file) => file);
			for (const [file, text] of files) expect(text, `${kind}: ${file}`).not.toMatch(/Voorbeeld|Noord|Zuid|Gent|1733/);
		}
	});
});
