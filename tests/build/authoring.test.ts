import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateForm } from '../../src/lib/authoring/issue-forms.ts';
import { placeholdersIn } from '../../src/lib/authoring/placeholders.ts';
import { readContentFolder } from '../../src/lib/content/read-content-folder.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { renderIssue } from '../unit/helpers/issue-body.ts';
import {
	buildSite,
	copyContent,
	DEMO_CONTENT,
	PROJECT,
	readPage,
	SMALL_FIXTURE,
	tempFolder,
	textOf,
} from './helpers/build-site.ts';
import { commandEnv } from './helpers/build-site.ts';

const NOW = '2026-03-05T12:00:00+01:00';
const BAD_FIXTURE = path.join(PROJECT, 'tests/fixtures/bad');

function run(script: string, content: string, args: string[] = [], now = NOW, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
		cwd: PROJECT,
		env: commandEnv({ LANTERN_CONTENT: content, LANTERN_NOW: now, NO_COLOR: '1', ...env }),
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The update form of the small fixture, as `npm run forms` makes it. */
const SMALL_UPDATE_FORM = updateForm(validateContent(await readContentFolder(SMALL_FIXTURE)).content!);

/** An issue made with the update form, as the git host renders it: the pharmacy closes, lab West will have delays tomorrow. */
const PHARMACY_ISSUE = renderIssue(SMALL_UPDATE_FORM, {
	Incident: 'Storing in het labo (2026-03-lab)',
	'Fase van het incident': 'Lopend',
	Titel: 'Apotheek tijdelijk dicht',
	Samenvatting: 'De apotheek is vandaag dicht.',
	'Alle campussen · Apotheek': 'Gesloten',
	'Uitleg bij Alle campussen · Apotheek (mag leeg)': 'Ga naar uw eigen apotheek.',
	'Campus West · Labo West': 'Open, met wachttijden',
	'Vanaf wanneer, voor Campus West · Labo West (mag leeg: dan meteen)': '2026-03-05 08:00',
	'Volgende update': '2026-03-04 16:00',
	Tekst: '## Wat is er gebeurd?\n\nDe apotheek is dicht.',
});

/** Fills every [PLACEHOLDER] in the files of an update folder. */
async function fillPlaceholders(folder: string) {
	for (const file of await readdir(folder)) {
		let text = await readFile(path.join(folder, file), 'utf8');
		for (const placeholder of placeholdersIn(text)) text = text.replaceAll(placeholder, '10:00');
		await writeFile(path.join(folder, file), text);
	}
}

describe('npm run check', () => {
	it('lists every problem of a folder of bad files at once, in plain words, and fails', () => {
		const { status, output } = run('check', path.relative(PROJECT, BAD_FIXTURE));
		expect(status).toBe(1);
		expect(output).toMatchInlineSnapshot(`
			"tests/fixtures/bad/services.yaml:11:13  services.1.campus  there is no such campus in site.yaml: found "wset" (allowed: oost, west). Did you mean "west"?
			tests/fixtures/bad/updates/2026-03-02-0900-lab-down/nl.mdx:11:13  services.lab-west.state  this value is not allowed: found "delay" (allowed: open, delays, reduced, urgent-only, no-ambulance, postponed, unavailable, closed). Did you mean "delays"?
			tests/fixtures/bad/updates/2026-03-02-0900-lab-down/nl.mdx:12:3  services.pharmacie  there is no such service in services.yaml: found "pharmacie" (allowed: lab-oost, lab-west, pharmacy). Did you mean "pharmacy"?
			tests/fixtures/bad/updates/2026-03-02-0900-lab-down/nl.mdx:17:1  body  HTML is not allowed in an update (<script>); use Markdown, or one of the components (allowed: <Callout>, <Contact>, <ServiceState>)
			tests/fixtures/bad/updates/2026-03-02-0900-lab-down/en.mdx:4:1  phase  a translation carries only its text; "phase" belongs in nl.mdx (allowed: title, summary, notes, source_hash)
			tests/fixtures/bad/updates/2026-03-02-1500-lab-partly-back/nl.mdx:3:12  published  expected a date and time with an offset, such as 2026-01-13T09:15:00+01:00: found "2026-03-02T15:00"
			tests/fixtures/bad/updates/2026-03-02-1500-lab-partly-back/nl.mdx:14:37  body  this link is not allowed; links must start with https://, http://, mailto: or tel:, or point within this site: found "javascript:alert(1)"
			tests/fixtures/bad/updates/2026-03-02-1500-lab-partly-back/nl.mdx:14:70  body  expressions in { } are not allowed; write the text itself (a literal { is written &#123;), and a number to call as <Contact kind="emergency" />: found "{new Date()}"
			tests/fixtures/bad/updates/2026-03-03-0900-draft/nl.mdx:2:11  incident  there is no such file in content/incidents/: found "2026-03-lba" (allowed: 2026-03-lab). Did you mean "2026-03-lab"?

			9 errors and 0 warnings: fix the errors above; nothing can be published until then.
			"
		`);
	});

	it('passes good content, printing warnings that do not block', () => {
		const { status, output } = run('check', path.relative(PROJECT, SMALL_FIXTURE));
		expect(status).toBe(0);
		expect(output).toContain(
			'warning: tests/fixtures/small/updates/2026-03-02-1500-lab-partly-back/en.mdx:4:14  source_hash  the nl text changed',
		);
		expect(output).toContain('next_update  the next update was promised for 2026-03-03T08:00:00.000Z and is overdue');
		// The draft closes the pharmacy now while an earlier update's window for it is still to come.
		expect(output).toContain(
			'warning: tests/fixtures/small/updates/2026-03-03-0900-draft/nl.mdx:8:13  services.pharmacy  this sets pharmacy now, but the change update 2026-03-02-1500-lab-partly-back planned for it',
		);
		expect(output).toContain('Content OK: 4 updates, 3 services, 3 warnings.');
	});

	it('refuses what the build would refuse, naming it: a content folder that is not there, a LANTERN_EXERCISE it cannot read', async () => {
		expect(run('check', 'tests/fixtures/no-such-folder')).toMatchInlineSnapshot(`
			{
			  "output": "tests/fixtures/no-such-folder  (file)  there is no such content folder; set LANTERN_CONTENT to the folder that holds site.yaml, or run npm run init to start one in content/

			1 error and 0 warnings: fix the errors above; nothing can be published until then.
			",
			  "status": 1,
			}
		`);
		const empty = await tempFolder('no-site-yaml');
		expect(run('check', path.relative(PROJECT, empty)).output).toContain(
			`site.yaml is missing from the content folder ${path.relative(PROJECT, empty)}`,
		);
		const drill = run('check', path.relative(PROJECT, SMALL_FIXTURE), [], NOW, { LANTERN_EXERCISE: 'yes' });
		expect(drill.status).toBe(1);
		expect(drill.output.split('\n')[0]).toBe(
			'LANTERN_EXERCISE takes 1 (a drill) or 0 (as site.yaml says); found "yes"',
		);
	});
});

describe('npm run from-issue', () => {
	it('turns an issue made with the update form into an update that checks, builds and shows on the board', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'from-issue');
		const now = '2026-03-04T07:30:00+01:00';
		const body = path.join(path.dirname(content), 'issue.md');
		await writeFile(body, PHARMACY_ISSUE);
		const converted = run('from-issue', content, ['--form', 'update', '--body', body], now);
		expect(converted.status, converted.output).toBe(0);
		expect(converted.output).toContain('updates/2026-03-04-0730-apotheek-tijdelijk-dicht/nl.mdx');
		const dist = path.join(path.dirname(content), 'dist');
		const built = buildSite(content, dist, { LANTERN_NOW: now });
		expect(built.ok, built.output).toBe(true);
		const home = await readPage(dist, 'nl');
		expect(textOf(home.querySelector('.board [data-service="pharmacy"]'))).toContain('Gesloten');
		expect(textOf(home.querySelector('.message .message-title'))).toBe('Apotheek tijdelijk dicht');
	});

	it('prints the problems by form field, writes nothing and fails', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'from-issue-bad');
		const body = path.join(path.dirname(content), 'issue.md');
		await writeFile(body, PHARMACY_ISSUE.replace('Storing in het labo (2026-03-lab)', '_No response_'));
		const converted = run('from-issue', content, ['--form', 'update', '--body', body]);
		expect(converted.status).toBe(1);
		expect(converted.output).toContain('Incident: dit is leeg; vul het in');
		await writeFile(body, '### Titel\n\nAlleen een titel');
		const headings = run('from-issue', content, ['--form', 'update', '--body', body]);
		expect(headings.status).toBe(1);
		expect(headings.output).toContain(
			'Incident: dit kopje van het formulier ontbreekt; zet het terug, met het antwoord eronder\n',
		);
		expect(headings.output).toContain(
			'De kopjes van het formulier, elk één keer, in deze volgorde:\n### Incident\n### Fase van het incident\n### Titel\n',
		);
		expect(await readdir(path.join(content, 'updates'))).toEqual(await readdir(path.join(SMALL_FIXTURE, 'updates')));
	});
});

