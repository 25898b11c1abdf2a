import { AtpAgent } from '@atproto/api';
import nodemailer from 'nodemailer';
import type { Outgoing } from '../../../src/lib/announce/outgoing.ts';
import { request, SendError } from './http.ts';

export interface SendContext {
	env: Record<string, string | undefined>;
	timeoutMs: number;
	/** The Bluesky post's time; the dry run leaves it out. */
	now: Date;
	/** Bluesky sessions of this run, by server and handle: one login a run, not one a post (logins are rate-limited). */
	sessions: Map<string, Promise<AtpAgent>>;
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
			const url = 'env' in outgoing.url ? secret(context.env, outgoing.url.env) : outgoing.url.value;
			if (!URL.canParse(url))
				throw new SendError(`${'env' in outgoing.url ? outgoing.url.env : 'the address'} is not a web address`);
			const response = await request(url, {
				headers: {
					'Content-Type': 'application/json',
					...(outgoing.bearerEnv && { Authorization: `Bearer ${secret(context.env, outgoing.bearerEnv)}` }),
					...outgoing.headers,
				},
				body: JSON.stringify(outgoing.json),
				timeoutMs: context.timeoutMs,
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
				});
			return {};
	}
}

async function sendMail(
	outgoing: Extract<Outgoing, { type: 'email' }>,
	{ env, timeoutMs }: SendContext,
): Promise<Receipt> {
	const url = new URL(outgoing.smtp);
	const user = outgoing.userEnv && secret(env, outgoing.userEnv);
	const pass = outgoing.passwordEnv && secret(env, outgoing.passwordEnv);
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	const transport = nodemailer.createTransport({
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
		if (info.rejected.length) throw new SendError(`${url.host} refused ${info.rejected.join(', ')}: ${info.response}`);
		return { receipt: mail.messageId };
	} catch (error) {
		if (error instanceof SendError) throw error;
		const reason = error as Error & { code?: string; responseCode?: number; response?: string };
		const said = reason.responseCode
			? `${reason.responseCode} ${reason.response ?? ''}`.trim()
			: (reason.code ?? reason.message);
		throw new SendError(`${url.protocol}//${url.host}: ${said}`);
	} finally {
		transport.close();
	}
}

async function postToBluesky(
	outgoing: Extract<Outgoing, { type: 'bluesky' }>,
	{ env, timeoutMs, now, sessions }: SendContext,
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
		const reason = error as Error & { status?: number; error?: string; name?: string };
		if (reason.name === 'TimeoutError') throw new SendError(`no answer from ${origin} within ${timeoutMs / 1000} s`);
		throw new SendError(
			`${origin}: ${reason.status ? `${reason.status} ` : ''}${reason.error ?? ''}${reason.message ? ` ${reason.message}` : ''}`.trim(),
			// A post the server will not take (an invalid record) is refused; a failed login or a busy server is the channel's.
			{ refused: reason.status === 400 && reason.error !== 'AuthenticationRequired' },
		);
	}
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
