import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceSite, runAnnounce } from './helpers/announce-site.ts';
import { startStandIns, type StandIns } from './helpers/stand-ins.ts';

const LAST = '2026-02-17-1200-all-services-open';
const BEFORE = '2026-02-10-1200-surgery-catching-up';

describe('npm run announce, against local stand-ins of every channel', () => {
	let standIns: StandIns;
	let site: Awaited<ReturnType<typeof announceSite>>;
	let first: Awaited<ReturnType<typeof runAnnounce>>;

	beforeAll(async () => {
		standIns = await startStandIns();
		site = await announceSite(standIns.config());
		first = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env });
	});
	afterAll(async () => {
		await standIns?.close();
		await site?.remove();
	});

	it('sends each update published since `since` to every channel in its languages, each request as the service documents it', () => {
		expect(standIns.problems).toEqual([]);
		expect(first.ok).toBe(true);
		const sent = first.lines.filter((line) => line.startsWith('sent'));
		// 2 updates × (email 2 + mastodon 2 + bluesky 2 + push 2 + partners 1 + teams 1 + slack 1 + websub 1).
		expect(sent).toHaveLength(24);
		expect(first.output).not.toContain('2026-02-03');
		const count = (service: string) => standIns.received.filter((request) => request.service === service).length;
		expect([
			count('mastodon'),
			count('bluesky'),
			count('ntfy'),
			count('statuspage'),
			count('teams'),
			count('slack'),
		]).toEqual([4, 4, 4, 2, 2, 2]);
		// WebSub: each update pings the three feeds of each of the three languages.
		expect(count('websub')).toBe(18);
		expect(standIns.mails).toHaveLength(4);
	});

	it('mails a plain-text part and an HTML part in the list’s language, with a stable Message-ID', () => {
		const mail = standIns.mails.find((entry) => entry.messageId === `<${LAST}.nl@status.azvoorbeeld.example>`)!;
		expect(mail.to).toMatchObject({ text: 'nl@lists.test' });
		expect(mail.subject).toBe('AZ Voorbeeld: Alle diensten weer open: dank u voor uw geduld');
		expect(mail.headers.get('content-language')).toBe('nl');
		expect(mail.text).toContain('Geplande operaties, Campus Noord: Open (weer normaal) (was: Beperkte capaciteit)');
		expect(mail.text).toContain(`Lees de volledige update: https://status.azvoorbeeld.example/nl/updates/${LAST}/`);
		expect(mail.html).toContain('<html lang="nl">');
		expect(mail.html).toContain('<h1>Alle diensten weer open: dank u voor uw geduld</h1>');
		expect(mail.html).toContain(
			`<a href="https://status.azvoorbeeld.example/nl/updates/${LAST}/">Lees de volledige update</a>`,
		);
		expect(mail.html).not.toMatch(/<img|src=/);
		const english = standIns.mails.find((entry) => entry.messageId === `<${LAST}.en@status.azvoorbeeld.example>`)!;
		expect(english.headers.get('content-language')).toBe('en');
		expect(english.html).toContain('<html lang="en">');
		expect(english.subject).toBe('AZ Voorbeeld hospital network: All services open again: thank you for your patience');
	});

	it('posts to Mastodon and Bluesky in each language, the link whole and linked', () => {
		const english = [...standIns.statuses.values()].find(
			(status) => status.language === 'en' && status.content.includes(LAST),
		)!;
		expect(english.content).toMatch(/^All services open again: thank you for your patience\n\n/);
		expect(english.content.endsWith(`https://status.azvoorbeeld.example/en/updates/${LAST}/`)).toBe(true);
		const post = [...standIns.records.values()].find(
			(record) => record.value.langs[0] === 'nl' && record.value.text.includes(LAST),
		)!;
		expect(post.value.facets[0].features[0].uri).toBe(`https://status.azvoorbeeld.example/nl/updates/${LAST}/`);
		expect(post.value.text.endsWith(post.value.facets[0].features[0].uri)).toBe(true);
	});

	it('pushes through ntfy with the title, the link to click and a priority from the worst state', () => {
		const pushes = standIns.received.filter((request) => request.service === 'ntfy').map((request) => request.body);
		const last = pushes.find((push) => push.topic === 'status-en' && push.click.includes(LAST))!;
		expect(last).toMatchObject({ title: 'All services open again: thank you for your patience', priority: 2 });
		// A week earlier planned surgery still had reduced capacity: an ordinary, not a quiet, message.
		expect(pushes.find((push) => push.topic === 'status-nl' && push.click.includes(BEFORE))).toMatchObject({
			priority: 3,
		});
	});

	it('calls the webhooks in Statuspage’s, Teams’ and Slack’s shapes', () => {
		const body = (service: string) => standIns.received.filter((request) => request.service === service).at(-1)!.body;
		const statuspage = body('statuspage');
		expect(statuspage.page).toMatchObject({ status_indicator: 'none' });
		expect(statuspage.incident).toMatchObject({ id: '2026-01-cyberattack', status: 'resolved' });
		expect(statuspage.incident.incident_updates[0]).toMatchObject({ id: LAST, status: 'resolved' });
		expect(statuspage.incident.incident_updates[0].body).toMatch(/^Alle diensten weer open/);
		const card = body('teams').attachments[0].content;
		expect(card.lang).toBe('en');
		expect(card.actions[0]).toEqual({
			type: 'Action.OpenUrl',
			title: 'Read the full update',
			url: `https://status.azvoorbeeld.example/en/updates/${LAST}/`,
		});
		expect(body('slack').blocks[1].text.text).toContain(
			`<https://status.azvoorbeeld.example/nl/updates/${LAST}/|Lees de volledige update>`,
		);
	});

	it('sends nothing again on the next run, and says so for each', async () => {
		const before = standIns.received.length;
		const again = await runAnnounce(site.content, { ledger: site.ledger, env: standIns.env });
		expect(again.ok).toBe(true);
		expect(standIns.received.length).toBe(before);
		expect(standIns.mails).toHaveLength(4);
		expect(again.lines.filter((line) => line.startsWith('already sent'))).toHaveLength(24);
	});

	it('never prints a secret, not even a webhook address', () => {
		for (const value of Object.values(standIns.env)) expect(first.output).not.toContain(value);
	});
});
