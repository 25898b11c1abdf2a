import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceSite, runAnnounce } from './helpers/announce-site.ts';
import { startStandIns, type StandIns } from './helpers/stand-ins.ts';

const FIRST = '2026-02-10-1200-surgery-catching-up';

/** The failed lines of a run, with the stand-ins' ports made fixed so they can be snapshots. */
function failures(lines: string[]): string[] {
	return lines
		.filter((line) => line.startsWith('failed'))
		.map((line) => line.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT').replace(FIRST, 'FIRST'));
}

describe('what a failed send says, and what the run does about it', () => {
	let standIns: StandIns;
	let site: Awaited<ReturnType<typeof announceSite>>;
	beforeEach(async () => {
		standIns = await startStandIns();
		site = await announceSite(standIns.config());
	});
	afterEach(async () => {
		await standIns.close();
		await site.remove();
	});

	it('names the secret that was not accepted and the address that is wrong, each code once', async () => {
		standIns.fail('mastodon', { status: 401, body: { error: 'The access token is invalid' } });
		standIns.fail('ntfy', { status: 403, body: { code: 40301, error: 'forbidden' } });
		standIns.fail('statuspage', { status: 404, body: 'Not Found' });
		standIns.fail('slack', { status: 400, body: 'invalid_blocks' });
		standIns.fail('teams', { status: 413, body: { error: 'Request entity too large' } });
		standIns.fail('websub', { status: 503, body: 'Service Unavailable' });
		standIns.failMail({ smtp: 450, at: 'recipient', text: '4.2.1 Mailbox busy, try again later' });
		const env = { ...standIns.env, LANTERN_BLUESKY_APP_PASSWORD: 'not-the-app-password' };
		const first = await runAnnounce(site.content, { ledger: site.ledger, env });
		expect(first.ok).toBe(false);
		expect(failures(first.lines)).toMatchInlineSnapshot(`
			[
			  "failed  email FIRST nl: 450 from smtp://127.0.0.1:PORT: busy for now (the server said: 4.2.1 Mailbox busy, try again later); tried again on the next run",
			  "failed  mastodon FIRST nl: 401 Unauthorized from http://127.0.0.1:PORT: the secret in LANTERN_MASTODON_TOKEN was not accepted (the server said: {"error":"The access token is invalid"}); tried again on the next run",
			  "failed  bluesky FIRST nl: 401 from http://127.0.0.1:PORT: the secret in LANTERN_BLUESKY_APP_PASSWORD was not accepted (the server said: AuthenticationRequired: Invalid identifier or password); tried again on the next run",
			  "failed  push FIRST nl: 403 Forbidden from http://127.0.0.1:PORT: the secret in LANTERN_NTFY_TOKEN was not accepted (the server said: {"code":40301,"error":"forbidden"}); tried again on the next run",
			  "failed  partners FIRST nl: 404 Not Found from http://127.0.0.1:PORT: the address is wrong (check $LANTERN_WEBHOOK_PARTNERS); tried again on the next run",
			  "failed  teams FIRST en: 413 Payload Too Large from http://127.0.0.1:PORT: the message was refused: {"error":"Request entity too large"}; not tried again until its text changes",
			  "failed  slack FIRST nl: 400 Bad Request from http://127.0.0.1:PORT: the message was refused: "invalid_blocks"; not tried again until its text changes",
			  "failed  websub FIRST *: 503 Service Unavailable from http://127.0.0.1:PORT; tried again on the next run",
			]
		`);
		// A secret not accepted or a wrong address stops the channel for this run, and records nothing.
		expect(first.lines.filter((line) => line.startsWith('skipped  mastodon'))).toHaveLength(3);
		expect(first.lines.filter((line) => line.startsWith('skipped  partners'))).toHaveLength(1);
		// A refused message is recorded, and the channel goes on with the next one.
		expect(first.lines).toContainEqual(expect.stringMatching(/^sent {2}slack 2026-02-17-1200-all-services-open nl/));
		const ledger = JSON.parse(await readFile(site.ledger, 'utf8'));
		expect(Object.keys(ledger.sent).filter((key) => key.includes(FIRST) && !key.startsWith('bluesky'))).toEqual([
			`slack ${FIRST} nl`,
			`teams ${FIRST} en`,
		]);

		const second = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env });
		expect(second.ok).toBe(true);
		expect(failures(second.lines)).toEqual([]);
		expect(second.lines).toContainEqual(`sent  partners ${FIRST} nl`);
		expect(second.lines).toContainEqual(
			expect.stringMatching(new RegExp(`^skipped {2}slack ${FIRST} nl: refused before`)),
		);
		expect(standIns.problems).toEqual([]);
	});

	it('tells a wrong mail address and a refused mail apart', async () => {
		standIns.failMail({ smtp: 550, at: 'recipient', text: '5.1.1 No such list' });
		const wrong = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env, only: ['email'] });
		standIns.failMail({ smtp: 554, at: 'message', text: '5.7.1 Message rejected as spam' });
		const refused = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env, only: ['email'] });
		expect([...failures(wrong.lines), ...failures(refused.lines)]).toMatchInlineSnapshot(`
			[
			  "failed  email FIRST nl: 550 from smtp://127.0.0.1:PORT: the address is wrong (check to: in site.yaml) (the server said: 5.1.1 No such list); tried again on the next run",
			  "failed  email FIRST nl: 554 from smtp://127.0.0.1:PORT: the message was refused: 5.7.1 Message rejected as spam; not tried again until its text changes",
			]
		`);
		expect(wrong.lines.filter((line) => line.startsWith('skipped  email'))).toHaveLength(3);
		expect(refused.lines.filter((line) => line.startsWith('sent  email'))).toHaveLength(3);
	});
});
