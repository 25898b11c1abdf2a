import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent, listFiles, readPage, SMALL_FIXTURE } from './helpers/build-site.ts';

/** 45 more updates, one an hour on 4 March, each changing the pharmacy. */
async function addUpdates(content: string, count: number): Promise<string[]> {
	const ids: string[] = [];
	for (let index = 0; index < count; index++) {
		const hour = String(index % 24).padStart(2, '0');
		const day = String(4 + Math.floor(index / 24)).padStart(2, '0');
		const id = `2026-03-${day}-${hour}00-update-${index}`;
		await mkdir(path.join(content, 'updates', id), { recursive: true });
		await writeFile(
			path.join(content, 'updates', id, 'nl.mdx'),
			`---\nincident: 2026-03-lab\npublished: 2026-03-${day}T${hour}:00:00+01:00\nphase: recovering\ntitle: Update ${index}\nsummary: Apotheek.\nservices:\n  pharmacy: ${index % 2 ? 'open' : 'delays'}\n---\nTekst ${index}.\n`,
		);
		ids.push(id);
	}
	return ids;
}

describe('the timeline of a long incident', () => {
	let dist: string;
	let added: string[];

	beforeAll(async () => {
		const content = await copyContent(SMALL_FIXTURE, 'pages');
		added = await addUpdates(content, 45);
		dist = path.join(path.dirname(content), 'dist');
		const result = buildSite(content, dist, { LANTERN_NOW: '2026-03-08T12:00:00+01:00' });
		expect(result.ok, result.output).toBe(true);
	});

	it('is split into pages of 20, newest first, linked to each other', async () => {
		const files = await listFiles(dist);
		expect(files.filter((file) => /^en\/updates\/\d+\/index\.html$/.test(file))).toEqual([
			'en/updates/2/index.html',
			'en/updates/3/index.html',
		]);
		const first = await readPage(dist, 'en/updates');
		const ids = first.querySelectorAll('[data-update]').map((card) => card.getAttribute('data-update'));
		expect(ids).toHaveLength(20);
		expect(ids[0]).toBe(added.at(-1));
		expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/en/updates/2/');
		expect(first.querySelector('a[rel="prev"]')).toBeNull();

		const last = await readPage(dist, 'en/updates/3');
		expect(last.querySelectorAll('[data-update]')).toHaveLength(7);
		expect(last.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/en/updates/2/');
		expect(last.querySelectorAll('.languages a').map((link) => link.getAttribute('href'))).toEqual([
			'/nl/updates/3/',
			'/fr/updates/3/',
		]);
	});
});
