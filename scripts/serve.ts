/**
 * `npm run serve` (and the second half of `npm start`): serves dist/ on http://localhost:4321
 * with the production headers from dist/_headers, so a Content-Security-Policy mistake shows
 * here and not first on the public site. PORT and BASE_PATH change the port and sub-path.
 */
import path from 'node:path';
import { commandLine } from './lib/command-line.ts';
import { serveStatic } from './lib/static-server.ts';
import { withTrailingSlash } from '../src/lib/url.ts';

commandLine({
	name: 'serve',
	about: 'serves the built site (dist/) on http://localhost:4321 with its production headers.',
	flags: {},
	notes: ['Reads LANTERN_DIST (default dist), PORT (default 4321) and BASE_PATH (default /).'],
	examples: ['npm run serve', 'PORT=8080 npm run serve'],
});

const folder = path.resolve(process.env['LANTERN_DIST'] || 'dist');
const port = Number(process.env['PORT'] || 4321);
const base = process.env['BASE_PATH'] || '/';
const site = await serveStatic(folder, { port, host: 'localhost', base: withTrailingSlash(base) });
console.log(
	`Serving ${path.relative(process.cwd(), folder) || folder} with its production headers at ${site.origin}${base}`,
);
