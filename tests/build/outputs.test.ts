import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage, textOf } from './helpers/build-site.ts';
import { jsonSchemaValidator, readJson, readXml, statuspageDocumentsIn, validateCap } from './helpers/outputs.ts';

const SITE = 'https://status.proef.example';
const LAB_DOWN = '2026-03-02-0900-lab-down';
const PARTLY_BACK = '2026-03-02-1500-lab-partly-back';

describe('feeds, API, CAP alerts and badges of the small fixture', () => {
	// Built once for the build tests (helpers/global-setup.ts), at 2026-03-05 12:00.
	const dist = inject('smallDist');

	describe('RSS 2.0', () => {
		it('has a channel with title, link, description, language and atom:link self, in every language', async () => {
			for (const lang of ['nl', 'en', 'fr']) {
				const { rss } = await readXml(dist, `${lang}/rss.xml`);
				expect(rss['@_version']).toBe('2.0');
				expect(rss.channel.title).toBeTruthy();
				expect(rss.channel.description).toBeTruthy();
				expect(rss.channel.link).toEqual([`${SITE}/${lang}/`]);
				expect(rss.channel.language).toBe(lang);
				expect(rss.channel['atom:link']).toMatchObject({ '@_href': `${SITE}/${lang}/rss.xml`, '@_rel': 'self' });
			}
		});

		it('carries every public update, newest first, with guid, RFC 822 date, full text and categories', async () => {
			const { rss } = await readXml(dist, 'en/rss.xml');
			const items = rss.channel.item;
			expect(items.map((item: any) => item.guid['#text'])).toEqual([
				`${SITE}/en/updates/${PARTLY_BACK}/`,
				`${SITE}/en/updates/${LAB_DOWN}/`,
			]);
			const [latest] = items;
			expect(latest.guid['@_isPermaLink']).toBe('true');
			expect(latest.pubDate).toBe('Mon, 02 Mar 2026 14:00:00 GMT');
			expect(latest.title).toBe('Laboratory East partly working again');
			const content: string = latest['content:encoded'];
			expect(content.indexOf('<ul><li>Laboratory East, East campus: Urgent cases only')).toBeGreaterThan(-1);
			expect(content.indexOf('<ul>')).toBeLessThan(content.indexOf('Urgent blood tests are possible again.'));
			expect(latest.category).toEqual([
				'Laboratory outage',
				'Recovering',
				'Laboratory East, East campus',
				'Laboratory West, Campus West',
				'Pharmacy',
			]);
		});

		it('says in the feed, too, when a text is not translated or out of date', async () => {
			const { rss } = await readXml(dist, 'fr/rss.xml');
			expect(rss.channel.item[1]['content:encoded']).toContain('pas encore traduite');
			expect(rss.channel.item[1]['content:encoded']).toContain('zeldzaamheidsproef');
			const english = await readXml(dist, 'en/rss.xml');
			expect(english.rss.channel.item[0]['content:encoded']).toContain('was changed after this translation');
		});
	});

	describe('Atom 1.0', () => {
		it('has feed and entry ids, title, author, updated, published, content and language', async () => {
			const { feed } = await readXml(dist, 'nl/atom.xml');
			expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
			expect(feed['@_xml:lang']).toBe('nl');
			expect(feed.id).toBe(`${SITE}/nl/atom.xml`);
			expect(feed.title).toBeTruthy();
			expect(feed.author.name).toBe('Ziekenhuis Proef');
			expect(feed.updated).toBe('2026-03-02T14:00:00.000Z');
			expect(feed.link.map((link: any) => link['@_rel'])).toContain('self');
			const [entry] = feed.entry;
			expect(entry.id).toBe(`${SITE}/nl/updates/${PARTLY_BACK}/`);
			expect(entry.published).toBe('2026-03-02T14:00:00.000Z');
			expect(entry.updated).toBe('2026-03-02T14:00:00.000Z');
			expect(entry.content['@_type']).toBe('html');
			expect(entry.content['#text']).toContain('Dringende bloedafnames kunnen weer.');
			expect(entry.category.map((category: any) => category['@_term'])).toEqual([
				'2026-03-lab',
				'phase-recovering',
				'lab-oost',
				'lab-west',
				'pharmacy',
			]);
		});
	});

	describe('JSON Feed 1.1', () => {
		it('has version, title, language, authors and items with id, content_html and dates', async () => {
			const feed = await readJson(dist, 'en/feed.json');
			expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
			expect(feed.title).toBeTruthy();
			expect(feed.feed_url).toBe(`${SITE}/en/feed.json`);
			expect(feed.language).toBe('en');
			expect(feed.authors).toEqual([{ name: 'Proef Hospital', url: `${SITE}/en/` }]);
			expect(feed.items).toHaveLength(2);
			for (const item of feed.items) {
				expect(item.id).toMatch(/^https:\/\//);
				expect(item.content_html).toContain('<ul><li>');
				expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
			}
			expect(feed.items[1].language).toBe('en');
		});
	});

	it('gives each service its own feeds, with only the updates that changed it', async () => {
		const { rss } = await readXml(dist, 'en/services/lab-west/rss.xml');
		expect(rss.channel.item).toHaveLength(2);
		expect(rss.channel.title).toContain('Laboratory West');
		// The pharmacy has not changed yet, but an update announced that it closes for a morning.
		const pharmacy = await readXml(dist, 'en/services/pharmacy/atom.xml');
		expect([pharmacy.feed.entry].flat().map((entry: any) => entry.id)).toEqual([`${SITE}/en/updates/${PARTLY_BACK}/`]);
		const json = await readJson(dist, 'fr/services/lab-oost/feed.json');
		expect(json.items).toHaveLength(2);
	});

	it('announces its feeds in every page head and explains them on the page', async () => {
		const home = await readPage(dist, 'en');
		const alternates = home
			.querySelectorAll('link[rel="alternate"][type]')
			.map((link) => [link.getAttribute('type'), link.getAttribute('href')]);
		expect(alternates).toEqual([
			['application/rss+xml', '/en/rss.xml'],
			['application/atom+xml', '/en/atom.xml'],
			['application/feed+json', '/en/feed.json'],
		]);
		expect(textOf(home.querySelector('.follow'))).toContain(
			'A feed is a web address that a feed reader app checks for you',
		);
		const service = await readPage(dist, 'nl/services/lab-oost');
		expect(
			service
				.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
				.map((link) => link.getAttribute('href')),
		).toEqual(['/nl/services/lab-oost/rss.xml', '/nl/rss.xml']);
		expect(service.querySelector('.follow a[href="/nl/services/lab-oost/rss.xml"]')).not.toBeNull();
	});

	describe('Statuspage-compatible API', () => {
		it('matches the documented shapes of every document', async () => {
			expect(Object.keys(await statuspageDocumentsIn(dist)).length).toBeGreaterThan(5);
		});

		it('maps states, campuses and phases onto Statuspage vocabularies', async () => {
			const summary = await readJson(dist, 'api/v2/summary.json');
			expect(summary.status).toEqual({ indicator: 'major', description: 'Sommige diensten werken maar gedeeltelijk' });
			const byId = Object.fromEntries(summary.components.map((component: any) => [component.id, component]));
			expect(byId['campus-oost']).toMatchObject({ group: true, status: 'partial_outage', components: ['lab-oost'] });
			expect(byId['lab-oost']).toMatchObject({ group_id: 'campus-oost', status: 'partial_outage', name: 'Labo Oost' });
			expect(byId['lab-west']).toMatchObject({ status: 'operational' });
			expect(byId['pharmacy']).toMatchObject({ group_id: null, status: 'operational' });
			const [incident] = summary.incidents;
			expect(incident).toMatchObject({
				id: '2026-03-lab',
				status: 'monitoring',
				impact: 'critical',
				resolved_at: null,
			});
			expect(incident.monitoring_at).toBe('2026-03-02T14:00:00.000Z');
			expect(incident.incident_updates.map((update: any) => update.id)).toEqual([PARTLY_BACK, LAB_DOWN]);
			expect(incident.incident_updates[0].affected_components).toEqual([
				{ code: 'lab-oost', name: 'Labo Oost', old_status: 'major_outage', new_status: 'partial_outage' },
				{ code: 'lab-west', name: 'Labo West', old_status: 'degraded_performance', new_status: 'operational' },
			]);
			const unresolved = await readJson(dist, 'api/v2/incidents/unresolved.json');
			expect(unresolved.incidents).toHaveLength(1);
		});
	});

	it('publishes Lantern’s own status document, valid against the JSON Schema beside it', async () => {
		const schema = await readJson(dist, 'api/status.schema.json');
		const document = await readJson(dist, 'api/status.json');
		const ajv = jsonSchemaValidator();
		const validate = ajv.compile(schema);
		expect(validate(document), ajv.errorsText(validate.errors)).toBe(true);
		expect(document.next_update_overdue).toBe(true);
		const lab = document.services.find((service: any) => service.id === 'lab-oost');
		expect(lab.state).toMatchObject({
			key: 'urgent-only',
			label: { nl: 'Enkel dringende zorg', en: 'Urgent cases only' },
		});
		expect(lab.advice).toEqual({ nl: 'Ga naar uw huisarts.', en: 'Go to your GP.', fr: 'Allez chez votre médecin.' });
		expect(document.latest_update.translated).toEqual(['en']);
		// site.yaml's gp_on_call, info_line and hospitals, as the list they are read as, in Lantern's words.
		expect(document.contacts.emergency).toBe('112');
		expect(document.contacts.others.map((contact: any) => [contact.id, contact.label.en, contact.phone])).toEqual([
			['gp_on_call', 'Need a doctor outside office hours? Call the GP on-call service:', '1733'],
			['info_line', 'Questions about your appointment? Call our information line:', '+32 3 555 00 00'],
			['hospitals', 'Other hospitals nearby:', null],
		]);
		expect(document.contacts.others[2].places).toEqual([{ name: 'AZ Buur', phone: '+32 3 666 00 00', url: null }]);
	});

	describe('CAP 1.2', () => {
		it('writes one alert per update, each valid against the OASIS schema', async () => {
			const alerts = (await listFiles(path.join(dist, 'cap'))).filter((file) => file.endsWith('.xml'));
			expect(alerts).toEqual([`${LAB_DOWN}.xml`, `${PARTLY_BACK}.xml`]);
			for (const file of alerts) {
				const result = await validateCap(file, await readFile(path.join(dist, 'cap', file), 'utf8'));
				expect(result.valid, result.rawOutput).toBe(true);
			}
		});

		it('sends the first update as Alert and later ones as Update referencing the previous one', async () => {
			const first = (await readXml(dist, `cap/${LAB_DOWN}.xml`)).alert;
			const second = (await readXml(dist, `cap/${PARTLY_BACK}.xml`)).alert;
			expect(first).toMatchObject({
				msgType: 'Alert',
				sender: 'status.proef.example',
				status: 'Actual',
				scope: 'Public',
			});
			expect(first.identifier).toBe(`status.proef.example.${LAB_DOWN}`);
			expect(second.msgType).toBe('Update');
			expect(second.references).toBe(`status.proef.example,status.proef.example.${LAB_DOWN},2026-03-02T09:00:00+01:00`);
			expect(first.info.map((info: any) => info.language)).toEqual(['nl', 'en']);
			const [dutch] = first.info;
			expect(dutch.category).toEqual(['Health', 'Infra']);
			expect(dutch.headline).toBe('Labo Oost tijdelijk buiten gebruik');
			expect(dutch.instruction).toContain('1733');
			expect(dutch.web).toBe(`${SITE}/nl/updates/${LAB_DOWN}/`);
			expect(dutch.area.areaDesc).toBe('Campus Oost, Campus West');
		});

		it('lists every alert in an Atom index', async () => {
			const { feed } = await readXml(dist, 'cap/index.atom');
			expect(feed.entry.map((entry: any) => entry.link[0]['@_href'])).toEqual([
				`${SITE}/cap/${PARTLY_BACK}.xml`,
				`${SITE}/cap/${LAB_DOWN}.xml`,
			]);
			expect(feed.entry[0].link[0]['@_type']).toBe('application/cap+xml');
		});
	});

	describe('a change announced ahead of time (the pharmacy closed on 6 March from 08:00 until 10:00)', () => {
		it('puts it on the board, under the current situation on the home page and apart on the update page', async () => {
			const home = await readPage(dist, 'en');
			const line = home.querySelector('.board [data-service="pharmacy"]');
			expect(line!.getAttribute('data-state')).toBe('open');
			expect(textOf(line!.querySelector('.planned'))).toBe(
				'Planned from Friday, 6 March 2026 at 08:00 until 10:00: ClosedThe pharmacy moves to the reception desk.',
			);
			const times = line!.querySelectorAll('.planned time').map((time) => time.getAttribute('datetime'));
			expect(times).toEqual(['2026-03-06T08:00:00+01:00', '2026-03-06T10:00:00+01:00']);
			expect(textOf(home.querySelector('.coming-up'))).toContain(
				'Pharmacy: from Friday, 6 March 2026 at 08:00 until 10:00: Closed',
			);
			expect(home.querySelector('.coming-up time[data-relative]')).not.toBeNull();
			const update = await readPage(dist, `nl/updates/${PARTLY_BACK}`);
			expect(textOf(update.querySelector('#changes')!.parentNode as never)).not.toContain('Apotheek');
			expect(textOf(update.querySelector('#planned')!.parentNode as never)).toContain(
				'Apotheek: van vrijdag 6 maart 2026 om 08:00 tot 10:00: Gesloten',
			);
		});

		it('mentions it in the feed entry of the update that announced it', async () => {
			const { rss } = await readXml(dist, 'en/rss.xml');
			const content: string = rss.channel.item[0]['content:encoded'];
			expect(content).toContain(
				'<p><strong>Announced ahead of time</strong></p><ul><li>Pharmacy: Closed from Friday, 6 March 2026 at 08:00 until 10:00. The pharmacy moves to the reception desk.</li></ul>',
			);
		});

		it('fills the Statuspage scheduled maintenances: upcoming, not active, with its window and component', async () => {
			const upcoming = await readJson(dist, 'api/v2/scheduled-maintenances/upcoming.json');
			expect(upcoming.scheduled_maintenances).toHaveLength(1);
			const [maintenance] = upcoming.scheduled_maintenances;
			expect(maintenance).toMatchObject({
				id: `${PARTLY_BACK}-planned-1`,
				name: 'Apotheek: Gesloten',
				status: 'scheduled',
				impact: 'maintenance',
				scheduled_for: '2026-03-06T07:00:00.000Z',
				scheduled_until: '2026-03-06T09:00:00.000Z',
				resolved_at: null,
				shortlink: `${SITE}/nl/updates/${PARTLY_BACK}/`,
			});
			expect(maintenance.components.map((component: any) => component.id)).toEqual(['pharmacy']);
			expect(maintenance.incident_updates.map((update: any) => update.status)).toEqual(['scheduled']);
			expect(maintenance.incident_updates[0].affected_components).toEqual([
				{ code: 'pharmacy', name: 'Apotheek', old_status: 'operational', new_status: 'major_outage' },
			]);
			expect((await readJson(dist, 'api/v2/scheduled-maintenances/active.json')).scheduled_maintenances).toEqual([]);
			expect((await readJson(dist, 'api/v2/scheduled-maintenances.json')).scheduled_maintenances).toEqual([
				maintenance,
			]);
			expect((await readJson(dist, 'api/v2/summary.json')).scheduled_maintenances).toEqual([maintenance]);
		});

		it('lists it in /api/status.json with its times and words in every language', async () => {
			const document = await readJson(dist, 'api/status.json');
			expect(document.planned).toEqual([
				{
					service: 'pharmacy',
					state: expect.objectContaining({ key: 'closed' }),
					note: {
						nl: 'De apotheek verhuist naar het onthaal.',
						en: 'The pharmacy moves to the reception desk.',
						fr: 'De apotheek verhuist naar het onthaal.',
					},
					from: '2026-03-06T07:00:00.000Z',
					until: '2026-03-06T09:00:00.000Z',
					status: 'scheduled',
					announced_in: PARTLY_BACK,
					text: expect.objectContaining({
						en: expect.stringContaining('Closed from Friday, 6 March 2026 at 08:00 until 10:00'),
					}),
					url: expect.objectContaining({ fr: `${SITE}/fr/updates/${PARTLY_BACK}/` }),
				},
			]);
		});

		it('gives the CAP alert that announced it an <info> per language with onset and expires', async () => {
			const { alert } = await readXml(dist, `cap/${PARTLY_BACK}.xml`);
			const planned = [alert.info].flat().filter((info: any) => info.onset);
			expect(planned.map((info: any) => [info.language, info.urgency, info.onset, info.expires])).toEqual([
				['nl', 'Future', '2026-03-06T08:00:00+01:00', '2026-03-06T10:00:00+01:00'],
				['en', 'Future', '2026-03-06T08:00:00+01:00', '2026-03-06T10:00:00+01:00'],
			]);
			expect(planned[1].description).toContain('Pharmacy: Closed from Friday, 6 March 2026 at 08:00 until 10:00');
		});
	});

	it('draws badges that say the state in words, the site’s as a count in the colour of the worst state', async () => {
		const badge = await readFile(path.join(dist, 'badge.svg'), 'utf8');
		expect(badge).toContain('<title>Ziekenhuis Proef: 1 van 3 niet normaal</title>');
		expect(badge).toContain('fill="#a33f00"');
		expect(await readFile(path.join(dist, 'en/badge.svg'), 'utf8')).toContain(
			'<title>Proef Hospital: 1 of 3 not normal</title>',
		);
		expect(badge).toContain('role="img"');
		const english = await readFile(path.join(dist, 'en/services/lab-oost/badge.svg'), 'utf8');
		expect(english).toContain('aria-label="Laboratory East, East campus: Urgent cases only"');
		const service = await readFile(path.join(dist, 'services/lab-west/badge.svg'), 'utf8');
		expect(service).toContain('Labo West, Campus West: Open');
	});

	it('marks each update page up as a schema.org SpecialAnnouncement', async () => {
		const page = await readPage(dist, `en/updates/${LAB_DOWN}`);
		const data = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent);
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'SpecialAnnouncement',
			name: 'Laboratory East temporarily out of use',
			datePosted: '2026-03-02T08:00:00.000Z',
			url: `${SITE}/en/updates/${LAB_DOWN}/`,
		});
	});
});
