import { AtpAgent } from '@atproto/api';
import type { AnnounceChannel } from '../../../src/schemas/announce.ts';
import { secretNames } from '../../../src/lib/announce/channels.ts';
import type { LanternContent } from '../../../src/lib/content/model.ts';
import type { IntegrityManifest } from '../../../src/lib/hosting/integrity.ts';
import { missing, ok, warning, type Finding } from '../../../src/lib/readiness/findings.ts';
import { quoteAnswer } from '../../../src/lib/secrets/secret-parts.ts';
import { withTrailingSlash } from '../../../src/lib/url.ts';
import { smtpTransport } from '../announce/send.ts';
import { verifyCopy } from '../verify-copy.ts';

export interface OnlineContext {
	env: Record<string, string | undefined>;
	timeoutMs: number;
	/** Hides every secret in a server's words before they are quoted. */
	redact: (text: string) => string;
}

/**
 * Each host serves the build in dist/ (the site address and every mirror), as `npm run verify`
 * checks one; without a build there is nothing to compare with.
 */
export async function copyFindings(
	content: LanternContent,
	manifest: IntegrityManifest | undefined,
): Promise<Finding[]> {
	const hosts = [content.site.siteUrl, ...content.site.mirrors];
	if (!manifest)
		return [
			warning('hosts serve this build', 'no build in dist/: run npm run build first, then npm run ready -- --online'),
		];
	return Promise.all(
		hosts.map(async (host) => {
			const item = `host ${host}`;
			const report = await verifyCopy(host, manifest);
			const total = Object.keys(manifest.files).length;
			if (report.missing.length === total)
				return missing(item, 'serves none of this build: is it published, and is the address right?');
			const differences = [
				report.missing.length && `${report.missing.length} missing`,
				report.changed.length && `${report.changed.length} changed`,
				report.extra.length && `${report.extra.length} extra`,
			].filter(Boolean);
			return differences.length
				? missing(
						item,
						`differs from this build (${differences.join(', ')}): publish again; npm run verify -- ${host} lists the files`,
					)
				: ok(item, `serves this build (${report.checked} files)`);
		}),
	);
}

/**
 * Each announce channel tried with its secrets, without posting anything: an SMTP login,
 * Mastodon's check of the token, a Bluesky login, each ntfy topic's access check. A webhook
 * cannot be tried without sending it a message, so it is named, not tried.
 */
export async function channelFindings(
	channels: readonly AnnounceChannel[],
	context: OnlineContext,
): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const channel of channels) {
		const item = `announce: ${channel.name} (online)`;
		// A secret not set is already missing offline; trying without it says nothing more.
		if (secretNames(channel).some((name) => !context.env[name])) continue;
		findings.push(...(await probe(channel, context)).map(({ status, text }) => ({ status, item, text })));
	}
	return findings;
}

type Outcome = Omit<Finding, 'item'>;

async function probe(channel: AnnounceChannel, context: OnlineContext): Promise<Outcome[]> {
	const noAccess = (said: string): Outcome => ({
		status: 'missing',
		text: `no access: the secret in ${secretNames(channel).join(' and ')} was not accepted${said ? ` (${quoteAnswer(said, context.redact)})` : ''}`,
	});
	switch (channel.type) {
		case 'email': {
			const server = {
				smtp: channel.smtp,
				...(channel.user_env && { userEnv: channel.user_env }),
				...(channel.password_env && { passwordEnv: channel.password_env }),
			};
			const transport = smtpTransport(server, context.env, context.timeoutMs);
			const origin = `${new URL(channel.smtp).protocol}//${new URL(channel.smtp).host}`;
			try {
				await transport.verify();
				return [{ status: 'ok', text: `${channel.user_env ? 'logged in to' : 'reached'} ${origin}` }];
			} catch (error) {
				const failure = error as Error & { code?: string; response?: string };
				if (failure.code === 'EAUTH') return [noAccess(failure.response ?? '')];
				return [unreachable(origin, failure.code ?? failure.message, context)];
			} finally {
				transport.close();
			}
		}
		case 'mastodon': {
			// The app's check, not the account's: the token Lantern asks for has write:statuses only,
			// which accounts/verify_credentials refuses.
			const answer = await get(
				new URL('/api/v1/apps/verify_credentials', channel.server).href,
				channel.token_env,
				context,
			);
			if ('unreachable' in answer) return [answer.unreachable];
			if (answer.status === 401 || answer.status === 403) return [noAccess(answer.text)];
			if (answer.status !== 200) return [other(answer, context)];
			const app = (JSON.parse(answer.text) as { name?: string }).name;
			return [
				{
					status: 'ok',
					text: `the token works${app ? ` (application "${app}")` : ''} on ${new URL(channel.server).origin}`,
				},
			];
		}
		case 'bluesky': {
			const client = new AtpAgent({
				service: channel.service,
				fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(context.timeoutMs) }),
			});
			try {
				await client.login({ identifier: channel.handle, password: context.env[channel.password_env]! });
				return [{ status: 'ok', text: `logged in as ${channel.handle} on ${new URL(channel.service).origin}` }];
			} catch (error) {
				const failure = error as Error & { status?: number; error?: string };
				if (failure.status === 401 || failure.error === 'AuthenticationRequired') return [noAccess(failure.message)];
				return [unreachable(new URL(channel.service).origin, failure.message, context)];
			}
		}
		case 'ntfy': {
			const outcomes: Outcome[] = [];
			for (const [lang, topic] of Object.entries(channel.topics)) {
				// ntfy's access check of a topic: `GET /<topic>/auth` answers {"success":true} to whoever may read it.
				const answer = await get(
					new URL(`${topic}/auth`, withTrailingSlash(channel.server)).href,
					channel.token_env,
					context,
				);
				if ('unreachable' in answer) outcomes.push(answer.unreachable);
				else if (answer.status === 401 || answer.status === 403) outcomes.push(noAccess(answer.text));
				else if (answer.status !== 200) outcomes.push(other(answer, context));
				else outcomes.push({ status: 'ok', text: `topic of ${lang} reachable on ${new URL(channel.server).origin}` });
			}
			return outcomes;
		}
		case 'webhook':
			return [
				{
					status: 'warning',
					text: `a webhook cannot be tried without posting to it: npm run announce -- --dry-run --only ${channel.name} shows what it gets`,
				},
			];
	}
}

type Answer = { status: number; text: string; origin: string } | { unreachable: Outcome };

async function get(url: string, tokenEnv: string | undefined, context: OnlineContext): Promise<Answer> {
	const origin = new URL(url).origin;
	try {
		const response = await fetch(url, {
			headers: tokenEnv ? { Authorization: `Bearer ${context.env[tokenEnv]}` } : {},
			signal: AbortSignal.timeout(context.timeoutMs),
			redirect: 'error',
		});
		return { status: response.status, text: await response.text(), origin };
	} catch (error) {
		const failure = error as Error & { cause?: { code?: string } };
		const why =
			failure.name === 'TimeoutError'
				? `no answer within ${context.timeoutMs / 1000} s`
				: (failure.cause?.code ?? failure.message);
		return { unreachable: unreachable(origin, why, context) };
	}
}

function unreachable(origin: string, why: string, context: OnlineContext): Outcome {
	return { status: 'missing', text: `could not reach ${origin} (${context.redact(why)})` };
}

function other(answer: { status: number; text: string; origin: string }, context: OnlineContext): Outcome {
	return {
		status: 'missing',
		text: `${answer.status} from ${answer.origin} (${quoteAnswer(answer.text, context.redact)}): check the server in site.yaml`,
	};
}
