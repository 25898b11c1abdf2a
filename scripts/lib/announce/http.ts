import { quoteAnswer } from '../../../src/lib/secrets/secret-parts.ts';

/**
 * What a failed send means for the run. `refused`: the service refused this message itself
 * (400, 413, 422); sending it again changes nothing, so it is recorded and the channel goes on.
 * `channel`: anything else (a secret not accepted, a wrong address, a busy or broken server, no
 * answer): the rest of the channel waits, and the next run tries again from this message on.
 */
export class SendError extends Error {
	readonly refused: boolean;

	constructor(message: string, { refused = false } = {}) {
		super(message);
		this.refused = refused;
	}
}

/** Where the parts of a request come from, so a failure can say which one to fix. */
export interface RequestSource {
	/** The environment variables whose secrets authenticate the request (a token, a secret address). */
	secrets: readonly string[];
	/** Where the address comes from: `$LANTERN_WEBHOOK_TEAMS`, or `server: in site.yaml`. */
	address: string;
	/** Hides every secret in a text, before any server's words are quoted. */
	redact: (text: string) => string;
}

export interface RequestOptions {
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	timeoutMs: number;
	source: RequestSource;
}

const REFUSED = new Set([400, 413, 422]);
const NOT_ACCEPTED = new Set([401, 403]);

export async function request(url: string, options: RequestOptions): Promise<Response> {
	const origin = new URL(url).origin;
	let response: Response;
	try {
		response = await fetch(url, {
			method: options.method ?? 'POST',
			headers: options.headers ?? {},
			...(options.body !== undefined && { body: options.body }),
			signal: AbortSignal.timeout(options.timeoutMs),
			redirect: 'error',
		});
	} catch (error) {
		throw new SendError(networkReason(error, origin, options.timeoutMs));
	}
	if (response.ok) return response;
	const said = quoteAnswer(await response.text().catch(() => ''), options.source.redact);
	throw new SendError(statusReason(response, origin, said, options.source), { refused: REFUSED.has(response.status) });
}

/** No answer by the deadline: the service may have taken the message, and the next run sends it again as the same one. */
export function noAnswer(origin: string, timeoutMs: number): string {
	return `no answer from ${origin} within ${timeoutMs / 1000} s: it may have arrived; sent again with the same identity on the next run`;
}

/** Why a request got no answer: a deadline, or a network error with its code. */
export function networkReason(error: unknown, origin: string, timeoutMs: number): string {
	const name = (error as Error)?.name;
	if (name === 'TimeoutError' || name === 'AbortError') return noAnswer(origin, timeoutMs);
	const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
	return `could not reach ${origin} (${cause?.code ?? cause?.message ?? (error as Error)?.message ?? error}); tried again on the next run`;
}

/**
 * Why a server said no, in words that say what happens next: a secret not accepted (which
 * variable), a wrong address, busy (429, with how long it asks to wait), broken (5xx), or this
 * message refused (with the service's reason). `said` is the server's answer, already redacted.
 */
export function statusReason(
	response: Pick<Response, 'status' | 'statusText' | 'headers'>,
	origin: string,
	said: string,
	source: Pick<RequestSource, 'secrets' | 'address'>,
): string {
	const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${origin}`;
	const quote = said ? ` (the server said: ${said})` : '';
	if (NOT_ACCEPTED.has(response.status))
		return source.secrets.length
			? `${status}: the secret in ${source.secrets.join(' and ')} was not accepted${quote}; tried again on the next run`
			: `${status}: the server asks for a secret, and site.yaml names none for this channel${quote}; tried again on the next run`;
	if (response.status === 404 || response.status === 410)
		return `${status}: the address is wrong (${source.address}); tried again on the next run`;
	if (response.status === 429) {
		const wait = response.headers.get('retry-after');
		return `${status}: too many messages${wait ? `, it asks to wait ${wait} s` : ''}; tried again on the next run`;
	}
	if (REFUSED.has(response.status)) return `${status}: the message was refused${said ? `: ${said}` : ''}`;
	if (response.status >= 500) return `${status}; tried again on the next run`;
	return `${status}${quote}; tried again on the next run`;
}
