/**
 * `npm run bench`: builds the demo and synthetic sites of 100, 1,000 and 5,000 updates (in
 * three languages) and prints one table of figures; also writes them to bench-results.json.
 * With a browser, it also measures what a first search transfers, how long until its first result
 * is in the page, and Lighthouse's four scores and blocking time (mobile) on home, an update and
 * search (search three times: its score varies most from run to run). `npm run bench -- --sizes 100,1000` picks sizes;
 * `--no-browser` skips the browser.
 * Figures, not tests: nothing here passes or fails on time.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { commandLine } from './lib/command-line.ts';
import { generateContent } from './lib/generate-content.ts';
import type { LighthouseScores, LighthouseMetrics } from './lib/lighthouse.ts';
import { SEARCH_OUTCOME } from './lib/search-page.ts';
import { DEMO_FOLDER } from '../src/lib/content/content-folder.ts';

const { values } = commandLine({
	name: 'bench',
	about:
		'builds the demo and synthetic sites and prints figures (time, memory, sizes, search, Lighthouse); no pass or fail.',
	flags: {
		sizes: {
			type: 'string',
			value: 'LIST',
			default: '100,1000,5000',
			about: 'the numbers of updates of the synthetic sites',
		},
		'no-browser': { type: 'boolean', default: false, about: 'skip what needs Chromium (search and Lighthouse)' },
	},
	notes: ['Also writes the figures to bench-results.json.'],
	examples: ['npm run bench -- --sizes 100,1000 --no-browser'],
});
const project = path.resolve(import.meta.dirname, '..');
const work = path.join(tmpdir(), 'lantern-bench');
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });

interface Row {
	site: string;
	updates: number;
	buildSeconds: number;
	peakMemoryMiB: number;
	pages: number;
	distMiB: number;
	searchIndexKiB: number;
	homeGzipKiB: number;
	updateGzipKiB: number;
	timelineGzipKiB: number;
	firstSearchKiB?: number;
	/** The same as a compressing host sends it: text gzipped, Pagefind's own (compressed) files as they are. */
	firstSearchGzipKiB?: number;
	/** From navigation to the first result in the DOM, on the search page opened with a query. */
	firstResultMs?: number;
	rebuildOneMoreSeconds?: number;
	/** Lighthouse's scores and measures per page (home, update, search 1–3), mobile profile. */
	lighthouse?: Record<string, LighthouseScores & LighthouseMetrics>;
}

/** Runs a build and samples the memory of its whole process tree (Node and Pagefind) every 100 ms. */
async function timedBuild(content: string, dist: string): Promise<{ seconds: number; peakMiB: number }> {
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/build.ts'], {
		cwd: project,
		env: { ...process.env, LANTERN_CONTENT: content, LANTERN_DIST: dist, LANTERN_NOW: '2026-11-26T12:00:00+01:00' },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	let peak = 0;
	const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearInterval(sampler);
	if (code !== 0) throw new Error(`The build of ${content} failed`);
	return { seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024 / 1024 };
}

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(pid: number): number {
	try {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
		const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
		return rss + children.reduce((sum, child) => sum + treeRss(Number(child)), 0);
	} catch {
		return 0;
	}
}

async function folderBytes(folder: string): Promise<{ bytes: number; html: number }> {
	let bytes = 0;
	let html = 0;
	for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
		if (entry.name.endsWith('.html')) html++;
	}
	return { bytes, html };
}

const gzipKiB = async (file: string) => gzipSync(await readFile(file)).length / 1024;

/**
 * What a first search transfers (load the search page with a query in Chromium and add up
 * every response), and when its first result entered the DOM (a MutationObserver in the page).
 */
