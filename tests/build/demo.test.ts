import { describe, expect, it } from 'vitest';
import { DEMO_CONTENT, readPage, textOf, useBuiltSite } from './helpers/build-site.ts';
import { jsonSchemaValidator, readJson, readXml } from './helpers/outputs.ts';
import { STATUSPAGE_SCHEMAS } from '../schemas/statuspage.ts';

const PAPER = 'updates/2026-01-14-1000-paper-registration';

describe('the demo on the second morning of the attack', () => {
	const site = useBuiltSite('demo', DEMO_CONTENT, { LANTERN_NOW: '2026-01-14T12:00:00+01:00' });

	it('shows the board as the updates so far have set it, in each language', async () => {
		const board = async (lang: string) => {
			const home = await readPage(site.dist, lang);
			return (id: string) => textOf(home.querySelector(`.board [data-service="${id}"]`));
		};
		const nl = await board('nl');
		expect(nl('emergency-noord')).toContain('Geen aanvoer per ziekenwagen');
		expect(nl('mug')).toContain('Tijdelijk niet beschikbaar');
		expect(nl('surgery-noord')).toContain('Uitgesteld, u wordt gecontacteerd');
		expect(nl('consultations-zuid')).toContain('Open, met wachttijden');
		expect(nl('dialysis-zuid')).toMatch(/^Nierdialyse Open ?Nierdialyse: geschiedenis/);

		const en = await board('en');
		expect(en('consultations-zuid')).toContain('Open, expect delays');
		expect(en('consultations-zuid')).toContain('Bring your identity card');

		const fr = await board('fr');
		expect(fr('radiology-noord')).toContain('Temporairement indisponible');
	});

	it('puts the situation, 112, the key services and the latest message first, then what is not working as normal', async () => {
		const home = await readPage(site.dist, 'nl');
		const order = [
			'#overall',
			'.emergency',
			'#key-services',
			'#latest',
			'#not-normal',
			'#what-to-do',
			'#board-heading',
		];
		const positions = order.map((selector) => home.innerHTML.indexOf(home.querySelector(selector)!.outerHTML));
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(textOf(home.querySelector('.emergency'))).toBe('Levensgevaar? Bel 112');
		// Key services in every state, with their campus, and nothing else.
		expect(
			home
				.querySelectorAll('.key-services [data-service]')
				.map((item) => [item.getAttribute('data-service'), item.getAttribute('data-state')]),
		).toEqual([
			['emergency-noord', 'no-ambulance'],
			['emergency-zuid', 'no-ambulance'],
			['maternity-noord', 'open'],
		]);
		expect(textOf(home.querySelector('.key-services [data-service="maternity-noord"]'))).toBe(
			'Materniteit en bevallingen, Campus Noord Open',
		);
		expect(textOf(home.querySelector('.message .message-title'))).toBe('Inschrijven op papier: reken op wachttijden');
		// Only what is not open, campus by campus, key services first, each with what to do instead.
		const notNormal = home.querySelector('.not-normal')!;
		expect(textOf(notNormal.querySelector('p'))).toBe('10 van de 13 diensten werken niet normaal.');
		expect(notNormal.querySelectorAll('li[data-state="open"]')).toHaveLength(0);
		expect(notNormal.querySelectorAll('[data-service]').map((item) => item.getAttribute('data-service'))[0]).toBe(
			'emergency-noord',
		);
		expect(textOf(notNormal.querySelector('[data-service="mug"] .advice'))).toBe(
			'Wat kunt u doen? Bel gewoon 112. De hulpcentrale stuurt een MUG van een ander ziekenhuis.',
		);
	});

	it('sums a campus up as a count and its most affected service, never as one state', async () => {
		const home = await readPage(site.dist, 'en');
		expect(home.querySelectorAll('.board .group-summary').map(textOf)).toEqual([
			'5 of 6 not working as normal; most affected: MUG mobile emergency team (Temporarily unavailable)',
			'4 of 5 not working as normal; most affected: PIT paramedic team (Temporarily unavailable)',
			'1 of 2 not working as normal: Blood tests (Temporarily unavailable)',
		]);
	});

	it('lists only the updates published by then, and the next one as expected, not overdue', async () => {
		const timeline = await readPage(site.dist, 'nl/updates');
		expect(timeline.querySelectorAll('[data-update]')).toHaveLength(4);
		const home = await readPage(site.dist, 'nl');
		expect(home.querySelector('.message .eyebrow time')?.getAttribute('datetime')).toBe('2026-01-14T10:00:00+01:00');
		expect(home.querySelectorAll('.times time').map((time) => time.getAttribute('datetime'))).toEqual([
			'2026-01-14T17:00:00+01:00',
		]);
		// Not late yet: the notice waits, hidden, for the page's script to show it at 17:00.
		const late = home.querySelector('[data-late-after]');
		expect(late?.getAttribute('data-late-after')).toBe('2026-01-14T17:00:00+01:00');
		expect(late?.hasAttribute('hidden')).toBe(true);
	});

	it('tells a reader of an older update that there is newer information, and the latest does not', async () => {
		const older = await readPage(site.dist, 'nl/updates/2026-01-13-1800-patients-transferred');
		const notice = older.querySelector('[data-superseded]');
		expect(textOf(notice)).toBe('Na deze update is er nieuwere informatie verschenen. Bekijk de toestand nu');
		expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/nl/');
		expect(textOf(older.querySelector('article > p.muted'))).toBe(
			'Gepubliceerd dinsdag 13 januari 2026 om 18:00 · Incident: Cyberaanval op AZ Voorbeeld (Lopend)',
		);
		const latest = await readPage(site.dist, `nl/${PAPER}`);
		expect(latest.querySelector('[data-superseded]')).toBeNull();
	});

	it('draws the incident campus by campus, a lane per affected service, with the same stretches as its table', async () => {
		const page = await readPage(site.dist, 'en/incidents/2026-01-cyberattack');
		const picture = page.querySelector('.swimlane > svg')!;
		expect(picture.getAttribute('role')).toBe('img');
		for (const id of picture.getAttribute('aria-labelledby')!.split(' '))
			expect(textOf(picture.querySelector(`#${id}`))).not.toBe('');
		const lanes = (campus: string) =>
			picture.querySelectorAll(`[data-campus="${campus}"] .lane`).map((lane) => lane.getAttribute('data-service'));
		expect(lanes('noord')).toEqual([
			'emergency-noord',
			'mug',
			'surgery-noord',
			'consultations-noord',
			'radiology-noord',
		]);
		expect(lanes('')).toEqual(['blood-tests']);
		const drawn = picture
			.querySelectorAll('[data-service="emergency-noord"] rect[data-state]')
			.map((stretch) => stretch.getAttribute('data-state'));
		expect(drawn).toEqual(['open', 'reduced', 'no-ambulance']);
		const rows = page.querySelectorAll('.swimlane tbody tr');
		const tabled = rows.slice(0, 3).map((row) => textOf(row.querySelector('td:last-child')));
		expect(textOf(rows[0]!.querySelector('th'))).toBe('Emergency department, Campus Noord (north)');
		expect(tabled).toEqual(['Open as normal', 'Reduced capacity', 'No ambulance arrivals (walk-ins seen)']);
		expect(textOf(page.querySelector('.swimlane .legend'))).toContain('No ambulance arrivals (walk-ins seen)');
		// Marks at midnight in Brussels, and the picture's ends in words under it.
		expect(picture.querySelectorAll('.tick text').map(textOf)).toEqual(['14 Jan']);
		// 17 h 28 min of the 29 h 28 min drawn: 59.28% along.
		expect(picture.querySelector('.tick line')?.getAttribute('x1')).toBe('59.28%');
		expect(page.querySelectorAll('.swimlane .picture-ends time').map((time) => time.getAttribute('datetime'))).toEqual([
			'2026-01-13T06:32:00+01:00',
			'2026-01-14T12:00:00+01:00',
		]);
	});

	it('warns English and French readers that the Dutch text was corrected after translation', async () => {
		for (const lang of ['en', 'fr']) {
			const page = await readPage(site.dist, `${lang}/${PAPER}`);
			expect(page.querySelector('[data-translation]')?.getAttribute('data-translation')).toBe('outdated');
		}
		const dutch = await readPage(site.dist, `nl/${PAPER}`);
		expect(textOf(dutch.querySelector('.update-body'))).toContain('Rechtzetting');
	});
});

