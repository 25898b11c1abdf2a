import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { updateForm } from '../../src/lib/authoring/issue-forms.ts';
import {
	buildSite,
	copyContent,
	MUNICIPALITY_FIXTURE,
	MUNICIPALITY_FIXTURE_NOW,
	readPage,
	SMALL_FIXTURE,
	textOf,
	useBuiltSite,
} from './helpers/build-site.ts';
import { SMALL_FIXTURE_NOW } from './helpers/global-setup.ts';
import { jsonSchemaValidator, readJson, readXml, statuspageDocumentsIn, validateCap } from './helpers/outputs.ts';

/** Statuspage's documented component statuses: a client knows these and no other. */
const STATUSPAGE_VOCABULARY = ['operational', 'degraded_performance', 'partial_outage', 'major_outage'];

/** Every component status and affected-component status a Statuspage document set reports. */
function statuspageStatuses(documents: Record<string, any>): string[] {
	const components = documents['components'].components.map((component: any) => component.status);
	const changes = documents['incidents'].incidents.flatMap((incident: any) =>
		incident.incident_updates.flatMap((update: any) =>
			(update.affected_components ?? []).flatMap((affected: any) => [affected.old_status, affected.new_status]),
		),
	);
	return [...components, ...changes];
}

/** The state options of the issue form's first service, as a comms officer picks them. */
async function formStateOptions(folder: string, now: string): Promise<string[]> {
	const { content } = await loadContent(folder, new Date(now));
	const field = updateForm(content).body.find((entry) => entry.type === 'dropdown' && entry.id.startsWith('state-'));
	return field?.type === 'dropdown' ? field.attributes.options : [];
}

describe('a town hall with states of its own instead of the hospital ones (municipality fixture)', () => {
	const site = useBuiltSite('municipality', MUNICIPALITY_FIXTURE, { LANTERN_NOW: MUNICIPALITY_FIXTURE_NOW });
	const counters = ['habitants', 'etat-civil', 'permis'];

	it('shows its states on the board in each language, with the colour of their Statuspage status and their icon', async () => {
		const home = await readPage(site.dist, 'fr');
		const label = (service: string) => home.querySelector(`.board [data-service="${service}"] .state`);
		expect(counters.map((service) => label(service)?.getAttribute('data-state'))).toEqual([
			'appointment-only',
			'appointment-only',
			'open',
		]);
		expect(textOf(label('habitants'))).toBe('Ouvert uniquement sur rendez-vous');
		expect(label('habitants')?.classList.contains('tone-minor')).toBe(true);
		// The icon the state names (a calendar), not the one of its Statuspage status (a clock).
		expect(label('habitants')?.querySelector('svg rect')).not.toBeNull();
		expect(textOf((await readPage(site.dist, 'de')).querySelector('.board [data-service="habitants"] .state'))).toBe(
			'Nur mit Termin geöffnet',
		);
		// No hospital state is offered anywhere: the search filter lists the town hall's four.
		const search = await readPage(site.dist, 'fr/search');
		expect(search.querySelectorAll('#search-states [data-state]').map((state) => textOf(state))).toEqual([
			'Ouvert normalement',
			'Ouvert uniquement sur rendez-vous',
			'Démarches en ligne uniquement',
			'Fermé',
		]);
	});

	it('finds the worst state by the ranks it gives, on the board as it was and now', async () => {
		// The first update: one counter by appointment (rank 1), one online only (2), one closed (3).
		const first = await readPage(site.dist, 'fr/updates/2026-06-08-0830-servers-down');
		expect(textOf(first.querySelector('.group-summary'))).toBe(
			'3 sur 3 ne fonctionnent pas normalement\u00a0; le plus touché\u00a0: Permis de construire (Fermé)',
		);
		const status = await readJson(site.dist, 'api/status.json');
		expect(status.overall).toMatchObject({ key: 'appointment-only', rank: 1, statuspage: 'degraded_performance' });
		expect(status.campuses.map((campus: any) => [campus.id, campus.state.key])).toEqual([
			['hotel-de-ville', 'appointment-only'],
			['voirie', 'open'],
		]);
		const ajv = jsonSchemaValidator();
		const schema = await readJson(site.dist, 'api/status.schema.json');
		expect(schema.properties.overall.properties.key.enum).toEqual([
			'open',
			'appointment-only',
			'online-only',
			'closed',
		]);
		const validate = ajv.compile(schema);
		expect(validate(status), ajv.errorsText(validate.errors)).toBe(true);
		const text = await readFile(path.join(site.dist, 'fr/status.txt'), 'utf8');
		expect(text).toContain(
			'le plus touché\u00a0: Contrôle des habitants, Hôtel de ville (Ouvert uniquement sur rendez-vous)',
		);
		expect(text).toContain('- État civil, Hôtel de ville: Ouvert uniquement sur rendez-vous');
	});

	it('reports only Statuspage’s documented statuses, mapped as site.yaml says', async () => {
		const documents = await statuspageDocumentsIn(site.dist);
		expect(new Set(statuspageStatuses(documents))).toEqual(new Set(STATUSPAGE_VOCABULARY));
		const byId = new Map(documents['components'].components.map((component: any) => [component.id, component.status]));
		expect(counters.map((id) => byId.get(id))).toEqual(['degraded_performance', 'degraded_performance', 'operational']);
		expect(documents['status'].status.indicator).toBe('minor');
		// The incident's impact is the worst state it caused: the closed counter, a major outage.
		expect(documents['incidents'].incidents[0].impact).toBe('critical');
	});

	it('gives each CAP alert the severity of the worst state after it', async () => {
		const severities: string[] = [];
		for (const id of ['2026-06-08-0830-servers-down', '2026-06-09-1000-counters-reopen']) {
			const xml = await readFile(path.join(site.dist, `cap/${id}.xml`), 'utf8');
			expect((await validateCap(`${id}.xml`, xml)).valid).toBe(true);
			const alert = (await readXml(site.dist, `cap/${id}.xml`)).alert;
			severities.push(...new Set<string>(alert.info.map((info: any) => info.severity)));
		}
		expect(severities).toEqual(['Severe', 'Moderate']);
	});

	it('offers its states, and only those, in the issue form', async () => {
		expect(await formStateOptions(MUNICIPALITY_FIXTURE, MUNICIPALITY_FIXTURE_NOW)).toEqual([
			'Pas de changement',
			'Ouvert normalement',
			'Ouvert uniquement sur rendez-vous',
			'Démarches en ligne uniquement',
			'Fermé',
		]);
	});
});

