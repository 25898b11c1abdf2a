import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readStarter, type Starter } from '../../src/lib/authoring/starter.ts';
import { lanternWords } from '../../src/lib/i18n/read-words.ts';
import { stateLabel } from '../../src/lib/states.ts';
import { shippedWordFiles } from '../../src/lib/i18n/shipped-words.ts';
import type { LocalText } from '../../src/schemas/common.ts';
import { DEFAULT_STATE_KEYS } from '../../src/schemas/state.ts';
import { textsOf } from './helpers/words-on-pages.ts';
import { buildSite, commandEnv, listFiles, PROJECT, readPage, tempFolder, textOf } from './helpers/build-site.ts';

const NOW = '2026-05-04T10:00:00+01:00';
const STARTERS = path.join(PROJECT, 'starters');

/** Runs one of the npm commands on a content folder; LANTERN_CONTENT is the folder, as a person would set it. */
function run(script: string, args: string[], content?: string, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
		cwd: PROJECT,
		env: commandEnv({ ...(content && { LANTERN_CONTENT: content }), LANTERN_NOW: NOW, NO_COLOR: '1', ...env }),
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every text file of a built site (pages, feeds, APIs, alerts, badges), for words that must not be there. */
async function builtTexts(dist: string): Promise<Map<string, string>> {
	const texts = new Map<string, string>();
	for (const file of await listFiles(dist))
		if (/\.(html|xml|json|txt|svg|atom|css|js)$|_headers$/.test(file))
			texts.set(file, await readFile(path.join(dist, file), 'utf8'));
	return texts;
}

/** npm run check on a content folder, which must count these updates, then a build beside it: its dist/. */
function checkedAndBuilt(content: string, updates: string): string {
	const check = run('check', [], content);
	expect(check.status, check.output).toBe(0);
	expect(check.output).toContain(`Content OK: ${updates}`);
	const dist = path.join(path.dirname(content), 'dist');
	const built = buildSite(content, dist, { LANTERN_NOW: NOW });
	expect(built.ok, built.output).toBe(true);
	return dist;
}

/** What only the demo says: its name, its GP number, its city. */
const DEMO_WORDS = /AZ Voorbeeld|azvoorbeeld|\b1733\b|\bGent\b|Noord|Zuid/;

const ORGANISATIONS = [
	{
		name: 'an English-only hospital trust with one site and 999',
		organisation: 'Riverside Hospitals NHS Trust',
		emergency: '999',
		home: 'en',
		args: [
			'--languages',
			'en',
			'--time-zone',
			'Europe/London',
			'--site-url',
			'https://status.riverside.example/',
			'--gp-on-call',
			'111',
		],
	},
	{
		name: 'a two-language site',
		organisation: 'Hôpital du Lac',
		emergency: '144',
		home: 'fr',
		args: [
			'--languages',
			'fr,en',
			'--time-zone',
			'Europe/Zurich',
			'--site-url',
			'https://statut.hopital-du-lac.example/',
			'--gp-on-call',
			'0848 133 133',
			'--info-line',
			'+41 21 555 00 00',
			'--campus',
			'lac=Hôpital du Lac',
		],
	},
	{
		name: 'the demo’s own shape: three languages, two campuses, an info line and mirrors',
		organisation: 'Ziekenhuis Oosterweel',
		emergency: '112',
		home: 'nl',
		args: [
			'--languages',
			'nl,en,fr',
			'--time-zone',
			'Europe/Brussels',
			'--site-url',
			'https://status.oosterweel.example/',
			'--gp-on-call',
			'+32 3 555 17 17',
			'--info-line',
			'+32 3 555 00 00',
			'--campus',
			'oost=Campus Oost',
			'--campus',
			'west=Campus West',
			'--service',
			'emergency',
			'--service',
			'maternity',
			'--service',
			'surgery',
			'--service',
			'visiting',
			'--service-campus',
			'maternity=oost',
			'--service-campus',
			'surgery=west',
			'--key',
			'emergency',
			'--key',
			'maternity',
			'--mirror',
			'https://oosterweel.github.io/status/',
		],
	},
];

describe('npm run init -- --yes', () => {
	for (const organisation of ORGANISATIONS) {
		it(`writes content that checks and builds, for ${organisation.name}, with nothing of the demo in it`, async () => {
			const content = path.join(await tempFolder('init'), 'content');
			const init = run('init', [
				'--yes',
				'--organisation',
				organisation.organisation,
				'--emergency',
				organisation.emergency,
				'--out',
				content,
				...organisation.args,
			]);
			expect(init.status, init.output).toBe(0);
			expect(await readdir(content)).not.toContain('updates');

			const dist = checkedAndBuilt(content, '0 updates');
			const home = await readPage(dist, organisation.home);
			expect(textOf(home.querySelector('header'))).toContain(organisation.organisation);
			expect(textOf(home.querySelector('.what-to-do'))).toContain(organisation.emergency);
			for (const [file, text] of await builtTexts(dist)) expect(text, file).not.toMatch(DEMO_WORDS);
		});
	}

	it('names every missing answer at once, and takes no time zone from a computer set to UTC', async () => {
		const out = path.join(await tempFolder('init-missing'), 'content');
		const onServer = run('init', ['--yes', '--organisation', 'Trust', '--out', out], undefined, { TZ: 'UTC' });
		expect(onServer.status).toBe(2);
		expect(onServer.output.split('\n')[0]).toMatchInlineSnapshot(
			`"npm run init: missing --time-zone ZONE (this computer says UTC), --site-url URL, --emergency NUMBER, --gp-on-call NUMBER (with --yes, or outside a terminal, every answer comes from a flag)"`,
		);
		const onLaptop = run('init', ['--yes', '--organisation', 'Trust', '--out', out], undefined, {
			TZ: 'Europe/London',
		});
		expect(onLaptop.output.split('\n')[0]).not.toContain('--time-zone');
		expect(await readdir(path.dirname(out))).toEqual([]);
	});

	it('refuses to replace a site that is there, with or without updates, unless --force', async () => {
		const content = path.join(await tempFolder('init-again'), 'content');
		const args = ['--yes', '--organisation', 'Trust', '--emergency', '999', '--gp-on-call', '111'];
		const more = ['--time-zone', 'Europe/London', '--site-url', 'https://status.trust.example/', '--out', content];
		expect(run('init', [...args, ...more]).status).toBe(0);
		// What was set up by hand since (services.yaml, site.yaml) is not lost to a second init.
		const edited = run('init', [...args, ...more]);
		expect(edited.status).toBe(1);
		expect(edited.output).toContain('has a site.yaml already; init would replace that site.');
		const first = run(
			'new',
			['--yes', '--new-incident', 'IT outage', '--title', 'Systems down', '--body', 'Down.', '--next-update', 'none'],
			content,
		);
		expect(first.status, first.output).toBe(0);
		const again = run('init', [...args, ...more]);
		expect(again.status).toBe(1);
		expect(again.output).toContain('has 1 update(s) already; init would replace that site.');
		expect(await readdir(path.join(content, 'updates'))).toHaveLength(1);
		const forced = run('init', [...args, ...more, '--force']);
		expect(forced.status, forced.output).toBe(0);
		expect(await readdir(content)).not.toContain('updates');
	});
});

describe('npm run new on a new site', () => {
	it('speaks the source language, which has words as every site language does; --lang chooses', async () => {
		const content = path.join(await tempFolder('init-languages'), 'content');
		const site = ['--yes', '--organisation', 'Klinik', '--emergency', '112', '--gp-on-call', '116117'];
		const more = ['--time-zone', 'Europe/Berlin', '--site-url', 'https://status.klinik.example/', '--out', content];
		const init = run('init', [...site, '--languages', 'de,nl', ...more]);
		expect(init.status, init.output).toBe(0);
		// The hospital starting point speaks German and Dutch: nothing is left in English.
		expect(init.output).not.toContain('has no words in');
		expect(await readFile(path.join(content, 'services.yaml'), 'utf8')).toContain('de: "Notaufnahme"');
		const update = (name: string) => ['--yes', '--new-incident', name, '--title', name, '--next-update', 'none'];
		expect(run('new', [...update('IT-Störung'), '--body', 'Text.'], content).output).toMatch(/^Geschrieben: /);
		expect(run('new', [...update('Netzstörung'), '--body', 'Tekst.', '--lang', 'nl'], content).output).toMatch(
			/^Geschreven: /,
		);
	});
});

describe('the first update of a new site, with one command', () => {
	it('writes the incident and the update, and the build shows both', async () => {
		const content = path.join(await tempFolder('first-update'), 'content');
		const [trust] = ORGANISATIONS;
		const init = run('init', [
			'--yes',
			'--organisation',
			trust!.organisation,
			'--emergency',
			trust!.emergency,
			'--out',
			content,
			...trust!.args,
		]);
		expect(init.status, init.output).toBe(0);

		const created = run(
			'new',
			[
				'--yes',
				'--new-incident',
				'IT outage',
				'--started',
				'06:30',
				'--title',
				'Our IT systems are down',
				'--summary',
				'The emergency department is open. Planned operations are postponed.',
				'--service',
				'surgery=postponed',
				'--note',
				'surgery=We will call you with a new date.',
				'--next-update',
				'14:00',
				'--body',
				'## What happened?\n\nOur computer systems went down this morning.',
			],
			content,
		);
		expect(created.status, created.output).toBe(0);
		// The questions and messages speak the site's own language.
		expect(created.output).toContain('Written: ');
		expect(await readFile(path.join(content, 'incidents', '2026-05-it-outage.yaml'), 'utf8')).toContain(
			'started: 2026-05-04T06:30:00+01:00',
		);

		const dist = path.join(path.dirname(content), 'dist');
		const built = buildSite(content, dist, { LANTERN_NOW: NOW });
		expect(built.ok, built.output).toBe(true);
		const home = await readPage(dist, 'en');
		expect(textOf(home.querySelector('.message .message-title'))).toBe('Our IT systems are down');
		expect(textOf(home.querySelector('.board [data-service="surgery"]'))).toContain('Postponed');
		const incident = await readPage(dist, 'en/incidents/2026-05-it-outage');
		expect(textOf(incident.querySelector('h1'))).toContain('IT outage');
	});
});

/** One site per kind of organisation: its languages (German among them), its numbers, and two services put in states of its own. */
const KINDS = [
	{
		kind: 'hospital',
		organisation: 'Klinik am See',
		languages: ['de', 'fr'],
		contacts: { gp_on_call: '+32 87 55 17 17', info_line: '+32 87 55 00 00' },
		changes: { emergency: 'no-ambulance', surgery: 'postponed' },
	},
	{
		kind: 'municipality',
		organisation: 'Gemeinde Lindenberg',
		languages: ['de', 'fr'],
		contacts: { town_info_line: '+32 87 55 40 00', social_services: '+32 87 55 40 40' },
		changes: { 'civil-registry': 'appointment-only', 'online-counter': 'online-only' },
	},
	{
		kind: 'school',
		organisation: 'Basisschool De Linde',
		languages: ['nl', 'de'],
		contacts: { school_office: '+32 9 555 30 30' },
		changes: { lessons: 'online', 'school-transport': 'changed' },
	},
	{
		kind: 'company',
		organisation: 'Lindner Versand',
		languages: ['de', 'en'],
		contacts: { customer_line: '+32 2 555 60 60', status_email: 'status@lindner-spare.example' },
		changes: { shop: 'cash-only', orders: 'taken-later' },
	},
];

/** A text as read on a page: non-breaking spaces (in numbers) read as plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/**
 * What only a hospital's site says, derived rather than listed: the hospital starting point's
 * service and group names and its own words, Lantern's hospital states and its words for a GP
 * and other hospitals, in every language; less what the kind says itself or Lantern says to every
 * site (“Open”, “Closed”). Plus the words that name a hospital, a patient or a doctor.
 */
async function hospitalPhrases(kind: Starter): Promise<{ phrases: string[]; words: RegExp }> {
	const { starter: hospital } = await readStarter(STARTERS, 'hospital');
	const languages = [...shippedWordFiles().keys()];
	const texts = (text: LocalText) => Object.values(text);
	const hospitalOnly = (lang: string) => {
		const { states, whatToDo } = lanternWords(lang);
		return [...DEFAULT_STATE_KEYS.map((key) => states[key]), whatToDo.gpOnCall, whatToDo.hospitals];
	};
	const candidates = [
		...hospital!.settings.services.flatMap((service) => texts(service.name)),
		...hospital!.settings.groups.flatMap((group) => texts(group.name)),
		...[...hospital!.words.values()].flatMap((file) => [...textsOf(parse(file)).values()]),
		...languages.flatMap(hospitalOnly),
	];
	const everySite = languages.flatMap((lang) => {
		const hospitalWords = new Set(hospitalOnly(lang));
		const file = parse(shippedWordFiles().get(lang)!.text);
		return [...textsOf(file).values()].filter((text) => !hospitalWords.has(text));
	});
	const own = [
		...(kind.settings.states?.replace ?? []).flatMap((state) => texts(state.label)),
		...kind.settings.services.flatMap((service) => texts(service.name)),
		...kind.settings.contacts.flatMap((contact) => (typeof contact === 'string' ? [] : texts(contact.label))),
	];
	const allowed = [...own, ...everySite].map((text) => text.toLowerCase());
	const phrases = [...new Set(candidates)].filter(
		(phrase) => !allowed.some((text) => text.includes(phrase.toLowerCase())),
	);
	return {
		phrases,
		words: /hospital|ziekenhuis|hôpita|krankenh|\bpatient|patiënt|\bGPs?\b|huisarts|médecin|arzt|ärzt/i,
	};
}

describe('npm run init -- --kind, one site per kind of organisation', () => {
	for (const site of KINDS) {
		it(`writes a ${site.kind} site in ${site.languages.join(' and ')} that checks, builds and shows its own states and contacts${site.kind === 'hospital' ? '' : ', with no hospital word'}`, async () => {
			const { starter } = await readStarter(STARTERS, site.kind);
			const content = path.join(await tempFolder(`init-${site.kind}`), 'content');
			const init = run('init', [
				'--yes',
				'--kind',
				site.kind,
				'--organisation',
				site.organisation,
				'--languages',
				site.languages.join(','),
				'--time-zone',
				'Europe/Brussels',
				'--site-url',
				`https://status.${site.kind}.example/`,
				'--emergency',
				'112',
				...Object.entries(site.contacts).flatMap(([id, reach]) =>
					id === 'gp_on_call' || id === 'info_line'
						? [`--${id.replace(/_/g, '-')}`, reach]
						: ['--contact', `${id}=${reach}`],
				),
				'--out',
				content,
			]);
			expect(init.status, init.output).toBe(0);
			expect(init.output).not.toContain('has no words in');
			expect((await readdir(path.join(content, 'templates'))).sort()).toEqual(
				[...starter!.templates.keys(), 'README.md'].sort(),
			);

			const services = Object.entries(site.changes).flatMap(([id, state]) => ['--service', `${id}=${state}`]);
			const update = ['--yes', '--new-incident', 'IT', '--title', 'IT', '--body', 'IT.', '--next-update', 'none'];
			const created = run('new', [...update, ...services], content);
			expect(created.status, created.output).toBe(0);
			const dist = checkedAndBuilt(content, '1 update');

			const ownState = (key: string) => starter!.settings.states?.replace?.find((state) => state.key === key);
			for (const lang of site.languages) {
				const home = await readPage(dist, lang);
				const board = home.querySelector('.board');
				for (const [id, key] of Object.entries(site.changes)) {
					const line = board!.querySelector(`[data-service="${id}"]`);
					expect(line!.getAttribute('data-state')).toBe(key);
					expect(plain(textOf(line))).toContain(ownState(key)?.label[lang] ?? stateLabel(key, lanternWords(lang)));
				}
				const normal = starter!.settings.states?.replace?.find((state) => state.rank === 0);
				if (normal) expect(plain(textOf(board))).toContain(normal.label[lang]);

				const whatToDo = plain(textOf(home.querySelector('.what-to-do')));
				expect(whatToDo).toContain('112');
				// Each contact with its words in the page's language, in the order the starting point gives.
				const lines = Object.entries(site.contacts).map(([id, reach]) => {
					const own = starter!.settings.contacts.find((entry) => typeof entry !== 'string' && entry.id === id);
					const { whatToDo } = lanternWords(lang);
					const label =
						typeof own === 'object' ? own.label[lang] : id === 'gp_on_call' ? whatToDo.gpOnCall : whatToDo.infoLine;
					return plain(`${label} ${reach}`);
				});
				const at = lines.map((line) => whatToDo.indexOf(line));
				expect(
					at.every((index) => index > whatToDo.indexOf('112')),
					`${whatToDo}\n${lines.join('\n')}`,
				).toBe(true);
				expect(at).toEqual([...at].sort((a, b) => a - b));
			}

			const texts = await builtTexts(dist);
			for (const [file, text] of texts) expect(text, file).not.toMatch(DEMO_WORDS);
			if (site.kind === 'hospital') return;
			const { phrases, words } = await hospitalPhrases(starter!);
			expect(phrases).toEqual(expect.arrayContaining(['No ambulance arrivals (walk-ins seen)', 'Notaufnahme']));
			for (const [file, text] of texts) {
				const lower = text.toLowerCase();
				expect(
					phrases.filter((phrase) => lower.includes(phrase.toLowerCase())),
					file,
				).toEqual([]);
				expect(text, file).not.toMatch(words);
			}
		});
	}
});
