import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildSite,
	buildSiteAtOnce,
	copyContent,
	listFiles,
	readPage,
	PROJECT,
	SMALL_FIXTURE,
	tempFolder,
	textOf,
} from './helpers/build-site.ts';

const NOW = { LANTERN_NOW: '2026-03-05T12:00:00+01:00' };
const PARTLY_BACK = 'updates/2026-03-02-1500-lab-partly-back';

async function editFile(file: string, from: string, to: string) {
	const text = await readFile(file, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
	await writeFile(file, text.replace(from, to));
}

/** A fingerprint of every file in a folder, to prove a failed build left it alone. */
async function fingerprint(folder: string): Promise<string> {
	const hash = createHash('sha256');
	for (const file of await listFiles(folder)) hash.update(file).update(await readFile(path.join(folder, file)));
	return hash.digest('hex');
}

describe('changing one state in one MDX file', () => {
	it('changes the home board, the timeline and the service page after a rebuild', async () => {
		const content = await copyContent(SMALL_FIXTURE, 'change');
		const dist = path.join(path.dirname(content), 'dist');
		expect(buildSite(content, dist, NOW).ok).toBe(true);
		const westOnHome = async () =>
			textOf((await readPage(dist, 'en')).querySelector('.board [data-service="lab-west"]'));
		expect(await westOnHome()).toContain('Open as normal');

		await editFile(path.join(content, PARTLY_BACK, 'nl.mdx'), 'lab-west: open', 'lab-west: closed');
		const rebuilt = buildSite(content, dist, NOW);
		expect(rebuilt.ok, rebuilt.output).toBe(true);

		expect(await westOnHome()).toContain('Closed');
		const timeline = await readPage(dist, 'en/updates');
		expect(textOf(timeline.querySelector('[data-update="2026-03-02-1500-lab-partly-back"] .changes'))).toContain(
			'Laboratory West, Campus West: Closed (was: Open, expect delays)',
		);
		const service = await readPage(dist, 'en/services/lab-west');
		expect(textOf(service.querySelector('.current'))).toBe('Closed');
	});
});

describe('a build with bad content', () => {
	let content: string;
	let dist: string;
	let before: string;
	let firstOutput: string;

	beforeAll(async () => {
		dist = path.join(await tempFolder('failure'), 'dist');
		const first = buildSite(SMALL_FIXTURE, dist, NOW);
		expect(first.ok, first.output).toBe(true);
		firstOutput = first.output;
		before = await fingerprint(dist);
	});

	it('(built first) ends by saying where the site is and how many pages it has', async () => {
		const pages = (await listFiles(dist)).filter((file) => file.endsWith('.html')).length;
		expect(firstOutput.trimEnd().split('\n').at(-1)).toBe(`Built ${pages} pages into ${path.relative(PROJECT, dist)}/`);
	});

	const cases = [
		{
			name: 'an unknown state',
			file: `${PARTLY_BACK}/nl.mdx`,
			edit: ['lab-west: open', 'lab-west: opn'],
			expected: [
				/nl\.mdx:\d+:\d+ {2}services\.lab-west\.state {2}this value is not allowed: found "opn" \(allowed: open, delays/,
				/Did you mean "open"/,
			],
		},
		{
			name: 'an unknown service id',
			file: `${PARTLY_BACK}/nl.mdx`,
			edit: ['lab-west: open', 'lab-wets: open'],
			expected: [
				/nl\.mdx:\d+:\d+ {2}services\.lab-wets {2}there is no such service in services\.yaml: found "lab-wets"/,
			],
		},
		{
			name: 'a published time without offset',
			file: `${PARTLY_BACK}/nl.mdx`,
			edit: ['published: 2026-03-02T15:00:00+01:00', 'published: 2026-03-02T15:00:00'],
			expected: [/nl\.mdx:3:12 {2}published {2}expected a date and time with an offset/],
		},
		{
			name: 'a translation carrying states',
			file: `${PARTLY_BACK}/en.mdx`,
			edit: ['source_hash:', 'services:\n  lab-west: open\nsource_hash:'],
			expected: [/en\.mdx:4:1 {2}services {2}a translation carries only its text; service states belong in nl\.mdx/],
		},
		{
			name: 'script in an update',
			file: `${PARTLY_BACK}/nl.mdx`,
			edit: ['Dringende bloedafnames kunnen weer.', '<script>alert(1)</script>\n\nDringende bloedafnames kunnen weer.'],
			expected: [/nl\.mdx:19:1 {2}body {2}HTML is not allowed in an update \(<script>\)/],
		},
		{
			name: 'an event handler in a translation',
			file: `${PARTLY_BACK}/en.mdx`,
			edit: [
				'Urgent blood tests are possible again.',
				'<Callout onmouseover="alert(1)">Urgent blood tests are possible again.</Callout>',
			],
			expected: [/en\.mdx:\d+:1 {2}body {2}event handler attributes are not allowed \(onmouseover=\)/],
		},
	] as const;

	for (const { name, file, edit, expected } of cases) {
		it(`stops on ${name}, names the file and the field, and leaves dist/ as it was`, async () => {
			content = await copyContent(SMALL_FIXTURE, 'bad');
			await editFile(path.join(content, file), edit[0], edit[1]);
			const result = buildSite(content, dist, NOW);
			expect(result.ok).toBe(false);
			expect(result.output).toContain(path.join(content, file).split(path.sep).slice(-3).join('/'));
			for (const pattern of expected) expect(result.output).toMatch(pattern);
			expect(result.output).toContain('dist/ was left as it was');
			// The content's problems alone: no word of the build tool's hooks.
			expect(result.output).not.toMatch(/unhandled error|astro:config:setup|\[ERROR\]/);
			expect(await fingerprint(dist)).toBe(before);
			await rm(path.dirname(content), { recursive: true, force: true });
		});
	}

	it('also leaves dist/ alone when an MDX body does not compile', async () => {
		content = await copyContent(SMALL_FIXTURE, 'bad-mdx');
		await editFile(path.join(content, PARTLY_BACK, 'nl.mdx'), 'Dringende bloedafnames', '{1 +} Dringende bloedafnames');
		const result = buildSite(content, dist, NOW);
		expect(result.ok).toBe(false);
		expect(await fingerprint(dist)).toBe(before);
		expect((await listFiles(path.dirname(dist))).filter((file) => !file.startsWith('dist/'))).toEqual([]);
	});
});

describe('two builds at once, each into a folder outside the project', () => {
	it('both finish, each as it would alone', async () => {
		const folder = await tempFolder('at-once');
		const [first, second] = await Promise.all([
			buildSiteAtOnce(SMALL_FIXTURE, path.join(folder, 'first'), NOW),
			buildSiteAtOnce(SMALL_FIXTURE, path.join(folder, 'second'), NOW),
		]);
		expect(first.ok, first.output).toBe(true);
		expect(second.ok, second.output).toBe(true);
		expect(await fingerprint(first.dist)).toBe(await fingerprint(second.dist));
		// Nothing of either build is left beside the two folders.
		expect((await listFiles(folder)).filter((file) => !/^(first|second)\//.test(file))).toEqual([]);
	});
});