describe('a hospital that adds one state to the hospital ones', () => {
	const added = 'samples-elsewhere';
	let folder = '';
	let dist = '';
	beforeAll(async () => {
		folder = await copyContent(SMALL_FIXTURE, 'added-state');
		const siteFile = path.join(folder, 'site.yaml');
		const states = `states:
  add:
    - key: ${added}
      rank: 2
      statuspage: degraded_performance
      label:
        nl: Bloedafname op de andere campus
        en: Blood tests on the other campus
        fr: Prises de sang sur l’autre campus
`;
		await writeFile(siteFile, `${await readFile(siteFile, 'utf8')}${states}`);
		const update = path.join(folder, 'updates/2026-03-02-1500-lab-partly-back/nl.mdx');
		await writeFile(update, (await readFile(update, 'utf8')).replace('lab-oost: urgent-only', `lab-oost: ${added}`));
		dist = path.join(path.dirname(folder), 'dist');
		const result = buildSite(folder, dist, { LANTERN_NOW: SMALL_FIXTURE_NOW });
		expect(result.ok, result.output).toBe(true);
	});

	it('shows it on the board, reports it as its Statuspage status and offers it after the states of its rank', async () => {
		const home = await readPage(dist, 'en');
		const state = home.querySelector('.board [data-service="lab-oost"] .state');
		expect([state?.getAttribute('data-state'), textOf(state)]).toEqual([added, 'Blood tests on the other campus']);
		expect(state?.classList.contains('tone-minor')).toBe(true);
		const documents = await statuspageDocumentsIn(dist);
		const labOost = documents['components'].components.find((component: any) => component.id === 'lab-oost');
		expect(labOost.status).toBe('degraded_performance');
		expect(documents['status'].status.indicator).toBe('minor');
		const options = await formStateOptions(folder, SMALL_FIXTURE_NOW);
		expect(options).toHaveLength(1 + 9);
		expect(options.slice(1, 6)).toEqual([
			'Open',
			'Open, met wachttijden',
			'Beperkte capaciteit',
			'Bloedafname op de andere campus',
			'Enkel dringende zorg',
		]);
	});
});
