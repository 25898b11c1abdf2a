import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, type HeaderRule } from '../../src/lib/hosting/headers.ts';

export interface StaticSite {
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built site as a production host would: the headers from its `_headers` file
 * (security, cache, CORS), 404.html for missing paths, and the files under `base`.
 */
export async function serveStatic(
	folder: string,
	{ port = 0, host = '127.0.0.1', base = '/' } = {},
): Promise<StaticSite> {
	const rules = await readHeaderRules(folder);
	const files = sirv(folder, { dev: true, etag: true });
	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		for (const [name, value] of Object.entries(headersFor(rules, url.pathname))) response.setHeader(name, value);
		if (!url.pathname.startsWith(base)) return notFound();
		request.url = `/${url.pathname.slice(base.length)}${url.search}`;
		files(request, response, notFound);

		async function notFound() {
			const page = await readFile(path.join(folder, '404.html')).catch(() => 'Not found');
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
		}
	});
	await new Promise<void>((resolve) => server.listen(port, host, resolve));
	const address = server.address() as AddressInfo;
	return {
		origin: `http://${host}:${address.port}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}

/** Reads a `_headers` file back into rules (the format Netlify and Cloudflare Pages read). */
export async function readHeaderRules(folder: string): Promise<HeaderRule[]> {
	const text = await readFile(path.join(folder, '_headers'), 'utf8').catch(() => '');
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
		else {
			const at = line.indexOf(':');
			rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}
