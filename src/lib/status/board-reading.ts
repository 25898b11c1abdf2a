import type { Service } from '../content/model.ts';
import { noteIn } from '../content/update-text.ts';
import type { Board, ServiceStatus, StatusModel } from './engine.ts';

/** A service's status on a board: in the normal state unless an update said otherwise. */
export function statusOn(board: Board, serviceId: string): ServiceStatus {
	return board.services.get(serviceId) ?? { serviceId, state: board.states.normal };
}

/**
 * The note that goes with a service's state, for a reader of `lang`: the translation's
 * words, else the source note with its language (which the page marks with `lang`).
 */
export function noteOf(
	status: StatusModel,
	serviceStatus: ServiceStatus,
	lang: string,
): { text: string; lang: string } | undefined {
	const update = serviceStatus.note && status.update(serviceStatus.note.updateId)?.update;
	return update && noteIn(update, serviceStatus.serviceId, lang);
}

/** The services not open as normal on a board, in the order they are listed. */
export function disruptedOn(
	board: Board,
	services: readonly Service[],
): { service: Service; serviceStatus: ServiceStatus }[] {
	return services.flatMap((service) => {
		const serviceStatus = statusOn(board, service.id);
		return serviceStatus.state === board.states.normal ? [] : [{ service, serviceStatus }];
	});
}
