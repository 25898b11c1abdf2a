/**
 * `npm run hosting-config -- nginx|caddy [address]`: prints the headers of the last build
 * (dist/_headers) as an nginx snippet or a Caddyfile, for hosts that do not read `_headers`.
 */
import path from 'node:path';
import { caddyfile, nginxSnippet } from '../src/lib/hosting/headers.ts';
import { readHeaderRules } from './lib/static-server.ts';

const [kind, address] = process.argv.slice(2);
const rules = await readHeaderRules(path.resolve(process.env['LANTERN_DIST'] || 'dist'));
if (!rules.length) {
	console.error('No dist/_headers: run npm run build first.');
	process.exit(1);
}
if (kind === 'nginx') process.stdout.write(nginxSnippet(rules));
else if (kind === 'caddy') process.stdout.write(caddyfile(rules, address));
else {
	console.error('Usage: npm run hosting-config -- nginx|caddy [site-address]');
	process.exit(2);
}
