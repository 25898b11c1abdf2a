import { createServer, ServerResponse, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { graphemeLength, mastodonLength } from '../../../src/lib/announce/fit-text.ts';

/**
 * Local stand-ins for the services announce talks to, on 127.0.0.1. Each checks a request
 * against the service's documented API (paths, headers, body fields, limits) and answers as
 * the service does; a request it would refuse is recorded as a problem, and the test fails.
 */

export const SECRETS = {
	LANTERN_SMTP_USER: 'mailer-login-3318',
	LANTERN_SMTP_PASSWORD: 'smtp-secret-4821',
	LANTERN_MASTODON_TOKEN: 'mastodon-secret-9911',
	LANTERN_BLUESKY_APP_PASSWORD: 'abcd-efgh-ijkl-mnop',
	LANTERN_NTFY_TOKEN: 'tk_ntfysecret0001',
	LANTERN_WEBHOOK_PARTNERS: '',
	LANTERN_WEBHOOK_TEAMS: '',
	LANTERN_WEBHOOK_SLACK: '',
};
const HOOK_SECRET = 'hook-secret-5f3a';
const DID = 'did:plc:lanterntest0000000000000';
const HANDLE = 'status.lantern.test';
const ACCESS_JWT = 'bluesky-access-token';
const CID = 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

export type Service = 'mastodon' | 'bluesky' | 'ntfy' | 'statuspage' | 'teams' | 'slack' | 'websub';
/** What the next request to a service meets instead of a normal answer. */
export type Fault =
	/** An error answer; `echo` quotes the whole request back in it, as many frameworks' error pages do. */
	| { status: number; headers?: Record<string, string>; body?: unknown; echo?: boolean }
	/** No answer ever comes. */
	| { hang: () => void }
	/** The service does its work, but its answer never arrives: as when the sender dies just after sending. */
	| { workThenHang: () => void };

/** What the next mail meets: an SMTP error at a step (its text may quote the login), or a server that takes it and never answers. */
export type MailFault =
	| { smtp: number; at: 'login' | 'recipient' | 'message'; text?: string; echoLogin?: boolean }
	| { workThenHang: () => void };

export interface Received {
	service: Service;
	headers: IncomingMessage['headers'];
	body: any;
}

export interface StandIns {
	env: Record<string, string>;
	/** The `announce:` block of site.yaml that points every channel here. */
	config: (options?: { since?: string; corrections?: boolean }) => string;
	received: Received[];
	mails: ParsedMail[];
	/** Requests a real service would have refused, with why. */
	problems: string[];
	/** Mastodon statuses made (a repeated Idempotency-Key makes none), Bluesky records made. */
	statuses: Map<string, any>;
	records: Map<string, any>;
	fail: (service: Service, fault: Fault) => void;
	failMail: (fault: MailFault) => void;
	/** Decides the fault of every message and mail from now on (after any queued by fail and failMail). */
	plan: (decide: (service: Service | 'email') => Fault | MailFault | undefined) => void;
	/** Called as each message arrives, before its answer: where a test kills the sender. */
	onArrival: (listener: (service: Service | 'email') => void) => void;
	close: () => Promise<void>;
}

export async function startStandIns(): Promise<StandIns> {
	const received: Received[] = [];
	const problems: string[] = [];
	const statuses = new Map<string, any>();
	const records = new Map<string, any>();
	const faults = new Map<Service, Fault[]>();
	const mailFaults: MailFault[] = [];
	/** The fault each SMTP session drew at its login, for its later steps. */
	const mailFaultOf = new Map<string, MailFault | undefined>();
	let decide: ((service: Service | 'email') => Fault | MailFault | undefined) | undefined;
	let arrival: (service: Service | 'email') => void = () => undefined;
	const mails: ParsedMail[] = [];
	const open = new Set<ServerResponse>();

	const check = (service: Service, ok: boolean, what: string) => {
		if (!ok) problems.push(`${service}: ${what}`);
		return ok;
	};

	const http = createServer(async (request, response) => {
		open.add(response);
		response.on('close', () => open.delete(response));
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		const url = new URL(request.url!, 'http://127.0.0.1');
		const service = serviceOf(request.method!, url.pathname);
		if (!service) {
			problems.push(`no such endpoint: ${request.method} ${url.pathname}`);
			return answer(response, 404, { error: 'NotFound' });
		}
		const json = request.headers['content-type']?.startsWith('application/json');
		const body = json ? JSON.parse(text) : text;
		const message = !url.pathname.startsWith('/xrpc/com.atproto.server') && request.method === 'POST';
		// The plan decides for messages only, not for a client's own steps (a login, a lookup).
		const fault = faults.get(service)?.shift() ?? (message ? (decide?.(service) as Fault | undefined) : undefined);
		// A refused request did nothing: it is not recorded as received.
		if (fault && 'status' in fault) {
			if (fault.echo)
				return response
					.writeHead(fault.status, { 'Content-Type': 'text/plain' })
					.end(`Cannot ${request.method} ${request.url}\n${JSON.stringify(request.headers)}\n${text}`);
			return answer(response, fault.status, fault.body ?? { error: 'stand-in fault' }, fault.headers);
		}
		// createSession and getRecord are the client's own steps, not messages: not recorded.
		if (message) {
			received.push({ service, headers: request.headers, body });
			arrival(service);
		}
		if (fault && 'hang' in fault) return fault.hang();
		if (fault && 'workThenHang' in fault) {
			handlers[service](request, url, body, new ServerResponse(request));
			return fault.workThenHang();
		}
		handlers[service](request, url, body, response);
	});

	const handlers: Record<Service, (request: IncomingMessage, url: URL, body: any, response: ServerResponse) => void> = {
		// https://docs.joinmastodon.org/methods/statuses/#create, and /methods/apps/#verify_credentials
		mastodon: (request, url, body, response) => {
			if (url.pathname === '/api/v1/apps/verify_credentials') {
				if (request.headers.authorization !== `Bearer ${SECRETS.LANTERN_MASTODON_TOKEN}`)
					return answer(response, 401, { error: 'The access token is invalid' });
				return answer(response, 200, { name: 'Lantern', website: null, scopes: ['write:statuses'] });
			}
			check(
				'mastodon',
				request.headers.authorization === `Bearer ${SECRETS.LANTERN_MASTODON_TOKEN}`,
				'Authorization: Bearer token',
			);
			const key = request.headers['idempotency-key'];
			check('mastodon', typeof key === 'string' && key.length > 0, 'an Idempotency-Key header');
			check('mastodon', typeof body.status === 'string' && body.status.length > 0, 'status text');
			check(
				'mastodon',
				mastodonLength(body.status) <= 500,
				`status within 500 characters (${mastodonLength(body.status)})`,
			);
			check('mastodon', /^[a-z]{2}$/.test(body.language), 'language as ISO 639-1');
			check('mastodon', ['public', 'unlisted', 'private', 'direct'].includes(body.visibility), 'visibility');
			const existing = statuses.get(key as string);
			if (existing) return answer(response, 200, existing);
			const id = String(100 + statuses.size);
			const status = { id, url: `https://mastodon.test/@status/${id}`, content: body.status, language: body.language };
			statuses.set(key as string, status);
			answer(response, 200, status);
		},
		// https://docs.bsky.app/docs/api/com-atproto-server-create-session and -repo-create-record
		bluesky: (request, url, body, response) => {
			if (url.pathname.endsWith('createSession')) {
				if (body.identifier !== HANDLE || body.password !== SECRETS.LANTERN_BLUESKY_APP_PASSWORD)
					return answer(response, 401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
				return answer(response, 200, {
					did: DID,
					handle: HANDLE,
					accessJwt: ACCESS_JWT,
					refreshJwt: 'refresh',
					active: true,
				});
			}
			check('bluesky', request.headers.authorization === `Bearer ${ACCESS_JWT}`, 'the session token');
			if (url.pathname.endsWith('getRecord')) {
				const record = records.get(url.searchParams.get('rkey')!);
				if (!record) return answer(response, 400, { error: 'RecordNotFound', message: 'Could not locate record' });
				return answer(response, 200, { uri: record.uri, cid: CID, value: record.value });
			}
			check('bluesky', body.repo === DID && body.collection === 'app.bsky.feed.post', 'repo and collection');
			check('bluesky', TID.test(body.rkey), `a TID record key (${body.rkey})`);
			const post = body.record;
			check(
				'bluesky',
				post.$type === 'app.bsky.feed.post' && !Number.isNaN(Date.parse(post.createdAt)),
				'$type and createdAt',
			);
			check('bluesky', graphemeLength(post.text) <= 300, `text within 300 graphemes (${graphemeLength(post.text)})`);
			check('bluesky', Array.isArray(post.langs) && post.langs.length <= 3, 'langs');
			for (const facet of post.facets ?? []) {
				const linked = Buffer.from(post.text, 'utf8')
					.subarray(facet.index.byteStart, facet.index.byteEnd)
					.toString('utf8');
				check(
					'bluesky',
					facet.features[0].$type === 'app.bsky.richtext.facet#link' && linked === facet.features[0].uri,
					`facet covers its link (${linked})`,
				);
			}
			if (records.has(body.rkey))
				return answer(response, 400, { error: 'InvalidRequest', message: 'Record already exists' });
			const uri = `at://${DID}/app.bsky.feed.post/${body.rkey}`;
			records.set(body.rkey, { uri, value: post });
			answer(response, 200, { uri, cid: CID });
		},
		// https://docs.ntfy.sh/publish/#publish-as-json; GET /<topic>/auth is the server's access check of a topic.
		ntfy: (request, _url, body, response) => {
			if (request.method === 'GET') {
				if (request.headers.authorization !== `Bearer ${SECRETS.LANTERN_NTFY_TOKEN}`)
					return answer(response, 403, { code: 40301, http: 403, error: 'forbidden' });
				return answer(response, 200, { success: true });
			}
			check('ntfy', request.headers.authorization === `Bearer ${SECRETS.LANTERN_NTFY_TOKEN}`, 'the access token');
			check('ntfy', /^[-_A-Za-z0-9]{1,64}$/.test(body.topic), 'topic');
			check('ntfy', Buffer.byteLength(body.message) <= 4096, 'message within 4,096 bytes');
			check('ntfy', Number.isInteger(body.priority) && body.priority >= 1 && body.priority <= 5, 'priority 1 to 5');
			check('ntfy', URL.canParse(body.click), 'click URL');
			// https://docs.ntfy.sh/publish/#updating-notifications: the sequence ID stands in a path, as a topic does.
			check('ntfy', /^[-_A-Za-z0-9]{1,64}$/.test(body.sequence_id), 'a sequence ID');
			answer(response, 200, { id: `n${received.length}`, event: 'message', topic: body.topic });
		},
		// https://support.atlassian.com/statuspage/docs/enable-webhook-notifications/
		statuspage: (_request, _url, body, response) => {
			check('statuspage', typeof body.page?.status_indicator === 'string' && typeof body.page?.id === 'string', 'page');
			const incident = body.incident;
			check(
				'statuspage',
				typeof incident?.id === 'string' && typeof incident?.name === 'string' && typeof incident?.status === 'string',
				'incident',
			);
			check(
				'statuspage',
				Array.isArray(incident?.incident_updates) &&
					incident.incident_updates.every(
						(update: any) => typeof update.body === 'string' && typeof update.status === 'string',
					),
				'incident_updates',
			);
			answer(response, 200, {});
		},
		// https://learn.microsoft.com/en-us/connectors/teams/ (Workflows: post a card when a webhook request is received)
		teams: (_request, _url, body, response) => {
			const card = body.attachments?.[0];
			check(
				'teams',
				body.type === 'message' && card?.contentType === 'application/vnd.microsoft.card.adaptive',
				'a message with an Adaptive Card',
			);
			check('teams', card?.content?.type === 'AdaptiveCard' && typeof card.content.version === 'string', 'the card');
			check('teams', Buffer.byteLength(JSON.stringify(body)) <= 28_000, 'within 28 KB');
			answer(response, 202, {});
		},
		// https://api.slack.com/messaging/webhooks
		slack: (_request, _url, body, response) => {
			check('slack', typeof body.text === 'string' && Array.isArray(body.blocks), 'text and blocks');
			const header = body.blocks.find((block: any) => block.type === 'header');
			check(
				'slack',
				header?.text.type === 'plain_text' && header.text.text.length <= 150,
				'a header within 150 characters',
			);
			check(
				'slack',
				body.blocks.every((block: any) => block.type !== 'section' || block.text.text.length <= 3000),
				'sections within 3,000',
			);
			response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
		},
		// https://www.w3.org/TR/websub/#publishing (the publish ping hubs take)
		websub: (request, _url, body, response) => {
			check('websub', request.headers['content-type'] === 'application/x-www-form-urlencoded', 'a form');
			const form = new URLSearchParams(body);
			check(
				'websub',
				form.get('hub.mode') === 'publish' && URL.canParse(form.get('hub.url') ?? ''),
				'hub.mode=publish and hub.url',
			);
			response.writeHead(204).end();
		},
	};

	function serviceOf(method: string, pathname: string): Service | undefined {
		if (method === 'POST' && pathname === '/api/v1/statuses') return 'mastodon';
		if (method === 'GET' && pathname === '/api/v1/apps/verify_credentials') return 'mastodon';
		if (method === 'GET' && /^\/[-_A-Za-z0-9]{1,64}\/auth$/.test(pathname)) return 'ntfy';
		if (pathname.startsWith('/xrpc/com.atproto.')) return 'bluesky';
		if (method === 'POST' && pathname === '/') return 'ntfy';
		if (method === 'POST' && pathname === '/hub') return 'websub';
		const hook = pathname.match(/^\/hooks\/([^/]+)\/(statuspage|teams|slack)$/);
		if (method === 'POST' && hook && hook[1] === HOOK_SECRET) return hook[2] as Service;
		return undefined;
	}

	const smtp = new SMTPServer({
		disabledCommands: ['STARTTLS'],
		allowInsecureAuth: true,
		logger: false,
		onAuth(auth, session, callback) {
			// One fault a mail, decided at its first step and kept for its others.
			const fault = mailFaults.shift() ?? (decide?.('email') as MailFault | undefined);
			mailFaultOf.set(session.id, fault);
			if (fault && 'smtp' in fault && fault.at === 'login')
				return callback(smtpError(fault, fault.echoLogin ? `for ${auth.username} with password ${auth.password}` : ''));
			if (auth.username === SECRETS.LANTERN_SMTP_USER && auth.password === SECRETS.LANTERN_SMTP_PASSWORD)
				return callback(null, { user: auth.username });
			callback(smtpError({ smtp: 535, text: 'Invalid username or password' }));
		},
		onRcptTo(_address, session, callback) {
			const fault = mailFaultOf.get(session.id);
			if (fault && 'smtp' in fault && fault.at === 'recipient') return callback(smtpError(fault));
			callback();
		},
		onData(stream, session, callback) {
			const fault = mailFaultOf.get(session.id);
			mailFaultOf.delete(session.id);
			simpleParser(stream).then((mail) => {
				if (fault && 'smtp' in fault && fault.at === 'message') return callback(smtpError(fault));
				mails.push(mail);
				arrival('email');
				if (fault && 'workThenHang' in fault) return fault.workThenHang();
				callback();
			}, callback);
		},
	});

	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	const httpBase = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	const smtpPort = (smtp.server.address() as AddressInfo).port;
	const hook = (format: string) => `${httpBase}/hooks/${HOOK_SECRET}/${format}`;

	return {
		env: {
			...SECRETS,
			LANTERN_WEBHOOK_PARTNERS: hook('statuspage'),
			LANTERN_WEBHOOK_TEAMS: hook('teams'),
			LANTERN_WEBHOOK_SLACK: hook('slack'),
		},
		config: ({ since = '2026-02-10T00:00:00+01:00', corrections = true } = {}) => `announce:
  since: ${since}
  corrections: ${corrections}
  websub_hub: ${httpBase}/hub
  channels:
    - { name: email, type: email, languages: [nl, en], smtp: "smtp://127.0.0.1:${smtpPort}", from: "AZ Voorbeeld <updates@azvoorbeeld.example>", to: { nl: nl@lists.test, en: en@lists.test }, user_env: LANTERN_SMTP_USER, password_env: LANTERN_SMTP_PASSWORD }
    - { name: mastodon, type: mastodon, languages: [nl, en], server: "${httpBase}", token_env: LANTERN_MASTODON_TOKEN }
    - { name: bluesky, type: bluesky, languages: [nl, en], service: "${httpBase}", handle: ${HANDLE}, password_env: LANTERN_BLUESKY_APP_PASSWORD }
    - { name: push, type: ntfy, languages: [nl, en], server: "${httpBase}", topics: { nl: status-nl, en: status-en }, token_env: LANTERN_NTFY_TOKEN }
    - { name: partners, type: webhook, format: statuspage, url_env: LANTERN_WEBHOOK_PARTNERS }
    - { name: teams, type: webhook, format: teams, languages: [en], url_env: LANTERN_WEBHOOK_TEAMS }
    - { name: slack, type: webhook, format: slack, languages: [nl], url_env: LANTERN_WEBHOOK_SLACK }
`,
		received,
		mails,
		problems,
		statuses,
		records,
		fail: (service, fault) => faults.set(service, [...(faults.get(service) ?? []), fault]),
		failMail: (fault) => mailFaults.push(fault),
		plan: (decider) => (decide = decider),
		onArrival: (listener) => (arrival = listener),
		close: async () => {
			for (const response of open) response.destroy();
			await Promise.all([
				new Promise((resolve) => http.close(resolve)),
				new Promise((resolve) => smtp.close(() => resolve(undefined))),
			]);
		},
	};
}

/** An error smtp-server answers with its code. */
function smtpError(fault: { smtp: number; text?: string }, more = ''): Error {
	const error = new Error([fault.text ?? 'stand-in fault', more].filter(Boolean).join(' ')) as Error & {
		responseCode: number;
	};
	error.responseCode = fault.smtp;
	return error;
}

function answer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
	response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
}
