import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHeaderRules, serveStatic } from '../../scripts/lib/static-server.ts';
import { headersFor } from '../../src/lib/hosting/headers.ts';
import { buildSite, commandEnv, listFiles, PROJECT, SMALL_FIXTURE, tempFolder } from './helpers/build-site.ts';

const SITE = 'https://example.org/status/';
const run = promisify(execFile);
const NOW = { LANTERN_NOW: '2026-03-05T12:00:00+01:00' };

/** Every URL an HTML, XML, JSON or CSS file mentions, with whether a browser would load it (not just link to it). */
function urlsIn(file: string, text: string): { url: string; loads: boolean }[] {
	const found: { url: string; loads: boolean }[] = [];
	const html = /\.(html|xml|json|atom)$/.test(file)
		? text
				.replace(/&quot;/g, '"')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/\\"/g, '"')
		: text;
	for (const match of html.matchAll(/<(\w+)\b([^>]*)>/g)) {
		const [, tag = '', attributes = ''] = match;
		for (const attribute of attributes.matchAll(/\s(href|src|action|poster|data|srcset)="([^"]*)"/g)) {
			const [, name = '', value = ''] = attribute;
			const rel = /\srel="([^"]*)"/.exec(attributes)?.[1] ?? '';
			const loads =
				name !== 'href' && name !== 'action'
					? true
					: tag === 'link' && /stylesheet|preload|icon|modulepreload|manifest/.test(rel);
			for (const url of name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value])
				found.push({ url, loads });
		}
	}
	for (const match of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) found.push({ url: match[1]!, loads: true });
	if (file.endsWith('.json'))
		for (const match of text.matchAll(/"(https?:\/\/[^"]+)"/g)) found.push({ url: match[1]!, loads: false });
	return found;
}

