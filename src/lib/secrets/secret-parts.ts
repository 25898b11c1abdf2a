/**
 * What of a secret must never be shown. A secret is a value from an environment variable: a
 * token, a password, or an address whose parts are secret on their own (a webhook's path, a
 * signature in its query, a user and password in it). A server that quotes a request back, as
 * many 404 pages do, shows one part without the rest, so each part is hidden, not only the
 * whole value; and the host's log masking (which hides whole values only) is given each part.
 */

/**
 * Path segments and query values that a service's documentation prints for every customer
 * alike, so they give nothing away: Slack (`/services/…`), Teams workflows
 * (`/workflows/…/triggers/manual/paths/invoke?api-version=2016-06-01&sp=/triggers/manual/run&sv=1.0&sig=…`),
 * Discord and most receivers (`/api/webhooks/…`, `/hooks/…`), and a few words any receiver
 * takes as options (`format=json`). Everything else in a secret address is taken as secret.
 */
const DOCUMENTED_WORDS = new Set([
	'api',
	'hook',
	'hooks',
	'webhook',
	'webhooks',
	'incoming',
	'services',
	'workflows',
	'triggers',
	'manual',
	'paths',
	'invoke',
	'run',
	'statuspage',
	'teams',
	'slack',
	'v1',
	'v2',
	'v3',
	'1.0',
	'2016-06-01',
	'/triggers/manual/run',
	'json',
	'xml',
	'true',
	'false',
]);

/**
 * Shorter parts are left visible: hiding every "abc" in the output would garble it, and three
 * characters of an address let nobody use it.
 */
export const SHORTEST_HIDDEN = 4;

/** The whole value and, for an address, each secret part of it, in every form a server may echo it. */
export function secretParts(value: string): string[] {
	const parts = new Set<string>();
	const add = (part: string) => {
		for (const form of formsOf(part)) if (form.length >= SHORTEST_HIDDEN) parts.add(form);
	};
	if (value.length >= SHORTEST_HIDDEN) parts.add(value);
	const url = addressIn(value);
	if (url) {
		add(url.username);
		add(url.password);
		if (url.username || url.password) add(basicCredentials(url));
		for (const segment of url.pathname.split('/')) if (!isDocumented(segment)) add(segment);
		for (const pair of url.search.slice(1).split('&')) {
			const raw = pair.slice(pair.indexOf('=') + 1);
			if (pair.includes('=') && !isDocumented(decoded(raw))) add(raw);
		}
		add(url.hash.slice(1));
	}
	return [...parts];
}

/** `Authorization: Basic` for the user and password of an address, as it is sent (and may be echoed). */
export function basicCredentials(url: URL): string {
	return Buffer.from(`${decoded(url.username)}:${decoded(url.password)}`).toString('base64');
}

/**
 * A function that hides every part of these secrets in a text; the longest part first, so a
 * part inside another never leaves the rest showing. Case counts (a secret in other capitals is
 * another word, and "lantern" as a user name must not hide "LANTERN_SMTP_USER"), except in an
 * escape such as %2F, which a server may write %2f.
 */
export function redactor(secrets: Iterable<string>): (text: string) => string {
	const parts = [...new Set([...secrets].flatMap(secretParts))].sort((a, b) => b.length - a.length);
	if (!parts.length) return (text) => text;
	const pattern = new RegExp(parts.map(escapeRegExp).map(anyCaseEscapes).join('|'), 'g');
	return (text) => text.replace(pattern, '***');
}

/**
 * A server's answer as it may be quoted: on one line, its secrets hidden, then cut to `limit`
 * characters. Hidden before it is cut, so a secret that straddles the cut never shows in part.
 */
export function quoteAnswer(answer: string, redact: (text: string) => string, limit = 160): string {
	const line = redact(answer.replace(/\s+/g, ' ').trim());
	const characters = [...line];
	return characters.length > limit ? `${characters.slice(0, limit - 1).join('')}…` : line;
}

function addressIn(value: string): URL | undefined {
	if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || !URL.canParse(value)) return undefined;
	return new URL(value);
}

function isDocumented(part: string): boolean {
	return part === '' || DOCUMENTED_WORDS.has(part.toLowerCase());
}

/** A part as written, decoded, and encoded again: servers echo paths either way. */
function formsOf(part: string): string[] {
	const plain = decoded(part);
	return [...new Set([part, plain, encodeURIComponent(plain), plain.replace(/ /g, '+')])];
}

function decoded(part: string): string {
	try {
		return decodeURIComponent(part.replace(/\+/g, ' '));
	} catch {
		return part;
	}
}

/** `%2F` in a pattern also matches `%2f`. */
function anyCaseEscapes(pattern: string): string {
	return pattern.replace(
		/%([0-9A-F])([0-9A-F])/g,
		(_, high: string, low: string) => `%${caseless(high)}${caseless(low)}`,
	);
}

function caseless(digit: string): string {
	return /[A-F]/.test(digit) ? `[${digit}${digit.toLowerCase()}]` : digit;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
