import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyContent, readPage, SMALL_FIXTURE } from './helpers/build-site.ts';
import { readJson, readXml, validateCap } from './helpers/outputs.ts';

const NOW = { LANTERN_NOW: '2026-03-05T12:00:00+01:00' };
const LAB_DOWN = '2026-03-02-0900-lab-down';
const LAB_BACK = '2026-03-04-1000-lab-back';

/** The id every output gives the update LAB_DOWN. */
async function idsOfLabDown(dist: string) {
	const rss = await readXml(dist, 'nl/rss.xml');
	const atom = await readXml(dist, 'en/atom.xml');
	const json = await readJson(dist, 'nl/feed.json');
	const cap = await readXml(dist, `cap/${LAB_DOWN}.xml`);
	const statuspage = await readJson(dist, 'api/v2/incidents.json');
	return {
		rss: rss.rss.channel.item.find((item: any) => item.guid['#text'].includes(LAB_DOWN)).guid['#text'],
		atom: atom.feed.entry.find((entry: any) => entry.id.includes(LAB_DOWN)).id,
		json: json.items.find((item: any) => item.id.includes(LAB_DOWN)).id,
		cap: cap.alert.identifier,
		statuspage: statuspage.incidents[0].incident_updates.find((update: any) => update.id === LAB_DOWN).id,
	};
}

describe('outputs follow the content', () => {
	it('keep every id when an update is corrected, and carry a new update everywhere after a rebuild', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'follow');
		const dist = path.join(path.dirname(content), 'dist');
		expect(buildSite(content, dist, NOW).ok).toBe(true);
		const idsBefore = await idsOfLabDown(dist);

		const source = path.join(content, 'updates', LAB_DOWN, 'nl.mdx');
		await writeFile(
			source,
			(await readFile(source, 'utf8'))
				.replace('door een storing.', 'door een stroompanne. Gecorrigeerd.')
				.replace('phase: ongoing', 'phase: ongoing\nupdated: 2026-03-02T10:00:00+01:00'),
		);
		await mkdir(path.join(content, 'updates', LAB_BACK));
		await writeFile(
			path.join(content, 'updates', LAB_BACK, 'nl.mdx'),
			`---
incident: 2026-03-lab
published: 2026-03-04T10:00:00+01:00
phase: resolved
title: Labo Oost werkt weer volledig
summary: Alle bloedafnames kunnen weer.
services:
  lab-oost: open
---
Het labo werkt weer. Bedankt voor uw geduld.
`,
		);
		const rebuilt = buildSite(content, dist, NOW);
		expect(rebuilt.ok, rebuilt.output).toBe(true);

		expect(await idsOfLabDown(dist)).toEqual(idsBefore);
		const rss = await readXml(dist, 'nl/rss.xml');
		const corrected = rss.rss.channel.item.find((item: any) => item.guid['#text'] === idsBefore.rss);
		expect(corrected['content:encoded']).toContain('Gecorrigeerd.');
		const atom = await readXml(dist, 'nl/atom.xml');
		expect(atom.feed.entry.find((entry: any) => entry.id.includes(LAB_DOWN)).updated).toBe('2026-03-02T09:00:00.000Z');

		// The new update, everywhere.
		expect(rss.rss.channel.item[0].title).toBe('Labo Oost werkt weer volledig');
		expect((await readXml(dist, 'en/atom.xml')).feed.entry[0].id).toContain(LAB_BACK);
		expect((await readJson(dist, 'fr/feed.json')).items[0].id).toContain(LAB_BACK);
		expect((await readXml(dist, 'nl/services/lab-oost/rss.xml')).rss.channel.item[0].guid['#text']).toContain(LAB_BACK);
		const incidents = await readJson(dist, 'api/v2/incidents.json');
		expect(incidents.incidents[0]).toMatchObject({ status: 'resolved', resolved_at: '2026-03-04T09:00:00.000Z' });
		expect(incidents.incidents[0].incident_updates[0].id).toBe(LAB_BACK);
		expect((await readJson(dist, 'api/v2/incidents/unresolved.json')).incidents).toEqual([]);
		expect((await readJson(dist, 'api/v2/status.json')).status.indicator).toBe('none');
		expect((await readJson(dist, 'api/status.json')).latest_update.id).toBe(LAB_BACK);
		const alert = await readFile(path.join(dist, 'cap', `${LAB_BACK}.xml`), 'utf8');
		expect((await validateCap(`${LAB_BACK}.xml`, alert)).valid).toBe(true);
		expect(alert).toContain('<urgency>Past</urgency>');
		expect((await readXml(dist, 'cap/index.atom')).feed.entry[0].id).toContain(LAB_BACK);
		expect(await readFile(path.join(dist, 'services/lab-oost/badge.svg'), 'utf8')).toContain(
			'Labo Oost, Campus Oost: Open',
		);
		// All open and the incident resolved: the home page says so and links the new update.
		const home = await readPage(dist, 'nl');
		expect(home.querySelector('[data-quiet]')).not.toBeNull();
		expect(home.querySelector('.more a')?.getAttribute('href')).toBe(`/nl/updates/${LAB_BACK}/`);
	});
});
