import { withTrailingSlash } from '../url.ts';

/**
 * The HTTP headers every host should send, in one place: written as `_headers` (Netlify,
 * Cloudflare Pages), and as an nginx snippet and a Caddyfile for docs/deploying.md.
 */
export interface HeaderRule {
	/** A path pattern: `*` matches the rest of the path. */
	path: string;
	headers: Record<string, string>;
}

/**
 * The Content-Security-Policy: nothing from another origin; no inline or evaluated script
 * ('wasm-unsafe-eval' lets Pagefind run its WebAssembly, which is not script evaluation);
 * inline styles are allowed because every page inlines its CSS to arrive in one response.
 * Search runs in a worker started from a file of the site's own (pagefind/pagefind-worker.js):
 * worker-src 'self'; the worker fetches the index (connect-src 'self') and compiles the
 * WebAssembly ('wasm-unsafe-eval').
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
	'upgrade-insecure-requests',
].join('; ');

/**
 * The same policy for a `<meta>` element, so it holds on hosts that cannot send headers
 * (GitHub Pages, a plain bucket). A meta policy cannot carry frame-ancestors (nor
 * upgrade-insecure-requests usefully); the headers add those where the host allows.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
	.filter((directive) => !directive.startsWith('frame-ancestors') && directive !== 'upgrade-insecure-requests')
	.join('; ');

const SECURITY = {
	'Content-Security-Policy': CONTENT_SECURITY_POLICY,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
	'X-Frame-Options': 'DENY',
};

/** A new update must reach readers within minutes: a minute fresh, then served stale while revalidating. */
export const SHORT_CACHE = 'public, max-age=60, stale-while-revalidate=600';
/** Files whose name changes with their content never change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Feeds, APIs, alerts and badges are read by other sites' pages too, as Statuspage widgets are. */
const SHARED = { 'Access-Control-Allow-Origin': '*' };

/** What the built site holds at its root and in pagefind/, which decides the cache rules. */
export interface SiteLayout {
	/** Top-level files and folders of dist/. */
	root: { name: string; folder: boolean }[];
	/** Top-level files and folders of dist/pagefind/. */
	pagefind: { name: string; folder: boolean }[];
	languages: string[];
	/** A drill: no file of it may be indexed, feeds and APIs included, which carry no `<meta>`. */
	exercise?: boolean;
}

/**
 * The header rules. Hosts that read `_headers` join the values of a header set by two
 * matching rules ("max-age=60, max-age=31536000"), so each header name is set by rules
 * that never overlap: security on everything, CORS by folder and extension, and the cache
 * by a partition of the site's top level (made from the build's own files).
 */
export function headerRules(base: string, layout: SiteLayout): HeaderRule[] {
	const root = withTrailingSlash(base);
	const cache = (path: string, value: string): HeaderRule => ({ path, headers: { 'Cache-Control': value } });
	const hashed = (name: string) => name === '_astro';
	const pagefindHashed = (entry: { name: string; folder: boolean }) => entry.folder || entry.name.endsWith('.pf_meta');
	return [
		{ path: `${root}*`, headers: layout.exercise ? { ...SECURITY, 'X-Robots-Tag': 'noindex' } : SECURITY },
		cache(root, SHORT_CACHE),
		...layout.root.flatMap((entry) => {
			if (entry.name === 'pagefind' && entry.folder) {
				return layout.pagefind.map((inner) =>
					cache(
						`${root}pagefind/${inner.name}${inner.folder ? '/*' : ''}`,
						pagefindHashed(inner) ? IMMUTABLE_CACHE : SHORT_CACHE,
					),
				);
			}
			return [
				cache(`${root}${entry.name}${entry.folder ? '/*' : ''}`, hashed(entry.name) ? IMMUTABLE_CACHE : SHORT_CACHE),
			];
		}),
		{ path: `${root}api/*`, headers: SHARED },
		{ path: `${root}cap/*`, headers: SHARED },
		...layout.languages.flatMap((lang) => [
			{ path: `${root}${lang}/*.xml`, headers: SHARED },
			{ path: `${root}${lang}/*.json`, headers: SHARED },
		]),
		{ path: `${root}*.svg`, headers: SHARED },
		{ path: `${root}status.txt`, headers: SHARED },
	];
}

/** Whether a request path matches a rule's pattern. */
export function pathMatches(pattern: string, path: string): boolean {
	const expression = new RegExp(
		`^${pattern
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);
	return expression.test(path);
}

/** The headers for a request path, joined as Netlify and Cloudflare Pages join them. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules.filter((candidate) => pathMatches(candidate.path, path))) {
		for (const [name, value] of Object.entries(rule.headers))
			headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}

/** `_headers` for Netlify and Cloudflare Pages. */
export function headersFile(rules: HeaderRule[]): string {
	return (
		rules
			.map((rule) =>
				[rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
			)
			.join('\n\n') + '\n'
	);
}

/**
 * The same rules for nginx. nginx serves a request from one location only, so instead of a
 * location per rule, each header other than the security ones gets a `map` from the path to
 * its value (an empty value sends no header). The maps go in the `http` block, the rest in
 * the `server` block that serves dist/.
 */
/** What nginx should compress besides HTML (which it always does once gzip is on). */
const COMPRESSIBLE_TYPES = [
	'text/css',
	'text/plain',
	'application/javascript',
	'application/json',
	'text/xml',
	'application/xml',
	'application/atom+xml',
	'application/rss+xml',
	'image/svg+xml',
];

export function nginxSnippet(rules: HeaderRule[]): string {
	const [security, ...rest] = rules;
	const names = [...new Set(rest.flatMap((rule) => Object.keys(rule.headers)))];
	const variable = (name: string) => `$lantern_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
	const maps = names.map((name) => {
		const entries = rest
			.filter((rule) => rule.headers[name] !== undefined)
			.map((rule) => `\t~${regexOf(rule.path)} "${rule.headers[name]}";`);
		return [`map $uri ${variable(name)} {`, '\tdefault "";', ...entries, '}'].join('\n');
	});
	return [
		'# Lantern: security, cache and CORS headers, generated from the build (npm run hosting-config -- nginx).',
		'',
		'# In the http block:',
		...maps,
		'',
		'# In the server block that serves dist/:',
		...Object.entries(security!.headers).map(([name, value]) => `add_header ${name} "${value}" always;`),
		...names.map((name) => `add_header ${name} ${variable(name)} always;`),
		'error_page 404 /404.html;',
		// Pages, feeds and the API are text: compressed they travel in a quarter of the bytes.
		// Pagefind's index files are compressed already.
		'gzip on;',
		'gzip_vary on;',
		`gzip_types ${COMPRESSIBLE_TYPES.join(' ')};`,
		'',
	].join('\n');
}

/** The same rules for Caddy. */
export function caddyfile(rules: HeaderRule[], siteAddress = 'status.example.org'): string {
	const blocks = rules.map((rule, index) => {
		const matcher = `@rule${index}`;
		return [
			`\t${matcher} path ${rule.path}`,
			`\theader ${matcher} {`,
			...Object.entries(rule.headers).map(([name, value]) => `\t\t${name} "${value}"`),
			'\t}',
		].join('\n');
	});
	return [
		`${siteAddress} {`,
		'\troot * /srv/lantern/dist',
		'\tencode zstd gzip',
		'\tfile_server',
		'\thandle_errors {',
		'\t\trewrite * /404.html',
		'\t\tfile_server',
		'\t}',
		...blocks,
		'}',
		'',
	].join('\n');
}

function regexOf(pattern: string): string {
	return `^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`;
}
