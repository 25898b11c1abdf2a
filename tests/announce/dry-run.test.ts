import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { announceSite, DEMO, demoAnnounceConfig, NOW, PROJECT, runAnnounce } from './helpers/announce-site.ts';

const LAST = '2026-02-17-1200-all-services-open';

describe('npm run announce -- --dry-run on the demo', () => {
	it('prints every message of the last update, per channel and language, exactly as it would be sent', async () => {
		const { ok, output } = await runAnnounce(DEMO, {
			ledger: path.join(PROJECT, 'tests/.tmp/no-ledger.json'),
			env: {},
			dryRun: true,
			update: LAST,
		});
		expect(ok).toBe(true);
		// Read it in the file: what a comms officer checks before the first real run.
		await expect(output).toMatchFileSnapshot('__snapshots__/dry-run-demo-last-update.txt');
		expect(output).toContain(`would send  email ${LAST} nl`);
		expect(output).toContain(`would send  mastodon ${LAST} en`);
		expect(output).not.toMatch(/^(sent|failed)/m);
	});

	it('tells what an update announces ahead of time, after what it changes now', async () => {
		const { output } = await runAnnounce(DEMO, {
			ledger: path.join(PROJECT, 'tests/.tmp/no-ledger.json'),
			env: {},
			dryRun: true,
			update: '2026-01-29-1400-emergency-noord-and-mug-back',
			only: ['email'],
		});
		expect(output).toContain(
			'Announced ahead of time\n- Emergency department, Campus Zuid (south): Open, expect delays from Sunday, 1 February 2026 at 06:00 until 08:00.',
		);
		expect(output).toMatch(
			/<h2>Vooraf aangekondigd<\/h2>\n<ul>\n<li>Spoedgevallen, Campus Zuid: Open, met wachttijden van zondag 1 februari 2026 om 06:00 tot 08:00/,
		);
	});

	it('shows a correction when what would be sent changed after it was sent', async () => {
		const site = await announceSite(await demoAnnounceConfig());
		try {
			const sent = (fingerprint: string) => ({ fingerprint, at: NOW });
			await mkdir(path.dirname(site.ledger), { recursive: true });
			await writeFile(
				site.ledger,
				JSON.stringify({ version: 1, sent: { [`mastodon ${LAST} nl`]: sent('before-a-fix') } }),
			);
			const { output } = await runAnnounce(site.content, {
				ledger: site.ledger,
				env: {},
				dryRun: true,
				only: ['mastodon'],
			});
			expect(output).toContain(`would send a correction  mastodon ${LAST} nl`);
			expect(output).toContain('"status": "Rechtzetting: Alle diensten weer open');
			expect(output).toContain(`would send  mastodon ${LAST} en`);
		} finally {
			await site.remove();
		}
	});
});