describe('the demo five weeks later', () => {
	const site = useBuiltSite('demo-end', DEMO_CONTENT, { LANTERN_NOW: '2026-11-26T12:00:00+01:00' });

	it('says all is well again, names the incident that ended and when, and links to it', async () => {
		const home = await readPage(site.dist, 'en');
		expect(textOf(home.querySelector('h1'))).toBe('All services are open as normal');
		const quiet = home.querySelector('[data-quiet]');
		expect(textOf(quiet)).toBe(
			'The last incident, Cyberattack on AZ Voorbeeld, ended on Tuesday, 17 February 2026 at 12:00.',
		);
		expect(quiet?.querySelector('a')?.getAttribute('href')).toBe('/en/incidents/2026-01-cyberattack/');
		expect(home.querySelector('.not-normal')).toBeNull();
		expect(home.querySelectorAll('.key-services li[data-state="open"]')).toHaveLength(3);
		const incident = await readPage(site.dist, 'en/incidents/2026-01-cyberattack');
		expect(textOf(incident.querySelector('.facts'))).toContain('Resolved');
		expect(incident.querySelectorAll('[data-update]')).toHaveLength(13);
	});

	it('tells a service history across the whole incident, from the first update to "back to normal"', async () => {
		const page = await readPage(site.dist, 'fr/services/mug');
		const history = page.querySelectorAll('.history > li').map(textOf);
		expect(history.at(-1)).toContain('Temporairement indisponible (avant\u00a0: Ouvert)');
		expect(history[0]).toContain('de nouveau normal');
		// The picture of that history spans the incident's start to a day after the last update.
		const ends = page.querySelectorAll('.picture-ends time');
		expect(ends.map((end) => end.getAttribute('datetime'))).toEqual([
			'2026-01-13T06:32:00+01:00',
			'2026-02-18T12:00:00+01:00',
		]);
		expect(page.querySelector('svg.state-strip--main desc')).not.toBeNull();
	});

	it('shows French updates in French where translated, and the Dutch text with a notice where not', async () => {
		const translated = await readPage(site.dist, 'fr/updates/2026-01-13-0805-servers-shut-down');
		expect(translated.querySelector('[data-translation]')?.getAttribute('data-translation')).toBe('current');
		const untranslated = await readPage(site.dist, 'fr/updates/2026-01-27-1000-ambulances-back');
		expect(untranslated.querySelector('[data-translation]')?.getAttribute('data-translation')).toBe('missing');
		expect(untranslated.querySelector('.update-body')?.getAttribute('lang')).toBe('nl');
	});

	it('tells readers where to have updates sent to them, in their language', async () => {
		const links = (await readPage(site.dist, 'nl')).querySelectorAll('[data-subscribe] a');
		expect(links.map((link) => [textOf(link), link.getAttribute('href')])).toEqual([
			['Per e-mail: schrijf u in op onze mailinglijst', 'https://lists.azvoorbeeld.example/nl/'],
			['Op Mastodon: volg ons account', 'https://mastodon.azvoorbeeld.example/@status'],
			['Op Bluesky: volg ons account', 'https://bsky.app/profile/status.azvoorbeeld.example'],
			[
				'Als pushbericht op uw telefoon: abonneer u op dit onderwerp in de gratis app ntfy',
				'https://ntfy.azvoorbeeld.example/azvoorbeeld-status-nl',
			],
		]);
		// No channel announces in French yet: the French page offers its feeds only.
		expect((await readPage(site.dist, 'fr')).querySelector('[data-subscribe]')).toBeNull();
	});

	it('names the WebSub hub in the site’s feeds, which announce pings, and not in a service’s', async () => {
		const hub = 'https://websub.azvoorbeeld.example/';
		const atomLinks = [(await readXml(site.dist, 'nl/atom.xml')).feed.link].flat();
		expect(atomLinks).toContainEqual(expect.objectContaining({ '@_rel': 'hub', '@_href': hub }));
		const rssLinks = [(await readXml(site.dist, 'en/rss.xml')).rss.channel['atom:link']].flat();
		expect(rssLinks).toContainEqual(expect.objectContaining({ '@_rel': 'hub', '@_href': hub }));
		expect((await readJson(site.dist, 'fr/feed.json')).hubs).toEqual([{ type: 'WebSub', url: hub }]);
		expect((await readJson(site.dist, 'fr/services/mug/feed.json')).hubs).toBeUndefined();
	});
});

