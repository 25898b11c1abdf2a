import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatLedger, parseLedger, type Ledger } from '../../../src/lib/announce/ledger.ts';

/** The ledger in its file; undefined when there is no file. */
export async function readLedger(file: string): Promise<Ledger | undefined> {
	const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return undefined;
		throw error;
	});
	return text === undefined ? undefined : parseLedger(text, file);
}

/**
 * Writes the ledger whole or not at all (a new file renamed over the old one), so a run killed
 * while writing leaves the ledger as it was after the last send, never half a file.
 */
export async function writeLedger(file: string, ledger: Ledger): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	const next = `${file}.${process.pid}.tmp`;
	await writeFile(next, formatLedger(ledger));
	await rename(next, file);
}