describe('npm run issue-to-pr', () => {
	it('writes the files and a pull request a reviewer can judge on a phone, or the comment with the problems', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'issue-to-pr');
		const now = '2026-03-04T07:30:00+01:00';
		const out = path.join(path.dirname(content), 'out');
		const body = path.join(path.dirname(content), 'issue.md');
		await writeFile(body, PHARMACY_ISSUE);
		const args = ['--form', 'update', '--issue', '7', '--body', body, '--out', out];
		const good = run('issue-to-pr', content, args, now);
		expect(good.output).toContain('ok=true');
		expect(await readFile(path.join(out, 'pull-request-title.txt'), 'utf8')).toBe('Apotheek tijdelijk dicht');
		expect(await readFile(path.join(out, 'pull-request.md'), 'utf8')).toBe(
			[
				'**Apotheek tijdelijk dicht**',
				'De apotheek is vandaag dicht.',
				'| Dienst | Was | Wordt |\n| --- | --- | --- |\n| Alle campussen · Apotheek | Open | Gesloten: Ga naar uw eigen apotheek. |',
				'**Vooraf aangekondigd**\n- Labo West, Campus West: Open, met wachttijden vanaf donderdag 5 maart 2026 om 08:00',
				// The fixture planned the pharmacy closed on Friday; closing it now leaves that standing, and the reviewer is told.
				'> Let op: deze eerder aangekondigde wijziging blijft gelden: Apotheek: Gesloten van vrijdag 6 maart 2026 om 08:00 tot 10:00. Moet ze vervallen, zet dan cancel: true bij die dienst in het bestand voor u samenvoegt.',
				'Volgende update verwacht: 4 mrt 2026, 16:00',
				'---',
				'## Wat is er gebeurd?\n\nDe apotheek is dicht.',
				'---',
				'Closes #7\n',
			].join('\n\n'),
		);
		expect(await readdir(path.join(content, 'updates'))).toContain('2026-03-04-0730-apotheek-tijdelijk-dicht');

		await writeFile(body, '### Titel\n\nAlleen een titel');
		const bad = run(
			'issue-to-pr',
			content,
			['--form', 'update', '--issue', '8', '--body', body, '--out', `${out}-bad`],
			now,
		);
		expect(bad.status).toBe(0);
		expect(bad.output).toContain('ok=false');
		const comment = await readFile(path.join(`${out}-bad`, 'comment.md'), 'utf8');
		expect(comment).toContain(
			'Deze update kan nog niet verschijnen:\n\n- **Incident**: dit kopje van het formulier ontbreekt; zet het terug, met het antwoord eronder\n',
		);
		expect(comment).toContain('De kopjes van het formulier, elk één keer, in deze volgorde:\n\n- `### Incident`\n');
	});

	it('still comments, in the form’s language, when it crashes or a later step fails, and the run fails', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'issue-to-pr-crash');
		const out = path.join(path.dirname(content), 'out');
		const log = { GITHUB_SERVER_URL: 'https://git.example', GITHUB_REPOSITORY: 'org/status', GITHUB_RUN_ID: '42' };
		// The body file is not there: a fault of the run, not of the author's answers.
		const missing = path.join(path.dirname(content), 'no-such-issue.md');
		const crashed = run(
			'issue-to-pr',
			content,
			['--form', 'update', '--issue', '9', '--body', missing, '--out', out],
			NOW,
			log,
		);
		expect(crashed.status).toBe(1);
		expect(crashed.output).toContain('ok=false');
		const comment = await readFile(path.join(out, 'comment.md'), 'utf8');
		expect(comment).toMatchInlineSnapshot(`
			"Dit issue kon geen update worden, door een fout in Lantern of in de controle, niet in uw antwoorden. Er is niets gepubliceerd. Vraag een collega die de site beheert om het verslag te lezen: https://git.example/org/status/actions/runs/42; is het opgelost, pas dan het issue aan en het wordt opnieuw geprobeerd.
			"
		`);
		// The workflow's last step keeps the conversion's own comment…
		expect(run('issue-to-pr', content, ['--after-failure', '--out', out], NOW, log).status).toBe(0);
		expect(await readFile(path.join(out, 'comment.md'), 'utf8')).toBe(comment);
		// …and writes one when a step after a clean conversion failed (the check or the build).
		const later = path.join(path.dirname(content), 'out-later');
		expect(run('issue-to-pr', content, ['--after-failure', '--out', later], NOW, log).status).toBe(0);
		expect(await readFile(path.join(later, 'comment.md'), 'utf8')).toBe(comment);
	});
});

