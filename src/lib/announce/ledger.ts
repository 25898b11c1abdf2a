/**
 * The record of what was sent: one entry per channel × update × language, written after each
 * successful send. A channel that succeeded is never sent that update again; one that failed
 * has no entry and is tried again on the next run. The ledger is a JSON file kept between runs
 * (the deploy workflow keeps it on a branch of its own).
 */
export interface LedgerEntry {
	/** What was sent, to tell a correction from a repeat. */
	fingerprint: string;
	/** When it was sent. */
	at: string;
	/** The service's id for what it made (a post's URL, a Message-ID), for whoever must find it. */
	receipt?: string;
	/** The service refused the message itself (too long, malformed): not tried again until its text changes. */
	refused?: string;
}

export interface Ledger {
	version: 1;
	sent: Record<string, LedgerEntry>;
}

export function emptyLedger(): Ledger {
	return { version: 1, sent: {} };
}

export function ledgerKey(channel: string, updateId: string, lang: string): string {
	return `${channel} ${updateId} ${lang}`;
}

/** Reads a ledger file's text; a file that is not a ledger is an error, never an empty ledger (that would send everything again). */
export function parseLedger(text: string, file: string): Ledger {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new Error(`${file}: not a ledger (${(error as Error).message}); fix or remove it by hand`);
	}
	const ledger = value as Partial<Ledger>;
	if (ledger?.version !== 1 || typeof ledger.sent !== 'object' || ledger.sent === null)
		throw new Error(`${file}: not a ledger of version 1; fix or remove it by hand`);
	return ledger as Ledger;
}

/** The file's text: keys sorted, one entry per line, so its history in git reads as a log. */
export function formatLedger(ledger: Ledger): string {
	const keys = Object.keys(ledger.sent).sort();
	const lines = keys.map((key) => `\t\t${JSON.stringify(key)}: ${JSON.stringify(ledger.sent[key])}`);
	return `{\n\t"version": 1,\n\t"sent": {${lines.length ? `\n${lines.join(',\n')}\n\t` : ''}}\n}\n`;
}
