import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
	origin: string;
	close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1 (a free port), as a plain static host would, 404.html included. */
export async function serveStatic(folder: string): Promise<StaticSite> {
	const files = sirv(folder, { dev: true, etag: false });
	const server: Server = createServer((request, response) =>
		files(request, response, async () => {
			const page = await readFile(path.join(folder, '404.html')).catch(() => 'Not found');
			response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
