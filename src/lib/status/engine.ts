import type { Phase, StateKey } from '../../schemas/state.ts';
import type { Incident, LanternContent, Service, Update } from '../content/model.ts';
import type { StateSet } from '../states.ts';

/** Where a service stands after some update. */
export interface ServiceStatus {
	serviceId: string;
	state: StateKey;
	/** The note written with the state, and the update that wrote it (for its translations). */
	note?: { text: string; updateId: string };
	/** The update from which the service has been in this state; absent while it has always been in the normal state. */
	since?: { at: Date; updateId: string };
}

/** One service's change in one update. */
export interface ServiceChange {
	serviceId: string;
	from: StateKey;
	to: StateKey;
	/** Back to the normal state (`open`) after a disruption: shown as "back to normal". */
	restored: boolean;
	/** Same state as before, with a new note. */
	noteOnly: boolean;
	note?: string;
}

/** Every service's state at one moment, with the worst per campus and overall. */
export interface Board {
	/** The site's states the board is told in: which is normal, and how bad each is. */
	states: StateSet;
	services: ReadonlyMap<string, ServiceStatus>;
	/** Worst state per campus id; services on every campus are under the key `''`. */
	worstByCampus: ReadonlyMap<string, StateKey>;
	overall: StateKey;
}

export interface UpdateStatus {
	update: Update;
	/** The changes this update makes now, in the order services are listed. */
	changes: ServiceChange[];
	/** The changes it announces ahead of time, in the order services are listed. */
	planned: PlannedChange[];
	/** The board right after this update (all incidents together). */
	board: Board;
	previous?: Update;
	next?: Update;
}

export interface IncidentStatus {
	incident: Incident;
	/** The phase of its latest update; `ongoing` before any. */
	phase: Phase;
	/** Its updates, oldest first. */
	updates: Update[];
	/** Each time the phase changed, with the update that changed it. */
	phaseChanges: { phase: Phase; at: Date; updateId: string }[];
	lastUpdated?: Date;
	resolvedAt?: Date;
}

export interface ServiceHistoryEntry {
	/** The update that made the change, or that announced it ahead of time. */
	update: Update;
	change: ServiceChange;
	/** When the change took effect: the update's publication, or the planned time. */
	at: Date;
	/** The planned change that took effect here (its start or, for a window, its end). */
	planned?: PlannedChange;
}

/** A change announced ahead of time: a service's state from a moment on, or during a window. */
export interface PlannedChange {
	serviceId: string;
	incidentId: string;
	/** The update that announced it. */
	updateId: string;
	state: StateKey;
	note?: string;
	from: Date;
	/** The end of a window as written; absent for a change that holds until an update says otherwise. */
	until?: Date;
	/** A later update cancelled it before it began. */
	cancelledBy?: string;
	/** A later update ended the window before its `until`. */
	endedEarly?: { at: Date; updateId: string };
}

/** Where a planned change stands at a moment, in Statuspage's words for scheduled maintenance. */
export type PlannedPhase = 'scheduled' | 'in_progress' | 'completed' | 'cancelled';

/**
 * A planned change that breaks a rule (it overlaps another one of its service, or cancels
 * nothing), or a change now that leaves an earlier planned change of its service standing,
 * which then still applies at its time: allowed, but seldom what the writer meant.
 */
export interface PlanConflict {
	update: Update;
	serviceId: string;
	kind: 'overlap' | 'nothing-to-cancel' | 'planned-still-stands';
	/** The planned change it overlaps, or that still stands. */
	other?: PlannedChange;
}

export interface StatusModel {
	/** The build's clock, against which "overdue" and planned changes are judged. */
	now: Date;
	/** The site's states (content.states), which every board is told in. */
	states: StateSet;
	/** Every public update with what it changed, oldest first. */
	updates: UpdateStatus[];
	/** The board now: after the latest update and every planned change due by now. */
	current: Board;
	latest?: UpdateStatus;
	lastUpdated?: Date;
	/** The earliest next update promised by an incident that is not resolved. */
	nextUpdate?: Date;
	/** The promised next update time has passed without a new update. */
	overdue: boolean;
	incidents: IncidentStatus[];
	/** Every planned change of the public updates, cancelled ones included, in the order they were announced. */
	planned: PlannedChange[];
	/** Planned changes that have not ended by now (scheduled or under way), soonest first. */
	upcoming: PlannedChange[];
	/** Planned changes that overlap another one of their service, cancels that cancel nothing, and changes now that leave a planned change standing. */
	conflicts: PlanConflict[];
	update(id: string): UpdateStatus | undefined;
	incident(id: string): IncidentStatus | undefined;
	/** The changes of a service, as they took effect, oldest first. */
	serviceHistory(serviceId: string): ServiceHistoryEntry[];
}

