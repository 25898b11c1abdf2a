import type { Phase, StateKey } from '../../schemas/state.ts';
import type { Incident, LanternContent, Service, Update } from '../content/model.ts';
import { STATES, worstState } from '../states.ts';

/** Where a service stands after some update. */
export interface ServiceStatus {
	serviceId: string;
	state: StateKey;
	/** The note written with the state, and the update that wrote it (for its translations). */
	note?: { text: string; updateId: string };
	/** The update from which the service has been in this state; absent while it has always been open. */
	since?: { at: Date; updateId: string };
}

/** One service's change in one update. */
export interface ServiceChange {
	serviceId: string;
	from: StateKey;
	to: StateKey;
	/** Back to `open` after a disruption: shown as "back to normal". */
	restored: boolean;
	/** Same state as before, with a new note. */
	noteOnly: boolean;
	note?: string;
}

/** Every service's state at one moment, with the worst per campus and overall. */
export interface Board {
	services: ReadonlyMap<string, ServiceStatus>;
	/** Worst state per campus id; services on every campus are under the key `''`. */
	worstByCampus: ReadonlyMap<string, StateKey>;
	overall: StateKey;
}

export interface UpdateStatus {
	update: Update;
	/** The changes this update makes, in the order services are listed. */
	changes: ServiceChange[];
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
	update: Update;
	change: ServiceChange;
}

export interface StatusModel {
	/** The build's clock, against which "overdue" is judged. */
	now: Date;
	/** Every public update with what it changed, oldest first. */
	updates: UpdateStatus[];
	/** The board now, after the latest update. */
	current: Board;
	latest?: UpdateStatus;
	lastUpdated?: Date;
	/** The earliest next update promised by an incident that is not resolved. */
	nextUpdate?: Date;
	/** The promised next update time has passed without a new update. */
	overdue: boolean;
	incidents: IncidentStatus[];
	update(id: string): UpdateStatus | undefined;
	incident(id: string): IncidentStatus | undefined;
	/** The updates that changed a service, oldest first. */
	serviceHistory(serviceId: string): ServiceHistoryEntry[];
}

/**
 * Works out the state of every service after every update, once per build. A service not
 * mentioned keeps its previous state within its incident; each incident starts from every
 * service open; the board shows, per service, the worst state any incident gives it.
 * Runs in time linear in updates × services, so months of updates stay cheap.
 */
export function computeStatus(content: LanternContent, updates: readonly Update[], now: Date): StatusModel {
	const services = content.services;
	const order = new Map(services.map((service, index) => [service.id, index]));
	const incidentBoards = new Map<string, Map<string, ServiceStatus>>();
	const combined = new Map<string, ServiceStatus>(services.map((service) => [service.id, openStatus(service)]));
	const statuses: UpdateStatus[] = [];
	const history = new Map<string, ServiceHistoryEntry[]>();

	for (const update of updates) {
		let board = incidentBoards.get(update.incident);
		if (!board) incidentBoards.set(update.incident, (board = new Map()));
		const changes: ServiceChange[] = [];
		const entries = Object.entries(update.services).sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
		for (const [serviceId, entry] of entries) {
			const before = board.get(serviceId);
			const from = before?.state ?? 'open';
			const changed = from !== entry.state;
			const status: ServiceStatus = {
				serviceId,
				state: entry.state,
				...(entry.note !== undefined && { note: { text: entry.note, updateId: update.id } }),
				...(changed
					? entry.state === 'open'
						? {}
						: { since: { at: update.published, updateId: update.id } }
					: before?.since && { since: before.since }),
			};
			board.set(serviceId, status);
			combined.set(serviceId, worstAcross(serviceId, incidentBoards));
			const change: ServiceChange = {
				serviceId,
				from,
				to: entry.state,
				restored: entry.state === 'open' && from !== 'open',
				noteOnly: !changed,
				...(entry.note !== undefined && { note: entry.note }),
			};
			changes.push(change);
			let serviceEntries = history.get(serviceId);
			if (!serviceEntries) history.set(serviceId, (serviceEntries = []));
			serviceEntries.push({ update, change });
		}
		statuses.push({ update, changes, board: snapshot(combined, services) });
	}
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

	return {
		now,
		updates: statuses,
		current: latest?.board ?? snapshot(combined, services),
		...(latest && { latest, lastUpdated: latest.update.published }),
		...(nextUpdate && { nextUpdate }),
		overdue: nextUpdate !== undefined && nextUpdate.getTime() < now.getTime(),
		incidents,
		update: (id) => byId.get(id),
		incident: (id) => incidentsById.get(id),
		serviceHistory: (serviceId) => history.get(serviceId) ?? [],
	};
}

function openStatus(service: Service): ServiceStatus {
	return { serviceId: service.id, state: 'open' };
}

/** A service's status on the combined board: the worst any incident gives it (the first incident wins a tie). */
function worstAcross(serviceId: string, incidentBoards: Map<string, Map<string, ServiceStatus>>): ServiceStatus {
	let worst: ServiceStatus = { serviceId, state: 'open' };
	for (const board of incidentBoards.values()) {
		const status = board.get(serviceId);
		if (status && STATES[status.state].rank > STATES[worst.state].rank) worst = status;
	}
	return worst;
}

function snapshot(combined: Map<string, ServiceStatus>, services: readonly Service[]): Board {
	const campusStates = new Map<string, StateKey[]>();
	for (const service of services) {
		const key = service.campus ?? '';
		const state = combined.get(service.id)?.state ?? 'open';
		campusStates.set(key, [...(campusStates.get(key) ?? []), state]);
	}
	const worstByCampus = new Map([...campusStates].map(([campus, states]) => [campus, worstState(states)]));
	return {
		services: new Map(combined),
		worstByCampus,
		overall: worstState(worstByCampus.values()),
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
