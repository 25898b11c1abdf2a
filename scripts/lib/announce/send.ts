import { AtpAgent } from '@atproto/api';
import nodemailer from 'nodemailer';
import type { Outgoing } from '../../../src/lib/announce/outgoing.ts';
import { basicCredentials, quoteAnswer } from '../../../src/lib/secrets/secret-parts.ts';
import { noAnswer, request, SendError, statusReason } from './http.ts';

export interface SendContext {
	env: Record<string, string | undefined>;
	timeoutMs: number;
	/** The Bluesky post's time; the dry run leaves it out. */
	now: Date;
	/** Bluesky sessions of this run, by server and handle: one login a run, not one a post (logins are rate-limited). */
	sessions: Map<string, Promise<AtpAgent>>;
	/** Hides every secret of the run in a text: a server's words are redacted before they are quoted and cut. */
	redact: (text: string) => string;
}

/** What the service made, for the ledger, and whether it was already there from an earlier attempt. */
export interface Receipt {
	receipt?: string;
	found?: boolean;
}

/** Reads a secret; a missing one fails the delivery before anything is sent. */
export function secret(env: SendContext['env'], name: string): string {
	const value = env[name];
	if (!value) throw new SendError(`${name} is not set; give the secret to the job (docs/announcing.md)`);
	return value;
}

export async function send(outgoing: Outgoing, context: SendContext): Promise<Receipt> {
	switch (outgoing.type) {
		case 'email':
			return sendMail(outgoing, context);
		case 'http': {
			const address = 'env' in outgoing.url ? secret(context.env, outgoing.url.env) : outgoing.url.value;
			if (!URL.canParse(address))
				throw new SendError(`${'env' in outgoing.url ? outgoing.url.env : 'the address'} is not a web address`);
			// fetch refuses an address with a user and password in it: they go as Basic authentication.
			const url = new URL(address);
			const basic = url.username || url.password ? basicCredentials(url) : undefined;
			url.username = url.password = '';
			const response = await request(url.href, {
				headers: {
					'Content-Type': 'application/json',
					...(basic && { Authorization: `Basic ${basic}` }),
					...(outgoing.bearerEnv && { Authorization: `Bearer ${secret(context.env, outgoing.bearerEnv)}` }),
					...outgoing.headers,
				},
				body: JSON.stringify(outgoing.json),
				timeoutMs: context.timeoutMs,
				source: {
					secrets: [
						...('env' in outgoing.url ? [outgoing.url.env] : []),
						...(outgoing.bearerEnv ? [outgoing.bearerEnv] : []),
					],
					address: 'env' in outgoing.url ? `check $${outgoing.url.env}` : 'check the server in site.yaml',
					redact: context.redact,
				},
			});
			const answer = (await response.json().catch(() => undefined)) as { url?: string; id?: string } | undefined;
			return { ...((answer?.url ?? answer?.id) && { receipt: String(answer?.url ?? answer?.id) }) };
		}
		case 'bluesky':
			return postToBluesky(outgoing, context);
		case 'websub':
			for (const body of outgoing.bodies)
				await request(outgoing.hub, {
					headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
					body,
					timeoutMs: context.timeoutMs,
					source: { secrets: [], address: 'check websub_hub in site.yaml', redact: context.redact },
				});
			return {};
	}
}

async function sendMail(
	outgoing: Extract<Outgoing, { type: 'email' }>,
	{ env, timeoutMs, redact }: SendContext,
): Promise<Receipt> {
	const url = new URL(outgoing.smtp);
	const transport = smtpTransport(outgoing, env, timeoutMs);
	try {
		const { mail } = outgoing;
		const info = await transport.sendMail({
			from: mail.from,
			to: mail.to,
			subject: mail.subject,
			messageId: mail.messageId,
			...(mail.references && { references: mail.references, inReplyTo: mail.references }),
			headers: mail.headers,
			text: mail.text,
			html: mail.html,
		});
		if (info.rejected.length)
			throw new SendError(
				`${url.protocol}//${url.host} did not take ${info.rejected.join(', ')}: the address is wrong (check to: in site.yaml); tried again on the next run`,
			);
		return { receipt: mail.messageId };
	} catch (error) {
		if (error instanceof SendError) throw error;
		throw smtpError(error as SmtpFailure, `${url.protocol}//${url.host}`, outgoing, { timeoutMs, redact });
	} finally {
		transport.close();
	}
}

/** An SMTP connection with the channel's login; a missing secret fails before anything is sent. */
export function smtpTransport(
	server: { smtp: string; userEnv?: string; passwordEnv?: string },
	env: SendContext['env'],
	timeoutMs: number,
) {
	const url = new URL(server.smtp);
	const user = server.userEnv && secret(env, server.userEnv);
	const pass = server.passwordEnv && secret(env, server.passwordEnv);
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	return nodemailer.createTransport({
		host: url.hostname,
		port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
		secure: url.protocol === 'smtps:',
		// A password never crosses the network in clear: STARTTLS is required except on this machine.
		requireTLS: !local,
		...(user && pass && { auth: { user, pass } }),
		connectionTimeout: timeoutMs,
		greetingTimeout: timeoutMs,
		socketTimeout: timeoutMs,
	});
}

