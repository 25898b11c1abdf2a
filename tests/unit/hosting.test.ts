import { describe, expect, it } from 'vitest';
import {
	caddyfile,
	headerRules,
	headersFile,
	headersFor,
	META_CONTENT_SECURITY_POLICY,
	nginxSnippet,
} from '../../src/lib/hosting/headers.ts';
import { compareWithManifest } from '../../src/lib/hosting/integrity.ts';

const layout = {
	root: [
		{ name: '_astro', folder: true },
		{ name: 'nl', folder: true },
		{ name: 'api', folder: true },
		{ name: 'index.html', folder: false },
		{ name: 'pagefind', folder: true },
	],
	pagefind: [
		{ name: 'fragment', folder: true },
		{ name: 'pagefind.js', folder: false },
		{ name: 'pagefind.nl_abc.pf_meta', folder: false },
	],
	languages: ['nl'],
};
const rules = headerRules('/status/', layout);

describe('headers', () => {
	it('cache hashed files for a year and everything else for a minute', () => {
		expect(headersFor(rules, '/status/_astro/a.1234.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/status/pagefind/fragment/nl_1.pf_fragment')['Cache-Control']).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(headersFor(rules, '/status/pagefind/pagefind.nl_abc.pf_meta')['Cache-Control']).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(headersFor(rules, '/status/pagefind/pagefind.js')['Cache-Control']).toBe(
			'public, max-age=60, stale-while-revalidate=600',
		);
		expect(headersFor(rules, '/status/nl/updates/x/')['Cache-Control']).toBe(
			'public, max-age=60, stale-while-revalidate=600',
		);
	});

	it('let other sites read feeds and APIs, not pages', () => {
		expect(headersFor(rules, '/status/nl/rss.xml')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor(rules, '/status/api/v2/status.json')['Access-Control-Allow-Origin']).toBe('*');
		expect(headersFor(rules, '/status/nl/')['Access-Control-Allow-Origin']).toBeUndefined();
	});

	it('write _headers, nginx and Caddy configurations from the same rules', () => {
		expect(headersFile(rules)).toContain('/status/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
		const nginx = nginxSnippet(rules);
		expect(nginx).toContain('map $uri $lantern_cache_control {');
		expect(nginx).toContain('\t~^/status/_astro/.*$ "public, max-age=31536000, immutable";');
		expect(nginx).toContain('add_header Access-Control-Allow-Origin $lantern_access_control_allow_origin always;');
		expect(caddyfile(rules, 'status.example.org')).toContain('@rule2 path /status/_astro/*');
		// Both compress what Lantern serves as text: pages, feeds (nginx types .xml as text/xml), the API.
		expect(nginx).toContain('gzip on;');
		const types = /^gzip_types (.*);$/m.exec(nginx)?.[1]?.split(' ');
		expect(types).toEqual(expect.arrayContaining(['text/xml', 'application/json', 'image/svg+xml', 'text/plain']));
		expect(caddyfile(rules)).toContain('\tencode zstd gzip\n');
	});

	it('keep frame-ancestors out of the meta policy, where browsers ignore it', () => {
		expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
		expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
	});
});

describe('integrity', () => {
	it('reports missing, changed and extra files', () => {
		const expected = { algorithm: 'sha256' as const, files: { 'a.html': '1', 'b.html': '2', 'c.html': '3' } };
		const report = compareWithManifest(
			expected,
			new Map([
				['a.html', '1'],
				['b.html', 'x'],
				['c.html', undefined],
			]),
			['a.html', 'b.html', 'd.html', 'integrity.json'],
		);
		expect(report).toEqual({ checked: 3, missing: ['c.html'], changed: ['b.html'], extra: ['d.html'] });
	});
});
