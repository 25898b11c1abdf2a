/**
 * `npm run announce`: after a deploy, sends each update published since `announce.since` once to
 * every channel of site.yaml's `announce:` (mail, Mastodon, Bluesky, ntfy, webhooks, a WebSub
 * hub), in each channel's languages, and records each send in the ledger at once. Prints one
 * line per update × channel × language; exits 1 when a send failed (it is tried again on the
 * next run), 2 when the command line or the config is wrong.
 *
 *   --dry-run        print every message exactly as it would be sent; send and record nothing
 *   --only NAME      only this channel (repeat or separate with commas)
 *   --update ID      only this update (with --dry-run: even if it was sent already)
 *   --ledger FILE    the ledger (default: $LANTERN_ANNOUNCE_LEDGER, else .announce/ledger.json)
 *   --timeout SEC    how long to wait for a server (default 20)
 *
 * LANTERN_CONTENT, LANTERN_NOW and SITE_URL are read as by the build: run it with the same
 * values as the build that was deployed, so it announces what is live.
 */
import { parseArgs } from 'node:util';
import { loadLantern } from '../src/data/load-lantern.ts';
import { buildOptionsFromEnv } from '../src/data/site-settings.ts';
import { ContentError } from '../src/lib/content/problems.ts';
import { announce, AnnounceError } from './lib/announce/run.ts';

const { values } = parseArgs({
	options: {
		'dry-run': { type: 'boolean', default: false },
		only: { type: 'string', multiple: true },
		update: { type: 'string' },
		ledger: { type: 'string' },
		timeout: { type: 'string', default: '20' },
	},
});
const timeout = Number(values.timeout);
if (!(timeout > 0)) {
	console.error(`--timeout takes a number of seconds; found ${JSON.stringify(values.timeout)}`);
	process.exit(2);
}

try {
	const lantern = await loadLantern({ ...buildOptionsFromEnv(process.env), preview: false });
	const ok = await announce({
		lantern,
		ledgerFile: values.ledger ?? process.env['LANTERN_ANNOUNCE_LEDGER'] ?? '.announce/ledger.json',
		dryRun: values['dry-run'],
		...(values.only && { only: values.only.flatMap((names) => names.split(',')).map((name) => name.trim()) }),
		...(values.update && { update: values.update }),
		env: process.env,
		timeoutMs: timeout * 1000,
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
