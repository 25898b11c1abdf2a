/**
 * `npm run hosting-config -- nginx|caddy [address]`: prints the headers of the last build
 * (dist/_headers) as an nginx snippet or a Caddyfile, for hosts that do not read `_headers`.
 */
import path from 'node:path';
import { caddyfile, nginxSnippet } from '../src/lib/hosting/headers.ts';
import { commandLine } from './lib/command-line.ts';
import { readHeaderRules } from './lib/static-server.ts';

const { positionals, wrong } = commandLine({
	name: 'hosting-config',
	about: 'prints the headers of the last build (dist/_headers) as an nginx snippet or a Caddyfile.',
	arguments: 'nginx|caddy [site-address]',
	positionals: { min: 1, max: 2 },
	flags: {},
	notes: ['Reads LANTERN_DIST (default dist). The site address is for Caddy only.'],
	examples: ['npm run hosting-config -- nginx', 'npm run hosting-config -- caddy status.example.org'],
});
const [kind, address] = positionals as [string, string | undefined];
if (kind !== 'nginx' && kind !== 'caddy') wrong(`${JSON.stringify(kind)}: expected nginx or caddy`);
const rules = await readHeaderRules(path.resolve(process.env['LANTERN_DIST'] || 'dist'));
if (!rules.length) {
	console.error('No dist/_headers: run npm run build first.');
	process.exit(1);
}
if (kind === 'nginx') process.stdout.write(nginxSnippet(rules));
else process.stdout.write(caddyfile(rules, address));