/** When a planned change ends: at its `from` for a change that holds, else the window's (possibly early) end. */
export function plannedEnd(plan: PlannedChange): Date {
	return plan.endedEarly?.at ?? plan.until ?? plan.from;
}

/** Where a planned change stands at `now`. */
export function plannedPhase(plan: PlannedChange, now: Date): PlannedPhase {
	if (plan.cancelledBy) return 'cancelled';
	if (now < plan.from) return 'scheduled';
	return now < plannedEnd(plan) ? 'in_progress' : 'completed';
}

/** A service within one incident: the state updates set, a window laid over it, and what the public sees. */
interface Lane {
	base: { state: StateKey; note?: { text: string; updateId: string } };
	window?: PlannedChange | undefined;
	effective: ServiceStatus;
}

/** A planned moment waiting to happen: a change or a window's start, or a window's end. */
interface PendingMoment {
	at: Date;
	kind: 'start' | 'end';
	plan: PlannedChange;
	/** The order moments were planned in, so ties resolve the same way in every build. */
	sequence: number;
}

/**
 * Works out the state of every service after every update and at every planned moment, once
 * per build. A service not mentioned keeps its previous state within its incident; each
 * incident starts from every service in the normal state; the board shows, per service, the worst state any
 * incident gives it. Updates and planned moments are taken in time order up to `now`: a planned
 * change takes effect at its `from`, a window ends at its `until` (the service returns to the
 * state updates gave it), and a later update cancels, moves or ends them. Runs in time linear
 * in updates × services (plus the planned moments), so months of updates stay cheap.
 */
