import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceProcess, announceSite } from './helpers/announce-site.ts';
import { SECRETS, startStandIns, type StandIns } from './helpers/stand-ins.ts';

/**
 * Every secret of the run, and every part of a secret address, as a person reading a public
 * deploy log could use it: none may appear in anything a run prints.
 */
const PARTS = {
	user: 'hook-user-8841',
	password: 'hook-pass-5530',
	path: 'hook-secret-5f3a',
	query: 'query-secret-7702',
	fragment: 'frag-secret-1290',
	signature: 'teams-signature-4471',
};

function secretAddress(hook: string, parts: { user?: string; password?: string; query?: string; hash?: string }) {
	const url = new URL(hook);
	if (parts.user) url.username = parts.user;
	if (parts.password) url.password = parts.password;
	if (parts.query) url.search = parts.query;
	if (parts.hash) url.hash = parts.hash;
	return url.href;
}

describe('no secret, nor any part of one, in anything announce prints', () => {
	let standIns: StandIns;
	let site: Awaited<ReturnType<typeof announceSite>>;
	let env: Record<string, string>;
	let forbidden: string[];
	beforeEach(async () => {
		standIns = await startStandIns();
		site = await announceSite(standIns.config());
		env = {
			...standIns.env,
			LANTERN_WEBHOOK_PARTNERS: secretAddress(standIns.env['LANTERN_WEBHOOK_PARTNERS']!, {
				user: PARTS.user,
				password: PARTS.password,
				query: `?format=json&token=${PARTS.query}`,
				hash: PARTS.fragment,
			}),
			LANTERN_WEBHOOK_TEAMS: secretAddress(standIns.env['LANTERN_WEBHOOK_TEAMS']!, {
				query: `?api-version=2016-06-01&sig=${PARTS.signature}`,
			}),
		};
		const secretValues = Object.values(env).filter((value) => value.length >= 6);
		const basic = Buffer.from(`${PARTS.user}:${PARTS.password}`).toString('base64');
		forbidden = [...Object.values(PARTS), ...secretValues, basic];
	});
	afterEach(async () => {
		await standIns.close();
		await site.remove();
	});

	/** Each forbidden value found in the output, with the line it is on. */
	function leaks(output: string): string[] {
		const lines = output.split('\n').filter((line) => !line.startsWith('::add-mask::'));
		return forbidden.flatMap((secret) =>
			lines.filter((line) => line.includes(secret)).map((line) => `${secret} in: ${line}`),
		);
	}

	it('when every server answers with the whole request quoted back: 401, 404, 500 and SMTP 535', async () => {
		standIns.fail('mastodon', { status: 401, echo: true });
		standIns.fail('statuspage', { status: 404, echo: true });
		standIns.fail('teams', { status: 401, echo: true });
		standIns.fail('ntfy', { status: 500, echo: true });
		standIns.fail('bluesky', { status: 401, echo: true });
		standIns.failMail({ smtp: 535, at: 'login', text: '5.7.8 Authentication failed', echoLogin: true });
		const run = await announceProcess(site.content, { ledger: site.ledger, env, args: ['--new-ledger'] }).done;
		const output = run.stdout + run.stderr;
		expect(run.code).toBe(1);
		// The answers did reach the output, with their secrets hidden.
		expect(output).toContain('Cannot POST /hooks/***/teams?api-version=2016-06-01&sig=*** {');
		expect(output).toContain('"authorization":"Bearer ***"');
		expect(output).toMatch(
			/failed {2}partners \S+ nl: 404 Not Found from http:\/\/127\.0\.0\.1:\d+: the address is wrong/,
		);
		expect(output).toMatch(/failed {2}email \S+ nl: 535 from smtp:\/\/127\.0\.0\.1:\d+: the secret in/);
		expect(leaks(output)).toEqual([]);

		// The next run sends it all, and its receipts and lines show no secret either.
		const again = await announceProcess(site.content, { ledger: site.ledger, env }).done;
		expect(again.code).toBe(0);
		expect(leaks(again.stdout + again.stderr)).toEqual([]);
		expect(standIns.problems).toEqual([]);
	});

	it('in a dry run, and in a run whose secrets are given to the runner’s log masking before anything else', async () => {
		const dry = await announceProcess(site.content, { ledger: site.ledger, env, args: ['--dry-run'] }).done;
		expect(dry.code).toBe(0);
		expect(dry.stdout).toContain('POST $LANTERN_WEBHOOK_PARTNERS');
		expect(leaks(dry.stdout + dry.stderr)).toEqual([]);

		const onRunner = await announceProcess(site.content, {
			ledger: site.ledger,
			env: { ...env, GITHUB_ACTIONS: 'true' },
			args: ['--new-ledger', '--only', 'partners'],
		}).done;
		const lines = onRunner.stdout.trimEnd().split('\n');
		const masks = lines.filter((line) => line.startsWith('::add-mask::'));
		// Every mask comes before the first line the run prints.
		expect(lines.slice(0, masks.length)).toEqual(masks);
		for (const part of [...Object.values(PARTS), SECRETS.LANTERN_MASTODON_TOKEN, SECRETS.LANTERN_SMTP_PASSWORD])
			expect(masks).toContain(`::add-mask::${part}`);
		expect(lines.slice(masks.length).every((line) => line.startsWith('sent  partners'))).toBe(true);
		expect(leaks(onRunner.stdout + onRunner.stderr)).toEqual([]);
	});
});
