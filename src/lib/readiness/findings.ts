/**
 * What `npm run ready` finds, one line per item: `ok`, `missing` (something a crisis needs: the
 * command exits 1) or `warning` (worth doing, or to check by hand), each with what to do.
 */
export type ReadyStatus = 'ok' | 'missing' | 'warning';

export interface Finding {
	status: ReadyStatus;
	/** The item, in a few words: "site address", "announce: email". */
	item: string;
	/** What was found and, unless it is ok, what to do. */
	text: string;
}

export const ok = (item: string, text: string): Finding => ({ status: 'ok', item, text });
export const missing = (item: string, text: string): Finding => ({ status: 'missing', item, text });
export const warning = (item: string, text: string): Finding => ({ status: 'warning', item, text });

/** The lines as printed: the status in a column, then the item and what to do. */
export function formatFindings(findings: readonly Finding[]): string {
	return findings.map((finding) => `${finding.status.padEnd(8)} ${finding.item}: ${finding.text}`).join('\n');
}

/** The last line: how many of each, and whether the site is ready for the day. */
export function readinessSummary(findings: readonly Finding[]): string {
	const count = (status: ReadyStatus) => findings.filter((finding) => finding.status === status).length;
	const [missingCount, warnings] = [count('missing'), count('warning')];
	if (missingCount)
		return `Not ready: ${missingCount} missing, ${warnings} to check. Fix what is missing before the day you need it.`;
	return `Ready: nothing a crisis needs is missing${warnings ? `; ${warnings} to check` : ''}.`;
}

export function isReady(findings: readonly Finding[]): boolean {
	return findings.every((finding) => finding.status !== 'missing');
}