export function computeStatus(content: LanternContent, updates: readonly Update[], now: Date): StatusModel {
	const { services, states } = content;
	const normalStatus = (serviceId: string): ServiceStatus => ({ serviceId, state: states.normal });
	const order = new Map(services.map((service, index) => [service.id, index]));
	const lanes = new Map<string, Map<string, Lane>>();
	const combined = new Map<string, ServiceStatus>(services.map((service) => [service.id, normalStatus(service.id)]));
	const statuses: UpdateStatus[] = [];
	const history = new Map<string, ServiceHistoryEntry[]>();
	const updatesById = new Map(updates.map((update) => [update.id, update]));
	const planned: PlannedChange[] = [];
	const conflicts: PlanConflict[] = [];
	let pending: PendingMoment[] = [];
	let sequence = 0;

	const laneOf = (incidentId: string, serviceId: string): Lane => {
		let incidentLanes = lanes.get(incidentId);
		if (!incidentLanes) lanes.set(incidentId, (incidentLanes = new Map()));
		let lane = incidentLanes.get(serviceId);
		if (!lane)
			incidentLanes.set(serviceId, (lane = { base: { state: states.normal }, effective: normalStatus(serviceId) }));
		return lane;
	};
	const record = (serviceId: string, entry: ServiceHistoryEntry) => {
		let serviceEntries = history.get(serviceId);
		if (!serviceEntries) history.set(serviceId, (serviceEntries = []));
		serviceEntries.push(entry);
	};
	/** Applies what a lane now says to the public, and returns the change it makes. */
	const settle = (serviceId: string, lane: Lane, at: Date, updateId: string): ServiceChange => {
		const before = lane.effective;
		const shown = lane.window
			? {
					state: lane.window.state,
					...(lane.window.note !== undefined && { note: { text: lane.window.note, updateId: lane.window.updateId } }),
				}
			: lane.base;
		const changed = before.state !== shown.state;
		lane.effective = {
			serviceId,
			state: shown.state,
			...(shown.note && { note: shown.note }),
			...(changed
				? shown.state === states.normal
					? {}
					: { since: { at, updateId } }
				: before.since && { since: before.since }),
		};
		combined.set(serviceId, worstAcross(serviceId, lanes, states));
		return {
			serviceId,
			from: before.state,
			to: shown.state,
			restored: shown.state === states.normal && before.state !== states.normal,
			noteOnly: !changed,
			...(shown.note && { note: shown.note.text }),
		};
	};
	const endWindowEarly = (lane: Lane, at: Date, updateId: string) => {
		const window = lane.window;
		if (!window) return;
		window.endedEarly = { at, updateId };
		lane.window = undefined;
		pending = pending.filter((moment) => moment.plan !== window);
	};
	/** Every planned moment up to `until` (inclusive), in time order: ends before starts at the same instant. */
	const runPlannedMoments = (until: Date) => {
		pending.sort(
			(a, b) =>
				a.at.getTime() - b.at.getTime() ||
				(a.kind === 'end' ? -1 : 0) - (b.kind === 'end' ? -1 : 0) ||
				a.sequence - b.sequence,
		);
		while (pending.length && pending[0]!.at <= until) {
			const { at, kind, plan } = pending.shift()!;
			const lane = laneOf(plan.incidentId, plan.serviceId);
			if (kind === 'end') {
				if (lane.window !== plan) continue;
				lane.window = undefined;
			} else if (plan.until) {
				endWindowEarly(lane, at, plan.updateId);
				lane.window = plan;
			} else {
				lane.base = {
					state: plan.state,
					...(plan.note !== undefined && { note: { text: plan.note, updateId: plan.updateId } }),
				};
			}
			const change = settle(plan.serviceId, lane, at, plan.updateId);
			const announcing = updatesById.get(plan.updateId);
			if (announcing && (!change.noteOnly || (kind === 'start' && plan.note !== undefined))) {
				record(plan.serviceId, { update: announcing, change, at, planned: plan });
			}
		}
	};

	for (const update of updates) {
		runPlannedMoments(update.published);
		const changes: ServiceChange[] = [];
		const announced: PlannedChange[] = [];
		const entries = Object.entries(update.services).sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
		for (const [serviceId, entry] of entries) {
			const lane = laneOf(update.incident, serviceId);
			const at = update.published;
			if (entry.cancel) {
				const cancelled = pending.filter(
					(moment) =>
						moment.kind === 'start' &&
						moment.plan.serviceId === serviceId &&
						moment.plan.incidentId === update.incident,
				);
				for (const { plan } of cancelled) plan.cancelledBy = update.id;
				pending = pending.filter((moment) => !cancelled.some((gone) => gone.plan === moment.plan));
				if (!cancelled.length && !lane.window) conflicts.push({ update, serviceId, kind: 'nothing-to-cancel' });
				endWindowEarly(lane, at, update.id);
			}
			const from = entry.from ?? at;
			const ahead = entry.state !== undefined && (entry.until !== undefined || from > at);
			if (ahead) {
				const plan: PlannedChange = {
					serviceId,
					incidentId: update.incident,
					updateId: update.id,
					state: entry.state!,
					...(entry.note !== undefined && { note: entry.note }),
					from,
					...(entry.until && { until: entry.until }),
				};
				const other = overlapping(plan, lane, pending);
				if (other) conflicts.push({ update, serviceId, kind: 'overlap', other });
				planned.push(plan);
				announced.push(plan);
				pending.push({ at: from, kind: 'start', plan, sequence: sequence++ });
				if (entry.until) pending.push({ at: entry.until, kind: 'end', plan, sequence: sequence++ });
			} else if (entry.state !== undefined) {
				// A change now ends a window under way: a later update has said otherwise. What is
				// planned to begin later stays (only `cancel: true` drops it), which the check points out.
				for (const moment of pending) {
					const { plan } = moment;
					if (moment.kind === 'start' && plan.serviceId === serviceId && plan.incidentId === update.incident) {
						conflicts.push({ update, serviceId, kind: 'planned-still-stands', other: plan });
					}
				}
				endWindowEarly(lane, at, update.id);
				lane.base = {
					state: entry.state,
					...(entry.note !== undefined && { note: { text: entry.note, updateId: update.id } }),
				};
			} else if (entry.note !== undefined) {
				lane.base = { ...lane.base, note: { text: entry.note, updateId: update.id } };
			}
			const change = settle(serviceId, lane, at, update.id);
			// A planned entry changes nothing now, unless its cancel ended a window under way; a cancel
			// alone is a change now when it ended a window or gives a new note on the state now.
			const changesNow = ahead ? !change.noteOnly : !entry.cancel || !change.noteOnly || entry.note !== undefined;
			if (!changesNow) continue;
			changes.push(change);
			record(serviceId, { update, change, at });
		}
		// A window that begins as it is published shows on the board right after the update.
		runPlannedMoments(update.published);
		statuses.push({ update, changes, planned: announced, board: snapshot(combined, services, states) });
	}
	runPlannedMoments(now);
	statuses.forEach((status, index) => {
		const previous = statuses[index - 1]?.update;
		const next = statuses[index + 1]?.update;
		if (previous) status.previous = previous;
		if (next) status.next = next;
	});

	const incidents = content.incidents.map((incident) => incidentStatus(incident, updates));
	const latestPerIncident = incidents.flatMap((incident) => incident.updates.at(-1) ?? []);
	const promised = latestPerIncident
		.filter((update) => update.phase !== 'resolved' && update.nextUpdate)
		.map((update) => update.nextUpdate!.getTime());
	const nextUpdate = promised.length ? new Date(Math.min(...promised)) : undefined;
	const latest = statuses.at(-1);
	const byId = new Map(statuses.map((status) => [status.update.id, status]));
	const incidentsById = new Map(incidents.map((incident) => [incident.incident.id, incident]));
	const upcoming = planned
		.filter((plan) => !plan.cancelledBy && plannedEnd(plan) > now)
		.sort(
			(a, b) => a.from.getTime() - b.from.getTime() || (order.get(a.serviceId) ?? 0) - (order.get(b.serviceId) ?? 0),
		);

	return {
		now,
		states,
		updates: statuses,
		current: snapshot(combined, services, states),
		...(latest && { latest, lastUpdated: latest.update.published }),
		...(nextUpdate && { nextUpdate }),
		overdue: nextUpdate !== undefined && nextUpdate.getTime() < now.getTime(),
		incidents,
		planned,
		upcoming,
		conflicts,
		update: (id) => byId.get(id),
		incident: (id) => incidentsById.get(id),
		serviceHistory: (serviceId) => history.get(serviceId) ?? [],
	};
}

