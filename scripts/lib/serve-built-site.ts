import path from 'node:path';
import { withTrailingSlash } from '../../src/lib/url.ts';
import { serveStatic } from './static-server.ts';

/** What `npm run serve` and `npm start` read from the environment, for their help. */
export const SERVE_SETTINGS = 'Reads LANTERN_DIST (default dist), PORT (default 4321) and BASE_PATH (default /).';

/**
 * Serves the built site (LANTERN_DIST, default dist/) on http://localhost:4321 with the
 * production headers from its _headers file, and says where; PORT and BASE_PATH change the
 * port and sub-path.
 */
export async function serveBuiltSite(env: Record<string, string | undefined> = process.env): Promise<void> {
	const folder = path.resolve(env['LANTERN_DIST'] || 'dist');
	const port = Number(env['PORT'] || 4321);
	const base = env['BASE_PATH'] || '/';
	const site = await serveStatic(folder, { port, host: 'localhost', base: withTrailingSlash(base) });
	console.log(
		`Serving ${path.relative(process.cwd(), folder) || folder} with its production headers at ${site.origin}${base}`,
	);
}
