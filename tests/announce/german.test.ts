import { describe, expect, it } from 'vitest';
import { GERMAN_FIXTURE, GERMAN_FIXTURE_NOW } from '../build/helpers/build-site.ts';
import { PROJECT, runAnnounce } from './helpers/announce-site.ts';
import path from 'node:path';

describe('npm run announce -- --dry-run on a site in German and French', () => {
	it('says every message in German and French, in the words of each language', async () => {
		const { ok, output } = await runAnnounce(GERMAN_FIXTURE, {
			ledger: path.join(PROJECT, 'tests/.tmp/no-german-ledger.json'),
			env: {},
			dryRun: true,
			now: GERMAN_FIXTURE_NOW,
			update: '2026-05-04-0800-systeme-abgeschaltet',
		});
		expect(ok).toBe(true);
		await expect(output).toMatchFileSnapshot('__snapshots__/dry-run-german.txt');
		expect(output).toContain(
			'Was hat sich geändert?\n- Notaufnahme, Standort See: Eingeschränkte Kapazität (vorher: Normal geöffnet)',
		);
		expect(output).toContain('Nächste Meldung: Montag, 4. Mai 2026 um 14:00.');
		expect(output).toContain(
			'Sie erhalten diese Nachricht, weil Sie die Meldungen von Spital Auenfeld abonniert haben.',
		);
		expect(output).toContain('Ce qui a changé\n- Urgences, Site du Lac\u00a0: Capacité réduite (avant\u00a0: Ouvert)');
	});
});
