/**
 * One HTTP request to an outside service, with a deadline, and every failure said in one line
 * that names the server (never the whole address: a webhook's path is its secret).
 */
export class SendError extends Error {
	/**
	 * The service refused this message itself (400, 413, 422): sending it again changes nothing,
	 * so it is recorded and the channel goes on. Anything else (a wrong token or address, a busy
	 * or broken server) is the channel's, and is tried again on the next run.
	 */
	readonly refused: boolean;

	constructor(message: string, { refused = false } = {}) {
		super(message);
		this.refused = refused;
	}
}

const REFUSED = new Set([400, 413, 422]);

export interface RequestOptions {
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	timeoutMs: number;
}

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
	throw new SendError(await statusReason(response, origin), { refused: REFUSED.has(response.status) });
}

/** Why a request got no answer: a deadline, or a network error with its code. */
export function networkReason(error: unknown, origin: string, timeoutMs: number): string {
	const name = (error as Error)?.name;
	if (name === 'TimeoutError' || name === 'AbortError') return `no answer from ${origin} within ${timeoutMs / 1000} s`;
	const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
	return `could not reach ${origin} (${cause?.code ?? cause?.message ?? (error as Error)?.message ?? error})`;
}

/** Why a server said no: busy (429, with how long it asks to wait), broken (5xx), or the message refused (4xx, with its reason). */
export async function statusReason(response: Response, origin: string): Promise<string> {
	const said = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 200);
	const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
	if (response.status === 429) {
		const wait = response.headers.get('retry-after');
		return `${status} from ${origin}: too many messages${wait ? `, it asks to wait ${wait} s` : ''}; tried again on the next run`;
	}
	if (response.status >= 500) return `${status} from ${origin}; tried again on the next run`;
	return `${status} from ${origin}, the message was refused${said ? `: ${said}` : ''}`;
}