describe('npm run new', () => {
	it('writes an update from flags that, once written out, checks and builds', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'new');
		const now = '2026-03-04T07:30:00+01:00';
		const created = run(
			'new',
			content,
			[
				'--yes',
				'--incident',
				'2026-03-lab',
				'--title',
				'Apotheek tijdelijk dicht',
				'--summary',
				'De apotheek is vandaag dicht.',
				'--service',
				'pharmacy=closed',
				'--note',
				'pharmacy=Ga naar uw eigen apotheek.',
				'--service',
				'lab-west=delays',
				'--from',
				'lab-west=2026-03-05 08:00',
				'--until',
				'lab-west=2026-03-05 10:00',
				'--next-update',
				'16:00',
			],
			now,
		);
		expect(created.status, created.output).toBe(0);
		const folder = path.join(content, 'updates', '2026-03-04-0730-apotheek-tijdelijk-dicht');
		const written = await readFile(path.join(folder, 'nl.mdx'), 'utf8');
		expect(written).toContain('published: 2026-03-04T07:30:00+01:00');
		expect(written).toContain('next_update: 2026-03-04T16:00:00+01:00');
		// A change announced ahead of time, for two hours tomorrow morning.
		expect(written).toContain(
			'  lab-west:\n    state: delays\n    from: 2026-03-05T08:00:00+01:00\n    until: 2026-03-05T10:00:00+01:00\n',
		);
		expect(written).toContain('## Wat moet u doen?');

		// The standard sections still say [SCHRIJF HIER]: check refuses to publish that.
		const unfinished = run('check', content, [], now);
		expect(unfinished.status).toBe(1);
		expect(unfinished.output).toContain(
			'a placeholder is not filled in yet (replace it with the real text): found "[SCHRIJF HIER]"',
		);

		await fillPlaceholders(folder);
		expect(run('check', content, [], now).status).toBe(0);
		const dist = path.join(path.dirname(content), 'dist');
		const built = buildSite(content, dist, { LANTERN_NOW: now });
		expect(built.ok, built.output).toBe(true);
		const home = await readPage(dist, 'en');
		expect(textOf(home.querySelector('.board [data-service="pharmacy"]'))).toContain('Closed');
		expect(textOf(home.querySelector('.board [data-service="lab-west"] .planned'))).toContain(
			'Planned from Thursday, 5 March 2026 at 08:00 until 10:00',
		);
	});

	it('starts from a template in every language, and says which placeholders to fill in', async () => {
		const content = await copyContent(DEMO_CONTENT, 'template');
		const now = '2026-11-26T06:45:00+01:00';
		const created = run(
			'new',
			content,
			[
				'--yes',
				'--template',
				'first-hour',
				'--incident',
				'2026-01-cyberattack',
				'--next-update',
				'+2h',
				'--service',
				'mug=unavailable',
			],
			now,
		);
		expect(created.status, created.output).toBe(0);
		const folder = path.join(
			content,
			'updates',
			(await readdir(path.join(content, 'updates'))).find((id) => id.startsWith('2026-11-26-0645'))!,
		);
		expect((await readdir(folder)).sort()).toEqual(['en.mdx', 'fr.mdx', 'nl.mdx']);
		// The template names the numbers; the update has the demo's own, from site.yaml, in every language.
		const english = await readFile(path.join(folder, 'en.mdx'), 'utf8');
		expect(english).toContain('Call **112** if a life is in danger.');
		expect(english).toContain('call the GP on-call service on **1733**');
		expect(english).toContain('Call us on **+32 9 123 45 00**');
		expect(await readFile(path.join(folder, 'nl.mdx'), 'utf8')).not.toMatch(/\{(emergency|gp_on_call|info_line)\}/);
		expect(created.output).toMatch(/Vul nog in .*nl\.mdx: .*\[TIJDSTIP\]/);
		expect(created.output).toContain(`npm run translate -- --stamp ${path.basename(folder)} en fr`);
		await fillPlaceholders(folder);
		// Filling in the Dutch text changed it after the translations were made: confirming them clears the warning.
		expect(run('check', content, [], now).output).toContain(`${path.basename(folder)}/en.mdx:4:14  source_hash`);
		expect(run('translate', content, ['--stamp', path.basename(folder), 'en', 'fr']).status).toBe(0);
		const checked = run('check', content, [], now);
		expect(checked.status, checked.output).toBe(0);
		expect(checked.output).not.toContain(path.basename(folder));
	});

	it('refuses a time that does not exist and a title too long, and says which of a twice-happening hour it took', () => {
		const args = ['--yes', '--incident', '2026-03-lab', '--title', 'Apotheek dicht', '--service', 'pharmacy=closed'];
		const refused = (extra: string[]) => run('new', SMALL_FIXTURE, [...args, ...extra]);
		expect(refused(['--next-update', '2026-03-04 25:00'])).toMatchInlineSnapshot(`
			{
			  "output": "--next-update 2026-03-04 25:00: 25:00 is geen uur: de uren gaan van 00 tot 23, de minuten van 00 tot 59
			",
			  "status": 2,
			}
		`);
		expect(refused(['--from', 'pharmacy=2027-02-30 10:00'])).toMatchInlineSnapshot(`
			{
			  "output": "--from pharmacy=2027-02-30 10:00: 2027-02-30 bestaat niet: die maand eindigt op 2027-02-28
			",
			  "status": 2,
			}
		`);
		expect(refused(['--next-update', '2026-03-29 02:30'])).toMatchInlineSnapshot(`
			{
			  "output": "--next-update 2026-03-29 02:30: 2026-03-29 02:30 bestaat niet in Europe/Brussels: die nacht springt de klok van 02:00 naar 03:00; kies een uur ervoor of erna
			",
			  "status": 2,
			}
		`);
		expect(refused(['--title', 'Apotheek '.repeat(11)])).toMatchInlineSnapshot(`
			{
			  "output": "--title: Te lang: 98 tekens; houd het bij 90.
			",
			  "status": 2,
			}
		`);
	});

	it('takes the first of an hour that happens twice under --yes, and says how to write the second', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'new-twice');
		const created = run('new', content, [
			'--yes',
			'--incident',
			'2026-03-lab',
			'--title',
			'Apotheek dicht',
			'--service',
			'pharmacy=closed',
			'--next-update',
			'2026-10-25 02:30',
		]);
		expect(created.status, created.output).toBe(0);
		expect(created.output).toContain(
			'--next-update 2026-10-25 02:30: 2026-10-25 02:30 komt twee keer voor in Europe/Brussels (die nacht gaat de klok terug); de eerste keer wordt genomen, 2026-10-25 02:30 +02:00. Voor de tweede keer schrijft u 2026-10-25 02:30 +01:00.',
		);
		const folder = (await readdir(path.join(content, 'updates'))).find((id) => id.endsWith('apotheek-dicht'))!;
		expect(await readFile(path.join(content, 'updates', folder, 'nl.mdx'), 'utf8')).toContain(
			'next_update: 2026-10-25T02:30:00+02:00',
		);
	});

	it('fills the numbers named as in a template into every text it writes, and refuses a {word} that names none', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'new-numbers');
		const now = '2026-03-04T05:03:47+01:00';
		const args = (summary: string) => [
			'--yes',
			'--incident',
			'2026-03-lab',
			'--title',
			'Apotheek dicht: bel {info_line}',
			'--summary',
			summary,
			'--service',
			'pharmacy=closed',
			'--note',
			'pharmacy=Of bel {gp_on_call}.',
			'--body',
			'Bel {emergency} bij levensgevaar.\n',
			'--next-update',
			'+2h',
		];
		expect(run('new', content, args('Bel {emergncy} bij levensgevaar.'), now)).toMatchInlineSnapshot(`
			{
			  "output": "--summary: {emergncy} is niet de naam van een nummer in site.yaml; schrijf een van {emergency}, {gp_on_call}, {info_line}
			",
			  "status": 2,
			}
		`);
		const created = run('new', content, args('Bel {emergency} bij levensgevaar.'), now);
		expect(created.status, created.output).toBe(0);
		expect(created.output).toContain('npm start');
		const folder = (await readdir(path.join(content, 'updates'))).find((id) => id.startsWith('2026-03-04-0503'))!;
		expect(await readFile(path.join(content, 'updates', folder, 'nl.mdx'), 'utf8')).toMatchInlineSnapshot(`
			"---
			incident: 2026-03-lab
			published: 2026-03-04T05:03:47+01:00
			phase: recovering
			title: "Apotheek dicht: bel +32 3 555 00 00"
			summary: "Bel 112 bij levensgevaar."
			services:
			  pharmacy:
			    state: closed
			    note: "Of bel 1733."
			next_update: 2026-03-04T07:03:00+01:00
			---
			Bel 112 bij levensgevaar.
			"
		`);
		const checked = run('check', content, [], now);
		expect(checked.status, checked.output).toBe(0);
	});

	it('refuses a next update that is not after this one, in the words of the check, and writes nothing', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'new-next');
		const args = ['--yes', '--lang', 'en', '--incident', '2026-03-lab', '--title', 'Apotheek dicht', '--next-update'];
		const before = await readdir(path.join(content, 'updates'));
		for (const next of ['+0h', '2026-03-04 07:00']) {
			const refused = run('new', content, [...args, next], '2026-03-04T07:30:00+01:00');
			expect(refused).toEqual({
				status: 2,
				output: `--next-update ${next}: the next update must come after this one is published\n`,
			});
		}
		expect(await readdir(path.join(content, 'updates'))).toEqual(before);
		// The check's own words for the same mistake, written by hand.
		const folder = path.join(content, 'updates', before[0]!);
		const file = path.join(folder, 'nl.mdx');
		const text = await readFile(file, 'utf8');
		await writeFile(file, text.replace(/^next_update: .*$/m, `next_update: ${/^published: (.*)$/m.exec(text)![1]}`));
		expect(run('check', content).output).toContain(
			'next_update  the next update must come after this one is published',
		);
	});

	it('refuses a new incident named as one there is, naming it; another name that makes the same id gets a suffix', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'new-incident-twice');
		const args = (name: string) => [
			'--yes',
			'--new-incident',
			name,
			'--started',
			'2026-03-04 06:00',
			'--title',
			'x',
			'--body',
			'Tekst.',
			'--next-update',
			'+2h',
		];
		expect(run('new', content, args('storing in  het LABO '))).toMatchInlineSnapshot(`
			{
			  "output": "--new-incident: Er is al een incident met de naam “Storing in het labo”: 2026-03-lab. Voor een update erover kiest u het in de lijst, of geeft u --incident 2026-03-lab.
			",
			  "status": 2,
			}
		`);
		expect(run('new', content, args('Printers down')).status).toBe(0);
		expect(run('new', content, args('Printers down')).output).toContain('--incident 2026-03-printers-down');
		expect(run('new', content, args('Printers: down!')).status).toBe(0);
		expect((await readdir(path.join(content, 'incidents'))).sort()).toEqual([
			'2026-03-lab.yaml',
			'2026-03-printers-down-2.yaml',
			'2026-03-printers-down.yaml',
		]);
	});

	it('leaves out a template’s translation that is only the source text, so what it writes checks', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'new-untranslated-template');
		const template = path.join(content, 'templates', 'closed');
		await mkdir(template, { recursive: true });
		const text =
			'---\ntitle: "Apotheek dicht"\nsummary: "Bel {emergency} bij levensgevaar."\n---\nDe apotheek is dicht.\n';
		await writeFile(path.join(template, 'nl.mdx'), text);
		await writeFile(path.join(template, 'fr.mdx'), text);
		await writeFile(path.join(template, 'en.mdx'), text.replace('Apotheek dicht', 'Pharmacy closed'));
		const args = ['--yes', '--incident', '2026-03-lab', '--template', 'closed', '--next-update', '+2h'];
		const created = run('new', content, args);
		expect(created.status, created.output).toBe(0);
		const folder = (await readdir(path.join(content, 'updates'))).find((id) => id.endsWith('apotheek-dicht'))!;
		expect((await readdir(path.join(content, 'updates', folder))).sort()).toEqual(['en.mdx', 'nl.mdx']);
		expect(created.output).toContain(`npm run translate -- --stamp ${folder} en\n`);
		const checked = run('check', content);
		expect(checked.status, checked.output).toBe(0);
	});

	it('refuses unknown services and states under --yes, naming what is allowed', () => {
		const result = run('new', SMALL_FIXTURE, [
			'--yes',
			'--incident',
			'2026-03-lab',
			'--title',
			'x',
			'--service',
			'pharmacy=shut',
		]);
		expect(result.status).toBe(2);
		expect(result.output).toContain('--service pharmacy=shut: "shut" is not a state (allowed: open, delays, reduced');
	});
});
