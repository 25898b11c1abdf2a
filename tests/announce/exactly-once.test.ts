import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceSite, NOW, PROJECT, runAnnounce } from './helpers/announce-site.ts';
import { startStandIns, type StandIns } from './helpers/stand-ins.ts';

/** What each service got, counted per update and language: each must be 1. */
function deliveredTimes(standIns: StandIns): Record<string, number> {
	const counts: Record<string, number> = {};
	const add = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
	for (const mail of standIns.mails) add(`email ${mail.messageId}`);
	for (const [key] of standIns.statuses) add(`mastodon ${key}`);
	for (const [rkey] of standIns.records) add(`bluesky ${rkey}`);
	for (const request of standIns.received) {
		if (request.service === 'ntfy') add(`ntfy ${request.body.topic} ${request.body.click}`);
		if (request.service === 'teams' || request.service === 'slack')
			add(`${request.service} ${JSON.stringify(request.body).match(/updates\/([^/]+)\//)![1]}`);
		if (request.service === 'statuspage') add(`statuspage ${request.body.incident.incident_updates[0].id}`);
	}
	return counts;
}

describe('each update reaches each channel exactly once', () => {
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

	it('when the run is killed after the first channel, as Mastodon took the post but before the answer came', async () => {
		let killed!: Promise<unknown>;
		const child = spawn(
			process.execPath,
			[path.join(PROJECT, 'scripts/announce.ts'), '--ledger', site.ledger, '--new-ledger'],
			{
				env: { ...process.env, ...standIns.env, LANTERN_CONTENT: site.content, LANTERN_NOW: NOW },
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		const exited = new Promise((resolve) => child.on('exit', resolve));
		standIns.fail('mastodon', { workThenHang: () => (killed = Promise.resolve(child.kill('SIGKILL'))) });
		await exited;
		await killed;
		// The first channel was recorded after each send; nothing after it was.
		const ledger = JSON.parse(await readFile(site.ledger, 'utf8'));
		expect(Object.keys(ledger.sent)).toEqual([
			'email 2026-02-10-1200-surgery-catching-up en',
			'email 2026-02-10-1200-surgery-catching-up nl',
		]);
		expect(standIns.statuses.size).toBe(1);

		const second = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env });
		expect(second.ok).toBe(true);
		expect(second.lines.filter((line) => line.startsWith('already sent'))).toHaveLength(2);
		const third = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env });
		expect(third.lines.every((line) => line.startsWith('already sent'))).toBe(true);

		expect(standIns.problems).toEqual([]);
		const times = deliveredTimes(standIns);
		expect(Object.keys(times)).toHaveLength(4 + 4 + 4 + 4 + 2 + 2 + 2);
		expect(Object.values(times).every((count) => count === 1)).toBe(true);
		// Mastodon saw the first post twice and made it once: its Idempotency-Key did that.
		expect(standIns.received.filter((request) => request.service === 'mastodon')).toHaveLength(5);
	});

	it('when one channel fails on the first run: it is retried, in order, and the others are not sent again', async () => {
		standIns.fail('ntfy', { status: 503, body: { code: 50301, error: 'service unavailable' } });
		const first = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env });
		expect(first.ok).toBe(false);
		expect(first.lines).toContain(
			`failed  push 2026-02-10-1200-surgery-catching-up nl: 503 Service Unavailable from ${new URL(standIns.env['LANTERN_WEBHOOK_SLACK']!).origin}; tried again on the next run`,
		);
		expect(first.lines.filter((line) => line.startsWith('skipped  push'))).toHaveLength(3);
		const ledger = JSON.parse(await readFile(site.ledger, 'utf8'));
		expect(Object.keys(ledger.sent).filter((key) => key.startsWith('push'))).toEqual([]);

		const second = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env });
		expect(second.ok).toBe(true);
		expect(second.lines.filter((line) => line.startsWith('sent'))).toEqual([
			expect.stringMatching(/^sent {2}push 2026-02-10-1200-surgery-catching-up nl/),
			expect.stringMatching(/^sent {2}push 2026-02-10-1200-surgery-catching-up en/),
			expect.stringMatching(/^sent {2}push 2026-02-17-1200-all-services-open nl/),
			expect.stringMatching(/^sent {2}push 2026-02-17-1200-all-services-open en/),
		]);
		await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env });
		expect(standIns.problems).toEqual([]);
		expect(Object.values(deliveredTimes(standIns)).every((count) => count === 1)).toBe(true);
	});
});