/**
 * The planned change of the same service and incident that `plan` would overlap: a window
 * under way or still to come that contains its start (or that it contains), or another change
 * planned for the same instant. Two windows of one service would leave no clear state to return to.
 */
function overlapping(plan: PlannedChange, lane: Lane, pending: readonly PendingMoment[]): PlannedChange | undefined {
	const others = new Set(
		pending
			.filter((moment) => moment.plan.serviceId === plan.serviceId && moment.plan.incidentId === plan.incidentId)
			.map((moment) => moment.plan),
	);
	if (lane.window) others.add(lane.window);
	const start = plan.from.getTime();
	const end = plan.until?.getTime();
	for (const other of others) {
		const otherStart = other.from.getTime();
		const otherEnd = other.until ? plannedEnd(other).getTime() : undefined;
		const within = (at: number, from: number, to: number | undefined) =>
			to === undefined ? at === from : at >= from && at < to;
		if (within(start, otherStart, otherEnd) || within(otherStart, start, end)) return other;
	}
	return undefined;
}

/** A service's status on the combined board: the worst any incident gives it (the first incident, or the one with a note, wins a tie). */
function worstAcross(serviceId: string, lanes: Map<string, Map<string, Lane>>, states: StateSet): ServiceStatus {
	let worst: ServiceStatus = { serviceId, state: states.normal };
	for (const incidentLanes of lanes.values()) {
		const status = incidentLanes.get(serviceId)?.effective;
		if (!status) continue;
		const rank = states.of(status.state).rank - states.of(worst.state).rank;
		// Open everywhere: the note of a reopening ("visiting hours as usual") still shows.
		if (rank > 0 || (rank === 0 && status.note && !worst.note)) worst = status;
	}
	return worst;
}

function snapshot(combined: Map<string, ServiceStatus>, services: readonly Service[], states: StateSet): Board {
	const campusStates = new Map<string, StateKey[]>();
	for (const service of services) {
		const key = service.campus ?? '';
		const state = combined.get(service.id)?.state ?? states.normal;
		campusStates.set(key, [...(campusStates.get(key) ?? []), state]);
	}
	const worstByCampus = new Map([...campusStates].map(([campus, keys]) => [campus, states.worst(keys)]));
	return {
		states,
		services: new Map(combined),
		worstByCampus,
		overall: states.worst(worstByCampus.values()),
	};
}

function incidentStatus(incident: Incident, updates: readonly Update[]): IncidentStatus {
	const own = updates.filter((update) => update.incident === incident.id);
	const phaseChanges: IncidentStatus['phaseChanges'] = [];
	for (const update of own) {
		if (phaseChanges.at(-1)?.phase !== update.phase) {
			phaseChanges.push({ phase: update.phase, at: update.published, updateId: update.id });
		}
	}
	const last = own.at(-1);
	return {
		incident,
		phase: last?.phase ?? 'ongoing',
		updates: own,
		phaseChanges,
		...(last && { lastUpdated: last.published }),
		...(last?.phase === 'resolved' && { resolvedAt: phaseChanges.at(-1)!.at }),
	};
}
