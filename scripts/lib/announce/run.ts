import { describeOutgoing } from '../../../src/lib/announce/describe.ts';
import { emptyLedger } from '../../../src/lib/announce/ledger.ts';
import { outgoingOf, type OutgoingContext } from '../../../src/lib/announce/outgoing.ts';
import { planDeliveries, unknownChannels, type Delivery } from '../../../src/lib/announce/plan.ts';
import { channelSecrets } from '../../../src/lib/announce/channels.ts';
import { redactor } from '../../../src/lib/secrets/secret-parts.ts';
import { statuspageDocuments } from '../../../src/lib/api/statuspage.ts';
import type { Lantern } from '../../../src/data/load-lantern.ts';
import { readLedger, writeLedger } from './ledger-file.ts';
import { SendError } from './http.ts';
import { send, type SendContext } from './send.ts';

export interface AnnounceRun {
	lantern: Lantern;
	ledgerFile: string;
	/** Start a ledger where there is none (the first run); otherwise a missing ledger stops the run. */
	newLedger?: boolean;
	/** After each send, also push the ledger to its branch, so a lost runner loses nothing it recorded. */
	afterRecord?: () => Promise<void>;
	dryRun: boolean;
	only?: string[];
	update?: string;
	env: Record<string, string | undefined>;
	timeoutMs: number;
	print: (line: string) => void;
}

/** Ends a run with a message and no send: a config or a command line that cannot be right. */
export class AnnounceError extends Error {}

/**
 * One run of `npm run announce`: works out what is due, sends it in order and records each
 * success in the ledger at once. Prints one line per update × channel × language. Returns true
 * when nothing failed.
 */
export async function announce(run: AnnounceRun): Promise<boolean> {
	const { lantern, print } = run;
	const settings = lantern.content.site.announce;
	if (!settings) {
		print('nothing to announce: site.yaml has no announce: section (docs/announcing.md says how to add one)');
		return true;
	}
	const unknown = unknownChannels(settings, run.only ?? []);
	if (unknown.length)
		throw new AnnounceError(
			`--only names no channel of site.yaml: ${unknown.join(', ')} (channels: ${[...settings.channels.map((channel) => channel.name), ...(settings.websub_hub ? ['websub'] : [])].join(', ')})`,
		);
	// A dry run of one update shows its messages even when they were sent long ago.
	const found = run.dryRun && run.update ? emptyLedger() : await readLedger(run.ledgerFile);
	// Without its ledger a run would send everything since `since` again: only a first run may start one.
	if (!found && !run.dryRun && !run.newLedger)
		throw new AnnounceError(
			`no ledger at ${run.ledgerFile}: without it every update since announce.since would be sent again. Bring the ledger (npm run announce-ledger -- pull), or start one with --new-ledger on the very first run`,
		);
	const ledger = found ?? emptyLedger();
	const sources = { content: lantern.content, status: lantern.status, routes: lantern.routes };
	const deliveries = planDeliveries(sources, settings, ledger, {
		...(run.only && { only: run.only }),
		...(run.update && { update: run.update }),
	});
	if (run.update && !deliveries.length)
		throw new AnnounceError(`no published update ${run.update} (or no channel to send it to)`);
	const context: OutgoingContext = {
		...sources,
		statuspage: statuspageDocuments(lantern.content, lantern.status, lantern.routes),
	};
	// Every line is hidden from secrets here too, not only by the command's guard: a run inside a test prints no other way.
	const redact = redactor(channelSecrets(settings, run.env));
	const say = (line: string) => print(redact(line));
	const sendContext: SendContext = {
		env: run.env,
		timeoutMs: run.timeoutMs,
		now: new Date(),
		sessions: new Map(),
		redact,
	};

	const failedChannels = new Set<string>();
	let failures = 0;
	for (const delivery of deliveries) {
		const where = `${delivery.target.name} ${delivery.updateId} ${delivery.lang}`;
		if (delivery.state === 'already') {
			say(`already sent  ${where}`);
			continue;
		}
		if (delivery.state === 'waiting') {
			say(`skipped  ${where}: ${delivery.reason}`);
			continue;
		}
		if (delivery.state === 'refused') {
			say(`skipped  ${where}: refused before (${delivery.reason}); it is sent once its text changes`);
			continue;
		}
		const outgoing = outgoingOf(delivery.target, delivery.announcement, context);
		if (run.dryRun) {
			say(`would send${delivery.announcement.correction ? ' a correction' : ''}  ${where}`);
			say(`${describeOutgoing(outgoing)}\n${'─'.repeat(72)}`);
			continue;
		}
		if (failedChannels.has(delivery.target.name)) {
			say(
				`skipped  ${where}: an earlier message to ${delivery.target.name} failed in this run; it is tried again, in order, on the next run`,
			);
			continue;
		}
		try {
			const { receipt, found: foundThere } = await send(outgoing, sendContext);
			await remember(delivery, receipt ? { receipt } : {});
			const sent = foundThere
				? 'already sent (found on the service)'
				: `sent${delivery.announcement.correction ? ' a correction' : ''}`;
			say(`${sent}  ${where}${receipt ? `  ${receipt}` : ''}`);
		} catch (error) {
			failures++;
			const reason = error instanceof Error ? error.message : String(error);
			// The service refused this message, not the channel: record it, so it does not hold back the updates after it.
			if (error instanceof SendError && error.refused) {
				await remember(delivery, { refused: reason });
				say(`failed  ${where}: ${reason}; not tried again until its text changes`);
				continue;
			}
			// Anything else is the channel's: the rest of it waits for the next run, in order.
			failedChannels.add(delivery.target.name);
			say(`failed  ${where}: ${reason}`);
		}
	}
	if (!deliveries.length) say('nothing to announce: no update published since announce.since');
	return failures === 0;

	/** Records a delivery in the ledger file at once (and on its branch, when asked). */
	async function remember(
		delivery: Extract<Delivery, { state: 'due' }>,
		outcome: { receipt?: string; refused?: string },
	) {
		ledger.sent[delivery.key] = {
			fingerprint: delivery.announcement.fingerprint,
			at: new Date().toISOString(),
			...outcome,
		};
		await writeLedger(run.ledgerFile, ledger);
		await run.afterRecord?.();
	}
}