async function firstSearch(
	dist: string,
	query: string,
): Promise<{ kiB: number; gzipKiB: number; firstResultMs: number } | undefined> {
	if (values['no-browser']) return undefined;
	const { serveStatic } = await import('./lib/static-server.ts');
	const { launchChromium } = await import('./lib/chromium.ts');
	const site = await serveStatic(dist);
	const browser = await launchChromium();
	try {
		const context = await browser.newContext();
		await context.addInitScript((selector) => {
			new MutationObserver((_records, observer) => {
				if (!document.querySelector(selector)) return;
				Object.assign(window, { firstResultMs: performance.now() });
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		}, SEARCH_OUTCOME);
		const page = await context.newPage();
		// Every response counts, the page and its own script included: a first search pays for all of it.
		const sizes: Promise<{ bytes: number; gzipBytes: number }>[] = [];
		page.on('response', (response) =>
			sizes.push(
				response.body().then(
					(body) => {
						const text = /^(text\/|application\/(javascript|json))/.test(response.headers()['content-type'] ?? '');
						return { bytes: body.length, gzipBytes: text ? gzipSync(body).length : body.length };
					},
					() => ({ bytes: 0, gzipBytes: 0 }),
				),
			),
		);
		await page.goto(`${site.origin}/nl/search/?q=${encodeURIComponent(query)}`);
		await page.locator(SEARCH_OUTCOME).first().waitFor();
		await page.waitForLoadState('networkidle');
		const firstResultMs = await page.evaluate(() => (window as unknown as { firstResultMs: number }).firstResultMs);
		const all = await Promise.all(sizes);
		const sum = (key: 'bytes' | 'gzipBytes') => all.reduce((total, size) => total + size[key], 0) / 1024;
		return { kiB: sum('bytes'), gzipKiB: sum('gzipBytes'), firstResultMs };
	} finally {
		await browser.close();
		await site.close();
	}
}

/** Lighthouse's four scores and measures for home, the first update and a search (three runs), on the built site. */
async function lighthouseOf(dist: string, update: string, query: string): Promise<Row['lighthouse']> {
	if (values['no-browser']) return undefined;
	const { serveStatic } = await import('./lib/static-server.ts');
	const { lighthouseScores } = await import('./lib/lighthouse.ts');
	const site = await serveStatic(dist);
	try {
		const search = `${site.origin}/nl/search/?q=${encodeURIComponent(query)}`;
		const pages = { home: `${site.origin}/nl/`, update: `${site.origin}/nl/updates/${update}/` };
		const row = (scores: Awaited<ReturnType<typeof lighthouseScores>>, url: string) => {
			const { failed: _failed, metrics, ...four } = scores.get(url)!;
			return { ...four, ...metrics };
		};
		const first = await lighthouseScores(Object.values(pages));
		const measured = Object.fromEntries(Object.entries(pages).map(([name, url]) => [name, row(first, url)]));
		for (const run of [1, 2, 3]) measured[`search ${run}`] = row(await lighthouseScores([search]), search);
		return measured;
	} finally {
		await site.close();
	}
}

async function measure(
	site: string,
	content: string,
	updates: number,
	query: string,
	withRebuild: boolean,
): Promise<Row> {
	const dist = path.join(work, `${site}-dist`);
	const build = await timedBuild(content, dist);
	const { bytes, html } = await folderBytes(dist);
	const firstUpdate = (await readdir(path.join(content, 'updates'))).sort()[0]!;
	const row: Row = {
		site,
		updates,
		buildSeconds: build.seconds,
		peakMemoryMiB: build.peakMiB,
		pages: html,
		distMiB: bytes / 1024 / 1024,
		searchIndexKiB: (await folderBytes(path.join(dist, 'pagefind'))).bytes / 1024,
		homeGzipKiB: await gzipKiB(path.join(dist, 'nl/index.html')),
		updateGzipKiB: await gzipKiB(path.join(dist, 'nl/updates', firstUpdate, 'index.html')),
		timelineGzipKiB: await gzipKiB(path.join(dist, 'nl/updates/index.html')),
	};
	const searched = await firstSearch(dist, query);
	if (searched)
		Object.assign(row, {
			firstSearchKiB: searched.kiB,
			firstSearchGzipKiB: searched.gzipKiB,
			firstResultMs: searched.firstResultMs,
		});
	const lighthouse = await lighthouseOf(dist, firstUpdate, query);
	if (lighthouse) row.lighthouse = lighthouse;
	if (withRebuild) {
		const extra = path.join(content, 'updates', '29990101-0000-one-more');
		await mkdir(extra, { recursive: true });
		await writeFile(
			path.join(extra, 'nl.mdx'),
			'---\nincident: incident-001\npublished: 2026-11-01T10:00:00+01:00\nphase: resolved\ntitle: Nog een update\nsummary: Eentje meer.\n---\nTekst.\n',
		);
		row.rebuildOneMoreSeconds = (await timedBuild(content, dist)).seconds;
	}
	return row;
}

const rows: Row[] = [];
rows.push(await measure('demo', path.join(project, DEMO_FOLDER), 13, 'ziekenwagen', false));
for (const size of values.sizes.split(',').map(Number).filter(Boolean)) {
	const content = path.join(work, `synthetic-${size}`);
	for (const [file, text] of generateContent({ updates: size, services: 20, languages: ['nl', 'en', 'fr'] })) {
		await mkdir(path.dirname(path.join(content, file)), { recursive: true });
		await writeFile(path.join(content, file), text);
	}
	rows.push(await measure(`synthetic-${size}`, content, size, 'kenmerk7', size === 1000));
}

const columns: [keyof Row, string, number][] = [
	['site', 'site', 0],
	['updates', 'updates', 0],
	['buildSeconds', 'build s', 1],
	['peakMemoryMiB', 'peak MiB', 0],
	['pages', 'pages', 0],
	['distMiB', 'dist MiB', 1],
	['searchIndexKiB', 'index KiB', 0],
	['homeGzipKiB', 'home gz KiB', 1],
	['updateGzipKiB', 'update gz KiB', 1],
	['timelineGzipKiB', 'timeline gz KiB', 1],
	['firstSearchKiB', '1st search KiB', 0],
	['firstSearchGzipKiB', 'gzip KiB', 0],
	['firstResultMs', '1st result ms', 0],
	['rebuildOneMoreSeconds', '+1 rebuild s', 1],
];
const cell = (row: Row, [key, , digits]: (typeof columns)[number]): string =>
	typeof row[key] === 'number' ? (row[key] as number).toFixed(digits) : String(row[key] ?? '–');
const widths = columns.map((column) => Math.max(column[1].length, ...rows.map((row) => cell(row, column).length)));
const line = (cells: string[]) => cells.map((text, index) => text.padStart(widths[index]!)).join('  ');
console.log(
	`\n${line(columns.map((column) => column[1]))}\n${rows.map((row) => line(columns.map((column) => cell(row, column)))).join('\n')}`,
);
const scored = rows.filter((row) => row.lighthouse);
if (scored.length) {
	console.log(
		'\nLighthouse, mobile (performance / accessibility / best practices / SEO, target 100 each; blocking time, first and largest contentful paint, speed index in ms; layout shift)',
	);
	for (const row of scored)
		for (const [page, scores] of Object.entries(row.lighthouse!))
			console.log(
				`${row.site.padStart(16)}  ${page.padEnd(8)}  ${[scores.performance, scores.accessibility, scores['best-practices'], scores.seo].map((score) => String(score).padStart(3)).join(' / ')}  TBT ${String(scores.totalBlockingTime).padStart(4)}  FCP ${String(scores.firstContentfulPaint).padStart(5)}  LCP ${String(scores.largestContentfulPaint).padStart(5)}  SI ${String(scores.speedIndex).padStart(5)}  CLS ${scores.cumulativeLayoutShift.toFixed(3)}`,
			);
}
await writeFile(
	path.join(project, 'bench-results.json'),
	`${JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, '\t')}\n`,
);
console.log('\nWritten to bench-results.json');
