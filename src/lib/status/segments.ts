import type { StateKey, StateSet } from '../states.ts';
import type { ServiceHistoryEntry, StatusModel } from './engine.ts';

/** A stretch of time in one state, for pictures of a service's history. */
export interface StateSegment {
	state: StateKey;
	start: Date;
	end: Date;
}

/**
 * The states a service went through between `start` and `end`, from its changes (oldest
 * first): the normal state until the first change, then each new state until the next one.
 */
export function segmentsOf(
	changes: readonly { at: Date; to: StateKey }[],
	start: Date,
	end: Date,
	normal: StateKey,
): StateSegment[] {
	const segments: StateSegment[] = [];
	let state = normal;
	let from = start;
	for (const change of changes) {
		if (change.at <= start) {
			state = change.to;
			continue;
		}
		if (change.at >= end) break;
		if (change.at > from) segments.push({ state, start: from, end: change.at });
		state = change.to;
		from = change.at;
	}
	if (end > from) segments.push({ state, start: from, end });
	// Neighbours in the same state (a note-only change) are one stretch.
	return segments.reduce<StateSegment[]>((merged, segment) => {
		const last = merged.at(-1);
		if (last && last.state === segment.state) last.end = segment.end;
		else merged.push({ ...segment });
		return merged;
	}, []);
}

/** A service's changes as segments at a picture's resolution (`bins`), optionally within one incident. */
export function serviceSegments(
	status: StatusModel,
	serviceId: string,
	start: Date,
	end: Date,
	bins: number,
	incidentId?: string,
): StateSegment[] {
	const changes = status
		.serviceHistory(serviceId)
		.filter((entry: ServiceHistoryEntry) => !incidentId || entry.update.incident === incidentId)
		.map((entry) => ({ at: entry.at, to: entry.change.to }));
	return binnedSegments(segmentsOf(changes, start, end, status.states.normal), start, end, bins, status.states);
}

/** The span every picture of the site's history covers: the first incident's start to the build. */
export function historySpan(status: StatusModel): { start: Date; end: Date } | undefined {
	const starts = status.incidents.map((incident) => incident.incident.started.getTime());
	if (!starts.length) return undefined;
	const start = new Date(Math.min(...starts));
	const lastUpdate = status.lastUpdated ?? start;
	// Past the last update, an open-ended picture would be mostly "now" in a long quiet spell:
	// end a day after the last update, or at the build, whichever comes first; and show at
	// most the last 60 days, so that recent changes stay visible.
	const end = new Date(Math.min(status.now.getTime(), lastUpdate.getTime() + 86_400_000));
	const from = new Date(Math.max(start.getTime(), end.getTime() - 60 * 86_400_000));
	return end > from ? { start: from, end } : undefined;
}

/**
 * The same stretches at a fixed resolution: the span cut into `bins` equal parts, each shown
 * in the worst state it saw, neighbours in the same state joined. A picture (and its table)
 * then has at most `bins` stretches per service however long the incident runs, so a page's
 * weight does not grow with the number of updates.
 */
export function binnedSegments(
	segments: readonly StateSegment[],
	start: Date,
	end: Date,
	bins: number,
	states: StateSet,
): StateSegment[] {
	const span = end.getTime() - start.getTime();
	if (span <= 0) return [];
	const binned: StateSegment[] = [];
	let index = 0;
	for (let bin = 0; bin < bins; bin++) {
		const binStart = start.getTime() + (span * bin) / bins;
		const binEnd = start.getTime() + (span * (bin + 1)) / bins;
		let worst: StateKey | undefined;
		while (index < segments.length && segments[index]!.end.getTime() <= binStart) index++;
		for (let look = index; look < segments.length && segments[look]!.start.getTime() < binEnd; look++) {
			const state = segments[look]!.state;
			if (!worst || states.of(state).rank > states.of(worst).rank) worst = state;
		}
		if (!worst) continue;
		const last = binned.at(-1);
		if (last && last.state === worst && last.end.getTime() === Math.round(binStart))
			last.end = new Date(Math.round(binEnd));
		else binned.push({ state: worst, start: new Date(Math.round(binStart)), end: new Date(Math.round(binEnd)) });
	}
	return binned;
}
