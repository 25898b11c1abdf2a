import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import {
	buildSite,
	commandEnv,
	copyContent,
	listFiles,
	PROJECT,
	readPage,
	SMALL_FIXTURE,
	tempFolder,
	textOf,
	useBuiltSite,
} from './helpers/build-site.ts';
import { SMALL_FIXTURE_NOW } from './helpers/global-setup.ts';
import { jsonSchemaValidator, readJson, readXml, validateCap } from './helpers/outputs.ts';

/** A company, not a hospital: a customer line with its hours, a spare email address and pick-up points. */
const COMPANY_FIXTURE = path.join(PROJECT, 'tests/fixtures/company');
const UPDATE = '2026-06-02-0900-email-down';

/** The lines of an element as a reader sees them (numbers keep their spaces: non-breaking, read as plain). */
const linesOf = (element: HTMLElement | null) => (element?.structuredText ?? '').replace(/\u00a0/g, ' ').split('\n');

/** Words only a hospital's site would say, in the languages the company writes. */
const HOSPITAL_WORDS = /\bGPs?\b|hospital|huisarts|ziekenhuis/i;

describe('a site that is not a hospital (company fixture)', () => {
	const site = useBuiltSite('company', COMPANY_FIXTURE, { LANTERN_NOW: '2026-06-02T12:00:00+02:00' });

	it('shows its own contacts in order on the home page, with their words, hours and places, and no hospital word', async () => {
		const home = await readPage(site.dist, 'en');
		expect(linesOf(home.querySelector('.what-to-do'))).toEqual([
			'What to do now',
			'Life in danger? Call 112',
			'Questions about your order? Call our customer line: +32 56 55 10 10',
			'Weekdays from 8:00 to 18:00.',
			'Our own email is down. Write to our spare address: status@northwind-spare.example',
			'Collect your parcel at a pick-up point instead:',
			'Pick-up point Grote Markt: +32 56 55 20 20',
			'Pick-up point Station',
		]);
		const links = home.querySelectorAll('.what-to-do a').map((link) => link.getAttribute('href'));
		expect(links).toEqual([
			'tel:112',
			'tel:+3256551010',
			'mailto:status@northwind-spare.example',
			'tel:+3256552020',
			'https://pickup.northwind-parcels.example/station',
		]);
		for (const page of ['en', 'nl'])
			expect(textOf((await readPage(site.dist, page)).querySelector('body'))).not.toMatch(HOSPITAL_WORDS);
	});

	it('puts the same contacts on the print notice, in each language', async () => {
		const notice = await readPage(site.dist, 'nl/print');
		expect(linesOf(notice.querySelector('.what-to-do'))).toEqual([
			'Wat moet u nu doen?',
			'Levensgevaar? Bel 112',
			'Vragen over uw bestelling? Bel onze klantenlijn: +32 56 55 10 10',
			'Werkdagen van 8 tot 18 uur.',
			'Onze eigen e-mail ligt plat. Schrijf naar ons reserveadres: status@northwind-spare.example',
			'Haal uw pakket af in een afhaalpunt:',
			'Pick-up point Grote Markt: +32 56 55 20 20',
			'Pick-up point Station',
		]);
		for (const lang of ['en', 'nl'])
			expect(textOf((await readPage(site.dist, `${lang}/print`)).querySelector('body'))).not.toMatch(HOSPITAL_WORDS);
	});

	it('names its contacts in the CAP alert’s instruction, its own line as the contact, and no hospital word', async () => {
		const xml = await readFile(path.join(site.dist, 'cap', `${UPDATE}.xml`), 'utf8');
		expect((await validateCap(`${UPDATE}.xml`, xml)).valid).toBe(true);
		expect(xml).not.toMatch(HOSPITAL_WORDS);
		const info = (await readXml(site.dist, `cap/${UPDATE}.xml`)).alert.info;
		expect(info.map((one: any) => [one.language, one.contact])).toEqual([
			['en', '+32 56 55 10 10'],
			['nl', '+32 56 55 10 10'],
		]);
		expect(info[0].instruction).toBe(
			[
				'Life in danger? Call 112.',
				'Questions about your order? Call our customer line: +32 56 55 10 10. Weekdays from 8:00 to 18:00.',
				'Our own email is down. Write to our spare address: status@northwind-spare.example.',
			].join('\n'),
		);
	});

	it('fills <Contact kind> in an update, and gives the contacts in status.txt and the API', async () => {
		const update = await readPage(site.dist, `nl/updates/${UPDATE}`);
		expect(linesOf(update.querySelector('.update-body'))).toContain(
			'Om te bestellen of iets te vragen over een pakket, bel +32 56 55 10 10 of schrijf naar status@northwind-spare.example.',
		);
		expect(await readFile(path.join(site.dist, 'en/status.txt'), 'utf8')).toContain(
			'\n112 · +32 56 55 10 10 · status@northwind-spare.example\n',
		);
		const document = await readJson(site.dist, 'api/status.json');
		const ajv = jsonSchemaValidator();
		const validate = ajv.compile(await readJson(site.dist, 'api/status.schema.json'));
		expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
		expect(document.contacts.others.map((contact: any) => contact.id)).toEqual([
			'customer_line',
			'status_email',
			'pickup_points',
		]);
		expect(document.contacts.others[0]).toEqual({
			id: 'customer_line',
			label: {
				en: 'Questions about your order? Call our customer line:',
				nl: 'Vragen over uw bestelling? Bel onze klantenlijn:',
			},
			phone: '+32 56 55 10 10',
			email: null,
			url: null,
			note: { en: 'Weekdays from 8:00 to 18:00.', nl: 'Werkdagen van 8 tot 18 uur.' },
			places: [],
		});
	});

	it('fills a contact named in a service’s advice ({customer_line}) into the pages and the API', async () => {
		for (const [lang, words] of [
			['en', 'Order by phone instead: +32 56 55 10 10.'],
			['nl', 'Bestel in de plaats telefonisch: +32 56 55 10 10.'],
		] as const) {
			const home = await readPage(site.dist, lang);
			expect(textOf(home.querySelector('[data-service="webshop"] .advice'))).toContain(words);
			expect(textOf(home.querySelector('body'))).not.toContain('{customer_line}');
		}
		const document = await readJson(site.dist, 'api/status.json');
		const webshop = document.services.find((service: any) => service.id === 'webshop');
		expect(webshop.advice).toEqual({
			en: 'Order by phone instead: +32 56 55 10 10.',
			nl: 'Bestel in de plaats telefonisch: +32 56 55 10 10.',
		});
	});
});

