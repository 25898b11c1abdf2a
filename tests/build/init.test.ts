import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, commandEnv, listFiles, PROJECT, readPage, tempFolder, textOf } from './helpers/build-site.ts';

const NOW = '2026-05-04T10:00:00+01:00';

/** Runs one of the npm commands on a content folder; LANTERN_CONTENT is the folder, as a person would set it. */
function run(script: string, args: string[], content?: string) {
	const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
		cwd: PROJECT,
		env: commandEnv({ ...(content && { LANTERN_CONTENT: content }), LANTERN_NOW: NOW, NO_COLOR: '1' }),
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

			const check = run('check', [], content);
			expect(check.status, check.output).toBe(0);
			expect(check.output).toContain('Content OK: 0 updates');

			const dist = path.join(path.dirname(content), 'dist');
			const built = buildSite(content, dist, { LANTERN_NOW: NOW });
			expect(built.ok, built.output).toBe(true);
			const home = await readPage(dist, organisation.home);
			expect(textOf(home.querySelector('header'))).toContain(organisation.organisation);
			expect(textOf(home.querySelector('.what-to-do'))).toContain(organisation.emergency);
			for (const [file, text] of await builtTexts(dist)) expect(text, file).not.toMatch(DEMO_WORDS);
		});
	}

	it('refuses to replace a folder that has updates, unless --force', async () => {
		const content = path.join(await tempFolder('init-again'), 'content');
		const args = ['--yes', '--organisation', 'Trust', '--emergency', '999', '--gp-on-call', '111'];
		const more = ['--time-zone', 'Europe/London', '--site-url', 'https://status.trust.example/', '--out', content];
		expect(run('init', [...args, ...more]).status).toBe(0);
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
		expect(init.output).toContain(
			'The hospital starting point has no words in de: services.yaml has its English texts there',
		);
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
