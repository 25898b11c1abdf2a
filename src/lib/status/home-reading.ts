import type { Service } from '../content/model.ts';
import type { ServiceSection } from '../content/service-sections.ts';
import { statusOn } from './board-reading.ts';
import type { Board, IncidentStatus, ServiceStatus, StatusModel } from './engine.ts';
import { summarizeGroup, type GroupSummary } from './group-summary.ts';

/** A service with where it stands on a board. */
export interface ServiceOnBoard {
	service: Service;
	serviceStatus: ServiceStatus;
}

/** The key services (`key: true`) in the order they are listed, open or not: the first screen always answers for them. */
export function keyServicesOn(board: Board, services: readonly Service[]): ServiceOnBoard[] {
	return services
		.filter((service) => service.key)
		.map((service) => ({ service, serviceStatus: statusOn(board, service.id) }));
}

/** One campus's services that are not open as normal, key services first, with the campus's summary. */
export interface NotNormalSection {
	section: ServiceSection;
	summary: GroupSummary;
	services: ServiceOnBoard[];
}

/** The services not open as normal, campus by campus in the board's order; campuses where all is open are left out. */
export function notNormalByCampus(board: Board, sections: readonly ServiceSection[]): NotNormalSection[] {
	return sections.flatMap((section) => {
		const services = section.services
			.map((service) => ({ service, serviceStatus: statusOn(board, service.id) }))
			.filter(({ serviceStatus }) => serviceStatus.state !== board.states.normal)
			// A stable sort: key services first, each part in the board's order.
			.sort((a, b) => Number(b.service.key) - Number(a.service.key));
		return services.length ? [{ section, summary: summarizeGroup(board, section.services), services }] : [];
	});
}

/**
 * What the first screen says when nothing is wrong: `never` for a site that has had no incident
 * yet (it shows the board only); `after` when every service is open and every incident is
 * resolved, naming the one that ended last. Undefined while anything is not back to normal.
 */
export type QuietTimes = { kind: 'never' } | { kind: 'after'; incident: IncidentStatus; endedAt: Date };

export function quietTimes(status: StatusModel): QuietTimes | undefined {
	const reported = status.incidents.filter((incident) => incident.updates.length > 0);
	if (reported.length === 0) return { kind: 'never' };
	if (status.current.overall !== status.states.normal) return undefined;
	let last: { incident: IncidentStatus; endedAt: Date } | undefined;
	for (const incident of reported) {
		if (!incident.resolvedAt) return undefined;
		if (!last || incident.resolvedAt > last.endedAt) last = { incident, endedAt: incident.resolvedAt };
	}
	return last && { kind: 'after', ...last };
}