describe('a build under a sub-path (BASE_PATH=/status/)', () => {
	let dist: string;
	let files: string[];

	beforeAll(async () => {
		dist = path.join(await tempFolder('base'), 'dist');
		const result = buildSite(SMALL_FIXTURE, dist, { ...NOW, BASE_PATH: '/status/', SITE_URL: SITE });
		expect(result.ok, result.output).toBe(true);
		files = (await listFiles(dist)).filter((file) => /\.(html|xml|json|css|atom|txt)$/.test(file));
	});

	it('keeps every link, asset, feed and API URL inside the base', async () => {
		const escaping: string[] = [];
		for (const file of files) {
			for (const { url } of urlsIn(file, await readFile(path.join(dist, file), 'utf8'))) {
				if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/status/'))
					escaping.push(`${file}: ${url}`);
				if (url.startsWith('https://example.org') && !url.startsWith(SITE)) escaping.push(`${file}: ${url}`);
			}
		}
		expect(escaping).toEqual([]);
		const feed = await readFile(path.join(dist, 'en/rss.xml'), 'utf8');
		expect(feed).toContain('<atom:link href="https://example.org/status/en/rss.xml"');
		const api = JSON.parse(await readFile(path.join(dist, 'api/v2/summary.json'), 'utf8'));
		expect(api.page.url).toBe('https://example.org/status/nl/');
		expect(await readFile(path.join(dist, 'robots.txt'), 'utf8')).toContain(
			'Sitemap: https://example.org/status/sitemap-index.xml',
		);
	});

	it('loads no resource from another origin in any HTML, XML, JSON or CSS file (links to click are fine)', async () => {
		const foreign: string[] = [];
		for (const file of files) {
			for (const { url, loads } of urlsIn(file, await readFile(path.join(dist, file), 'utf8'))) {
				if (loads && /^(https?:)?\/\//.test(url) && !url.startsWith('https://example.org/status/'))
					foreign.push(`${file}: ${url}`);
			}
		}
		expect(foreign).toEqual([]);
		expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(30);
	});

	it('writes headers where no two rules set the same header for one path', async () => {
		const rules = await readHeaderRules(dist);
		expect(rules.length).toBeGreaterThan(10);
		for (const file of await listFiles(dist)) {
			const url = `/status/${file.replace(/index\.html$/, '')}`;
			const matched = rules.filter((rule) =>
				new RegExp(
					`^${rule.path
						.split('*')
						.map((part) => part.replace(/[.?+^$()|[\]\\]/g, '\\$&'))
						.join('.*')}$`,
				).test(url),
			);
			const names = matched.flatMap((rule) => Object.keys(rule.headers));
			expect(names.length, `${url}: ${names.join(', ')}`).toBe(new Set(names).size);
		}
		const page = headersFor(rules, '/status/en/');
		expect(page['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
		expect(page['Content-Security-Policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
		expect(page).toMatchObject({
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'public, max-age=60, stale-while-revalidate=600',
		});
		expect(page['Strict-Transport-Security']).toContain('max-age=');
		expect(page['Referrer-Policy']).toBeTruthy();
		expect(page['Permissions-Policy']).toBeTruthy();
		expect(page['Access-Control-Allow-Origin']).toBeUndefined();
		expect(headersFor(rules, '/status/api/v2/summary.json')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor(rules, '/status/en/services/lab-oost/rss.xml')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor(rules, '/status/cap/index.atom')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor(rules, '/status/badge.svg')['Access-Control-Allow-Origin']).toBe('*');
		const asset = (await listFiles(path.join(dist, '_astro')))[0]!;
		expect(headersFor(rules, `/status/_astro/${asset}`)['Cache-Control']).toBe('public, max-age=31536000, immutable');
	});

	it('writes a plain-text status under 1 KB and an A4 notice with a QR code', async () => {
		const text = await readFile(path.join(dist, 'status.txt'));
		expect(text.length).toBeLessThan(1024);
		expect(text.toString()).toContain('Labo Oost, Campus Oost: Enkel dringende zorg');
		// The whole site as a count and its most affected service, never as one state.
		expect(text.toString().split('\n')[1]).toBe(
			'1 van de 3 werkt niet normaal: Labo Oost, Campus Oost (Enkel dringende zorg)',
		);
		expect(text.toString()).toContain('https://example.org/status/nl/');
		expect(text.toString()).toContain(
			'Volgende geplande wijziging: Apotheek: Gesloten van vrijdag 6 maart 2026 om 08:00 tot 10:00\n',
		);
		const notice = await readFile(path.join(dist, 'en/print/index.html'), 'utf8');
		expect(notice).toMatch(/<svg role="img" aria-label="https:\/\/example\.org\/status\/en\/"/);
		expect(notice).toMatch(/@page\s*\{size:\s*A4/);
		expect(notice).toContain('1733');
		expect(notice).toContain('1 of 3 services are not working as normal.');
		expect(notice).toMatch(/<h2[^>]*>Next planned change<\/h2>/);
		expect(notice).toMatch(/<time datetime="2026-03-06T08:00:00\+01:00"[^>]*>Friday, 6 March 2026 at 08:00<\/time>/);
	});

	it('lists every file in integrity.json, and npm run verify finds a changed, a missing and an extra file in a copy', async () => {
		const manifest = JSON.parse(await readFile(path.join(dist, 'integrity.json'), 'utf8'));
		expect(Object.keys(manifest.files).sort()).toEqual(
			(await listFiles(dist)).filter((file) => file !== 'integrity.json'),
		);
		const verify = (target: string) =>
			spawnSync(process.execPath, ['scripts/verify.ts', target, '--manifest', path.join(dist, 'integrity.json')], {
				cwd: PROJECT,
				env: commandEnv(),
				encoding: 'utf8',
			});
		expect(verify(dist).status).toBe(0);

		const copy = path.join(path.dirname(dist), 'mirror');
		await cp(dist, copy, { recursive: true });
		await writeFile(path.join(copy, 'en/index.html'), '<p>defaced</p>');
		await writeFile(path.join(copy, 'unexpected.html'), 'x');
		await writeFile(path.join(copy, 'api/status.json'), '');
		const { rm } = await import('node:fs/promises');
		await rm(path.join(copy, 'nl/rss.xml'));
		const result = verify(copy);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('Missing (1):\n  nl/rss.xml');
		expect(result.stdout).toContain('Changed (2):\n  api/status.json\n  en/index.html');
		expect(result.stdout).toContain('Extra (1):\n  unexpected.html');
	});

	it('tells a scheduled rebuild to publish only when the build differs from what the live site serves', async () => {
		const live = path.join(path.dirname(dist), 'live');
		await cp(dist, live, { recursive: true });
		const site = await serveStatic(live, { base: '/status/' });
		const publishNeeded = async (url: string, ...flags: string[]) => {
			const output = path.join(path.dirname(dist), `github-output-${Math.random()}`);
			await writeFile(output, '');
			const { stdout } = await run(process.execPath, ['scripts/publish-needed.ts', url, ...flags], {
				cwd: PROJECT,
				env: commandEnv({ LANTERN_DIST: dist, GITHUB_OUTPUT: output }),
			});
			return { said: stdout.trim(), output: await readFile(output, 'utf8') };
		};
		try {
			await expect(publishNeeded(`${site.origin}/status/`)).resolves.toEqual({
				said: `no publish: the build is the site ${site.origin}/status/ serves`,
				output: 'publish=false\n',
			});
			// A push publishes whatever the comparison says.
			await expect(publishNeeded(`${site.origin}/status/`, '--always')).resolves.toMatchObject({
				output: 'publish=true\n',
			});
			// The live site is an older build: one file differs.
			const manifest = JSON.parse(await readFile(path.join(live, 'integrity.json'), 'utf8'));
			manifest.files['nl/index.html'] = '0'.repeat(64);
			await writeFile(path.join(live, 'integrity.json'), JSON.stringify(manifest));
			await expect(publishNeeded(`${site.origin}/status/`)).resolves.toMatchObject({
				said: `publish: 1 file(s) differ from ${site.origin}/status/integrity.json`,
				output: 'publish=true\n',
			});
		} finally {
			await site.close();
		}
		// Nothing answers there (the server is closed): publish rather than leave the site stale.
		await expect(publishNeeded(`${site.origin}/status/`)).resolves.toMatchObject({ output: 'publish=true\n' });
	});
});