/** What Nodemailer says when a send fails: its error code, and the server's reply with its SMTP code in front. */
type SmtpFailure = Error & { code?: string; responseCode?: number; response?: string };

/** An SMTP failure in the words of the HTTP ones: each code once, and what happens next. */
function smtpError(
	failure: SmtpFailure,
	server: string,
	outgoing: Extract<Outgoing, { type: 'email' }>,
	{ timeoutMs, redact }: Pick<SendContext, 'timeoutMs' | 'redact'>,
): SendError {
	if (failure.code === 'ETIMEDOUT' || /timeout/i.test(failure.message))
		return new SendError(noAnswer(server, timeoutMs));
	const code = failure.responseCode;
	if (!code)
		return new SendError(
			`could not reach ${server} (${failure.code ?? redact(failure.message)}); tried again on the next run`,
		);
	// The reply starts with its code, which the line already gives.
	const said = quoteAnswer((failure.response ?? '').replace(/^\d{3}[ -]?/, ''), redact);
	const status = `${code} from ${server}`;
	const quote = said ? ` (the server said: ${said})` : '';
	if (failure.code === 'EAUTH' || code === 530 || code === 534 || code === 535) {
		const secrets = [outgoing.userEnv, outgoing.passwordEnv].filter(Boolean);
		return new SendError(
			`${status}: ${secrets.length ? `the secret in ${secrets.join(' and ')} was not accepted` : 'the server asks for a login, and site.yaml names none'}${quote}; tried again on the next run`,
		);
	}
	if (code < 500) return new SendError(`${status}: busy for now${quote}; tried again on the next run`);
	if (failure.code === 'EENVELOPE')
		return new SendError(
			`${status}: the address is wrong (check to: in site.yaml)${quote}; tried again on the next run`,
		);
	// The message itself was refused (too large, taken for spam): the same again changes nothing.
	if (failure.code === 'EMESSAGE')
		return new SendError(`${status}: the message was refused${said ? `: ${said}` : ''}`, { refused: true });
	return new SendError(`${status}${quote}; tried again on the next run`);
}

async function postToBluesky(
	outgoing: Extract<Outgoing, { type: 'bluesky' }>,
	{ env, timeoutMs, now, sessions, redact }: SendContext,
): Promise<Receipt> {
	const origin = new URL(outgoing.service).origin;
	try {
		const agent = await session(outgoing, { env, timeoutMs, sessions });
		const repo = agent.assertDid;
		const where = { repo, collection: 'app.bsky.feed.post', rkey: outgoing.rkey };
		// The record key is the same every attempt: a post made by a run that died before it wrote the ledger is found, not made twice.
		const existing = await agent.com.atproto.repo.getRecord(where).catch((error: { error?: string }) => {
			if (error?.error === 'RecordNotFound') return undefined;
			throw error;
		});
		if (existing) return { receipt: existing.data.uri, found: true };
		const created = await agent.com.atproto.repo.createRecord({
			...where,
			record: { ...outgoing.record, createdAt: now.toISOString() },
		});
		return { receipt: created.data.uri };
	} catch (error) {
		if (error instanceof SendError) throw error;
		throw blueskyError(error as BlueskyFailure, origin, outgoing, { timeoutMs, redact });
	}
}

/** What @atproto/api throws: an XRPC error with the HTTP status and the service's error name. */
type BlueskyFailure = Error & { status?: number; error?: string };

function blueskyError(
	failure: BlueskyFailure,
	origin: string,
	outgoing: Extract<Outgoing, { type: 'bluesky' }>,
	{ timeoutMs, redact }: Pick<SendContext, 'timeoutMs' | 'redact'>,
): SendError {
	if (failure.name === 'TimeoutError' || failure.name === 'AbortError')
		return new SendError(noAnswer(origin, timeoutMs));
	const status = failure.status ?? 0;
	// A login the server does not take is the channel's secret, whatever status a server uses for it.
	const login = failure.error === 'AuthenticationRequired' || failure.error === 'ExpiredToken';
	if (!status)
		return new SendError(`could not reach ${origin} (${redact(failure.message)}); tried again on the next run`);
	const said = quoteAnswer([failure.error, failure.message].filter(Boolean).join(': '), redact);
	return new SendError(
		statusReason({ status: login ? 401 : status, statusText: '', headers: new Headers() }, origin, said, {
			secrets: [outgoing.passwordEnv],
			address: 'check service: in site.yaml',
		}),
		// A post the server will not take (an invalid record) is refused; a failed login or a busy server is the channel's.
		{ refused: !login && [400, 413, 422].includes(status) },
	);
}

/** The run's logged-in Bluesky agent for this account; a failed login is not kept. */
function session(
	outgoing: Extract<Outgoing, { type: 'bluesky' }>,
	{ env, timeoutMs, sessions }: Pick<SendContext, 'env' | 'timeoutMs' | 'sessions'>,
): Promise<AtpAgent> {
	const key = `${outgoing.service} ${outgoing.handle}`;
	let agent = sessions.get(key);
	if (!agent) {
		const password = secret(env, outgoing.passwordEnv);
		const client = new AtpAgent({
			service: outgoing.service,
			fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
		});
		agent = client.login({ identifier: outgoing.handle, password }).then(() => client);
		agent.catch(() => sessions.delete(key));
		sessions.set(key, agent);
	}
	return agent;
}