describe('the demo on Sunday 1 February, inside the window announced for the patient records system', () => {
	const site = useBuiltSite('demo-window', DEMO_CONTENT, { LANTERN_NOW: '2026-02-01T07:00:00+01:00' });

	it('shows the window’s state on the home page, and the reopening of the outpatient clinics as coming up', async () => {
		const home = await readPage(site.dist, 'en');
		const zuid = home.querySelector('.board [data-service="emergency-zuid"]');
		expect(zuid?.getAttribute('data-state')).toBe('delays');
		expect(textOf(zuid)).toContain('The patient records system is being switched back on.');
		expect(textOf(home.querySelector('.key-services [data-service="maternity-noord"]'))).toContain(
			'Open, expect delays',
		);
		expect(textOf(home.querySelector('.coming-up'))).toContain(
			'Outpatient appointments, Campus Noord (north): from Monday, 2 February 2026 at 08:00: Open as normal',
		);
		expect(textOf(home.querySelector('.board [data-service="consultations-zuid"] .planned'))).toContain(
			'Planned from Monday, 2 February 2026 at 08:00',
		);
	});

	it('reports the window as an active maintenance, and the reopening as upcoming, in Statuspage’s shapes', async () => {
		const ajv = jsonSchemaValidator();
		for (const [document, schema] of Object.entries(STATUSPAGE_SCHEMAS)) {
			const validate = ajv.compile(schema);
			expect(validate(await readJson(site.dist, `api/v2/${document}.json`)), document).toBe(true);
		}
		const active = (await readJson(site.dist, 'api/v2/scheduled-maintenances/active.json')).scheduled_maintenances;
		expect(
			active.map((maintenance: any) => [maintenance.status, maintenance.scheduled_for, maintenance.scheduled_until]),
		).toEqual([['in_progress', '2026-02-01T05:00:00.000Z', '2026-02-01T07:00:00.000Z']]);
		expect(active[0].components.map((component: any) => component.id)).toEqual(['emergency-zuid', 'maternity-noord']);
		expect(active[0].incident_updates.map((update: any) => update.status)).toEqual(['in_progress', 'scheduled']);
		const upcoming = (await readJson(site.dist, 'api/v2/scheduled-maintenances/upcoming.json')).scheduled_maintenances;
		expect(upcoming.map((maintenance: any) => [maintenance.name, maintenance.scheduled_for])).toEqual([
			['Raadplegingen, Campus Noord; Raadplegingen, Campus Zuid: Open', '2026-02-02T07:00:00.000Z'],
		]);
	});
});
