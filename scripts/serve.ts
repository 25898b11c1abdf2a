/**
 * `npm run serve` (and the second half of `npm start`): serves dist/ on http://localhost:4321
 * with the production headers from dist/_headers, so a Content-Security-Policy mistake shows
 * here and not first on the public site. PORT and BASE_PATH change the port and sub-path.
 */
import { commandLine } from './lib/command-line.ts';
import { SERVE_SETTINGS, serveBuiltSite } from './lib/serve-built-site.ts';

commandLine({
	name: 'serve',
	about: 'serves the built site (dist/) on http://localhost:4321 with its production headers.',
	flags: {},
	notes: [SERVE_SETTINGS],
	examples: ['npm run serve', 'PORT=8080 npm run serve'],
});

await serveBuiltSite();
