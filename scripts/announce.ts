/**
 * `npm run announce`: after a deploy, sends each update published since `announce.since` once to
 * every channel of site.yaml's `announce:` (mail, Mastodon, Bluesky, ntfy, webhooks, a WebSub
 * hub), in each channel's languages, and records each send in the ledger at once. Prints one
 * line per update × channel × language; exits 1 when a send failed (it is tried again on the
 * next run) or the content has errors, 2 when the command line is wrong or the ledger is missing.
 *
 *   --dry-run        print every message exactly as it would be sent; send and record nothing
 *   --only NAME      only this channel (repeat or separate with commas)
 *   --update ID      only this update (with --dry-run: even if it was sent already)
 *   --ledger FILE    the ledger (default: $LANTERN_ANNOUNCE_LEDGER, else .announce/ledger.json);
 *                    a run without its ledger stops, as it would send everything again
 *   --new-ledger     start the ledger: only for the very first run
 *   --push-ledger    after each send, also push the ledger to its branch (the deploy workflow)
 *   --timeout SEC    how long to wait for a server (default 20)
 *
 * LANTERN_CONTENT, LANTERN_NOW, SITE_URL and LANTERN_EXERCISE are read as by the build: run it
 * with the same values as the build that was deployed, so it announces what is live.
 */
import { loadLantern } from '../src/data/load-lantern.ts';
import { buildOptionsFromEnv } from '../src/data/site-settings.ts';
import { ContentError } from '../src/lib/content/problems.ts';
import { pushLedger } from './lib/announce/ledger-branch.ts';
import { announce, AnnounceError } from './lib/announce/run.ts';
import { channelSecrets } from '../src/lib/announce/channels.ts';
import { commandLine, TIMEOUT_FLAG, timeoutMs } from './lib/command-line.ts';
import { protectOutput } from './lib/protect-output.ts';

const { values, wrong } = commandLine({
	name: 'announce',
	about: "sends each update published since announce.since once to every channel of site.yaml's announce: section.",
	flags: {
		'dry-run': {
			type: 'boolean',
			default: false,
			about: 'print every message exactly as it would be sent; send and record nothing',
		},
		only: {
			type: 'string',
			value: 'NAME',
			multiple: true,
			about: 'only this channel (or several, separated by commas)',
		},
		update: { type: 'string', value: 'ID', about: 'only this update (with --dry-run: even if it was sent already)' },
		ledger: {
			type: 'string',
			value: 'FILE',
			about: 'the ledger (default: $LANTERN_ANNOUNCE_LEDGER, else .announce/ledger.json)',
		},
		'new-ledger': { type: 'boolean', default: false, about: 'start the ledger: only for the very first run' },
		'push-ledger': { type: 'boolean', default: false, about: 'after each send, push the ledger to its branch' },
		timeout: TIMEOUT_FLAG,
	},
	notes: [
		'Exits 1 when a send failed or the content has errors, 2 when the ledger is missing.',
		'Reads LANTERN_CONTENT, LANTERN_NOW and SITE_URL as the build does: use the values of the deployed build.',
	],
	examples: ['npm run announce -- --dry-run --update 2026-01-13-0805-servers-shut-down', 'npm run announce'],
});
const timeout = timeoutMs(values.timeout, wrong);
const ledgerFile = values.ledger ?? process.env['LANTERN_ANNOUNCE_LEDGER'] ?? '.announce/ledger.json';

try {
	const lantern = await loadLantern({ ...buildOptionsFromEnv(process.env), preview: false });
	// Before the first line a secret could reach: from here on no output shows one, or any part of one.
	const settings = lantern.content.site.announce;
	if (settings) protectOutput(channelSecrets(settings, process.env));
	const ok = await announce({
		lantern,
		ledgerFile,
		newLedger: values['new-ledger'],
		...(values['push-ledger'] && {
			afterRecord: async () => {
				await pushLedger(
					{ repository: process.cwd(), remote: 'origin', branch: 'announce-ledger' },
					ledgerFile,
					'Announced',
				);
			},
		}),
		dryRun: values['dry-run'],
		...(values.only && { only: values.only.flatMap((names) => names.split(',')).map((name) => name.trim()) }),
		...(values.update && { update: values.update }),
		env: process.env,
		timeoutMs: timeout,
		print: (line) => console.log(line),
	});
	process.exit(ok ? 0 : 1);
} catch (error) {
	if (error instanceof AnnounceError) {
		console.error(error.message);
		process.exit(2);
	}
	if (error instanceof ContentError) {
		console.error(error.message);
		process.exit(1);
	}
	throw error;
}
