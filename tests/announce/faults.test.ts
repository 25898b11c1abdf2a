import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnnounceError } from '../../scripts/lib/announce/run.ts';
import { announceSite, runAnnounce } from './helpers/announce-site.ts';
import { startStandIns, type StandIns } from './helpers/stand-ins.ts';

const FIRST = '2026-02-10-1200-surgery-catching-up';

describe('announce when something goes wrong', () => {
	let standIns: StandIns;
	let site: Awaited<ReturnType<typeof announceSite>>;
	let origin: string;
	beforeEach(async () => {
		standIns = await startStandIns();
		site = await announceSite(standIns.config());
		origin = new URL(standIns.env['LANTERN_WEBHOOK_SLACK']!).origin;
	});
	afterEach(async () => {
		await standIns.close();
		await site.remove();
	});
	const run = (
		options: { only?: string[]; env?: Record<string, string>; timeoutMs?: number; newLedger?: boolean } = {},
	) => runAnnounce(site.content, { ledger: site.ledger, env: options.env ?? standIns.env, ...options });

	it('a missing secret fails that channel before anything is sent, and records nothing', async () => {
		const { LANTERN_MASTODON_TOKEN: _, ...env } = standIns.env;
		const result = await run({ env, only: ['mastodon'] });
		expect(result.ok).toBe(false);
		expect(result.lines[0]).toBe(
			`failed  mastodon ${FIRST} nl: LANTERN_MASTODON_TOKEN is not set; give the secret to the job (docs/announcing.md)`,
		);
		expect(standIns.received).toEqual([]);
		expect((await run({ only: ['mastodon'] })).lines.filter((line) => line.startsWith('sent'))).toHaveLength(4);
	});

	it('a busy server (429) is named with how long it asks to wait', async () => {
		standIns.fail('mastodon', { status: 429, headers: { 'Retry-After': '120' } });
		const result = await run({ only: ['mastodon'] });
		expect(result.lines[0]).toBe(
			`failed  mastodon ${FIRST} nl: 429 Too Many Requests from ${origin}: too many messages, it asks to wait 120 s; tried again on the next run`,
		);
	});

	it('a refused message says why, in the service’s words, and does not hold back the updates after it', async () => {
		standIns.fail('mastodon', {
			status: 422,
			body: { error: 'Validation failed: Text character limit of 500 exceeded' },
		});
		const result = await run({ only: ['mastodon'] });
		expect(result.ok).toBe(false);
		expect(result.lines[0]).toBe(
			`failed  mastodon ${FIRST} nl: 422 Unprocessable Entity from ${origin}: the message was refused: {"error":"Validation failed: Text character limit of 500 exceeded"}; not tried again until its text changes`,
		);
		expect(result.lines.slice(1).every((line) => line.startsWith('sent'))).toBe(true);
		expect(standIns.statuses.size).toBe(3);
		const again = await run({ only: ['mastodon'] });
		expect(again.lines[0]).toMatch(
			new RegExp(`^skipped {2}mastodon ${FIRST} nl: refused before \\(422 .*\\); it is sent once its text changes$`),
		);
		expect(again.ok).toBe(true);
	});

	it('a run whose ledger is missing stops before it sends, rather than send everything again', async () => {
		await expect(run({ newLedger: false })).rejects.toThrow(
			new AnnounceError(
				`no ledger at ${site.ledger}: without it every update since announce.since would be sent again. Bring the ledger (npm run announce-ledger -- pull), or start one with --new-ledger on the very first run`,
			),
		);
		expect(standIns.received).toEqual([]);
		expect(standIns.mails).toEqual([]);
	});

	it('a server that does not answer in time, or cannot be reached, fails with that said', async () => {
		standIns.fail('slack', { hang: () => undefined });
		const slow = await run({ only: ['slack'], timeoutMs: 300 });
		expect(slow.lines[0]).toBe(
			`failed  slack ${FIRST} nl: no answer from ${origin} within 0.3 s: it may have arrived; sent again with the same identity on the next run`,
		);
		await standIns.close();
		const gone = await run({ only: ['slack'] });
		expect(gone.lines[0]).toBe(
			`failed  slack ${FIRST} nl: could not reach ${origin} (ECONNREFUSED); tried again on the next run`,
		);
	});

	it('a wrong mail password is the mail server’s answer, without the password', async () => {
		const env = { ...standIns.env, LANTERN_SMTP_PASSWORD: 'wrong-password-77' };
		const result = await run({ only: ['email'], env });
		expect(result.ok).toBe(false);
		expect(result.lines[0]).toMatch(
			new RegExp(
				`^failed {2}email ${FIRST} nl: 535 from smtp://127\\.0\\.0\\.1:\\d+: the secret in LANTERN_SMTP_USER and LANTERN_SMTP_PASSWORD was not accepted \\(the server said: Invalid username or password\\); tried again on the next run$`,
			),
		);
		expect(result.output).not.toContain('wrong-password-77');
		expect(standIns.mails).toEqual([]);
	});

	it('a Bluesky post made by a run whose ledger was lost is found, not posted twice', async () => {
		await run({ only: ['bluesky'] });
		await rm(site.ledger);
		const again = await run({ only: ['bluesky'] });
		expect(again.lines.filter((line) => line.startsWith('already sent (found on the service)'))).toHaveLength(4);
		expect(standIns.records.size).toBe(4);
	});

	it('an unknown channel on the command line stops the run before it sends', async () => {
		await expect(run({ only: ['mastodon', 'telegram'] })).rejects.toThrow(
			new AnnounceError(
				'--only names no channel of site.yaml: telegram (channels: email, mastodon, bluesky, push, partners, teams, slack, websub)',
			),
		);
		expect(standIns.received).toEqual([]);
	});
});