describe('site.yaml’s contacts as they have always been written', () => {
	it('build the very same site as the same contacts written as the list', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'small-as-list');
		const siteFile = path.join(content, 'site.yaml');
		const old = await readFile(siteFile, 'utf8');
		const asList = old.replace(
			/^contacts:\n[\s\S]*?(?=^mirrors:)/m,
			[
				'contacts:',
				'  emergency: "112"',
				'  others:',
				'    - id: gp_on_call',
				'      phone: "1733"',
				'    - id: info_line',
				'      phone: "+32 3 555 00 00"',
				'    - id: hospitals',
				'      places:',
				'        - name: AZ Buur',
				'          phone: "+32 3 666 00 00"',
				'',
			].join('\n'),
		);
		expect(asList).not.toBe(old);
		await writeFile(siteFile, asList);
		const dist = path.join(await tempFolder('small-as-list'), 'dist');
		const result = buildSite(content, dist, { LANTERN_NOW: SMALL_FIXTURE_NOW });
		expect(result.ok, result.output).toBe(true);

		const before = inject('smallDist');
		const files = await listFiles(before);
		expect(await listFiles(dist)).toEqual(files);
		const differing = [];
		for (const file of files)
			if (!(await readFile(path.join(dist, file))).equals(await readFile(path.join(before, file))))
				differing.push(file);
		expect(differing).toEqual([]);
	});
});

describe('npm run init with contacts of one’s own', () => {
	const init = (args: string[]) => {
		const result = spawnSync(process.execPath, ['scripts/init.ts', ...args], {
			cwd: PROJECT,
			env: commandEnv({ NO_COLOR: '1' }),
			encoding: 'utf8',
		});
		return { status: result.status, output: `${result.stdout}${result.stderr}` };
	};
	const site = (out: string) => [
		'--yes',
		'--organisation',
		'Northwind Parcels',
		'--languages',
		'en,nl',
		'--time-zone',
		'Europe/Brussels',
		'--site-url',
		'https://status.northwind-parcels.example/',
		'--emergency',
		'112',
		'--gp-on-call',
		'1733',
		'--out',
		out,
	];

	it('writes them after the numbers it asks for, with their words in every language, in a folder that checks', async () => {
		const content = path.join(await tempFolder('init-contacts'), 'content');
		const written = init([
			...site(content),
			'--contact',
			'customer_line=Questions about your order? Call us:=+32 56 55 10 10',
			'--contact-label',
			'customer_line.nl=Vragen over uw bestelling? Bel ons:',
			'--contact',
			'status_email=Write to us:=status@northwind-spare.example',
			'--contact-label',
			'status_email.nl=Schrijf ons:',
		]);
		expect(written.status, written.output).toBe(0);
		const check = spawnSync(process.execPath, ['scripts/check.ts'], {
			cwd: PROJECT,
			env: commandEnv({ LANTERN_CONTENT: content, NO_COLOR: '1' }),
			encoding: 'utf8',
		});
		expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
		const yaml = await readFile(path.join(content, 'site.yaml'), 'utf8');
		expect(yaml).toContain(
			[
				'  others:',
				'    # Urgent care that is not an emergency: a GP on call, a health line.',
				'    - id: gp_on_call',
				'      phone: "1733"',
				'    - id: customer_line',
				'      label:',
				'        en: "Questions about your order? Call us:"',
				'        nl: "Vragen over uw bestelling? Bel ons:"',
				'      phone: "+32 56 55 10 10"',
				'    - id: status_email',
				'      label:',
				'        en: "Write to us:"',
				'        nl: "Schrijf ons:"',
				'      email: "status@northwind-spare.example"',
			].join('\n'),
		);
	});

	it('says in one line which words a contact lacks, and writes nothing', async () => {
		const content = path.join(await tempFolder('init-contacts-wrong'), 'content');
		const result = init([...site(content), '--contact', 'customer_line=Call us:=+32 56 55 10 10']);
		expect(result.status).toBe(2);
		expect(result.output.split('\n')[0]).toBe(
			'npm run init: --contact customer_line: no words for it in nl; give them with --contact-label "customer_line.nl=LABEL"',
		);
		expect(existsSync(content)).toBe(false);
		expect(init(['--help']).output).toContain('--contact ID=[LABEL=]NUMBER');
	});
});
