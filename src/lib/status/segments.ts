import type { StateKey } from '../../schemas/state.ts';
import type { ServiceHistoryEntry, StatusModel } from './engine.ts';

/** A stretch of time in one state, for pictures of a service's history. */
export interface StateSegment {
	state: StateKey;
	start: Date;
	end: Date;
}

/**
 * The states a service went through between `start` and `end`, from its changes (oldest
 * first): open until the first change, then each new state until the next one.
 */
export function segmentsOf(changes: readonly { at: Date; to: StateKey }[], start: Date, end: Date): StateSegment[] {
	const segments: StateSegment[] = [];
	let state: StateKey = 'open';
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

/** A service's changes as segments, optionally within one incident. */
export function serviceSegments(
	status: StatusModel,
	serviceId: string,
	start: Date,
	end: Date,
	incidentId?: string,
): StateSegment[] {
	const changes = status
		.serviceHistory(serviceId)
		.filter((entry: ServiceHistoryEntry) => !incidentId || entry.update.incident === incidentId)
		.map((entry) => ({ at: entry.update.published, to: entry.change.to }));
	return segmentsOf(changes, start, end);
}

/** The span every picture of the site's history covers: the first incident's start to the build. */
export function historySpan(status: StatusModel): { start: Date; end: Date } | undefined {
	const starts = status.incidents.map((incident) => incident.incident.started.getTime());
	if (!starts.length) return undefined;
	const start = new Date(Math.min(...starts));
	const lastUpdate = status.lastUpdated ?? start;
	// Past the last update, an open-ended picture would be mostly "now" in a long quiet spell:
	// end a day after the last update, or at the build, whichever comes first.
	const end = new Date(Math.min(status.now.getTime(), lastUpdate.getTime() + 86_400_000));
	return end > start ? { start, end } : undefined;
}
