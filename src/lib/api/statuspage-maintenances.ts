import type { LanternContent } from '../content/model.ts';
import { serviceNameWithCampusById } from '../content/names.ts';
import { asExercise } from '../exercise.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { statusOn } from '../status/board-reading.ts';
import { plannedEnd, plannedPhase, type PlannedChange, type StatusModel } from '../status/engine.ts';
import { plannedText } from '../status/planned-reading.ts';
import { stateLabel } from '../states.ts';

/** Statuspage's scheduled-maintenance statuses Lantern reports (it never asks anyone to verify). */
export type MaintenanceStatus = 'scheduled' | 'in_progress' | 'completed';

/**
 * Planned changes as Statuspage scheduled maintenances. The changes an update announces for
 * one window (or one moment) and one state are one maintenance, with the services as its
 * components, so a client shows "06:00-08:00: Emergency department, Maternity: expect delays"
 * once. A change that holds from a moment on is a maintenance that ends when it begins.
 * Cancelled changes are left out: Statuspage has no status for them, and the update that
 * cancelled them says so.
 */
export function scheduledMaintenances<Component extends { id: string; name: string }>(
	content: LanternContent,
	status: StatusModel,
	routes: Routes,
	options: { pageId: string; componentById: ReadonlyMap<string, Component> },
) {
	const { site, states } = content;
	const lang = site.sourceLanguage;
	const words = content.words.for(lang);
	return maintenanceGroups(status.planned).map(({ id, plans }) => {
		const first = plans[0]!;
		const entry = status.update(first.updateId)!;
		const phase = plannedPhase(first, status.now) as MaintenanceStatus;
		const end = plannedEnd(first);
		// The title names each campus too: two services of the same name on two campuses must read apart.
		const title = plans.map((plan) => serviceNameWithCampusById(plan.serviceId, content, lang).text).join('; ');
		const body = asExercise(site, words, plans.map((plan) => plannedText(plan, status, content, lang)).join('\n'));
		// Named as the components are, like an incident's affected components (statuspage.ts).
		const affected = plans.map((plan) => ({
			code: plan.serviceId,
			name: options.componentById.get(plan.serviceId)?.name ?? plan.serviceId,
			old_status: states.of(statusOn(entry.board, plan.serviceId).state).statuspage,
			new_status: states.of(plan.state).statuspage,
		}));
		// One maintenance update per status it has reached, newest first, as Statuspage lists them.
		const steps: { status: MaintenanceStatus; at: Date }[] = [
			{ status: 'scheduled', at: entry.update.published },
			...(phase !== 'scheduled' ? [{ status: 'in_progress' as const, at: first.from }] : []),
			...(phase === 'completed' ? [{ status: 'completed' as const, at: end }] : []),
		];
		const updatedAt = steps.at(-1)!.at.toISOString();
		return {
			id,
			name: asExercise(site, words, `${title}${words.colon}${stateLabel(first.state, words)}`),
			status: phase,
			created_at: entry.update.published.toISOString(),
			updated_at: updatedAt,
			monitoring_at: null,
			resolved_at: phase === 'completed' ? end.toISOString() : null,
			impact: 'maintenance' as const,
			shortlink: absoluteUrl(site.siteUrl, routes.update(lang, first.updateId)),
			started_at: first.from.toISOString(),
			page_id: options.pageId,
			incident_updates: steps.reverse().map((step) => ({
				id: `${id}-${step.status}`,
				status: step.status,
				body,
				incident_id: id,
				created_at: step.at.toISOString(),
				updated_at: step.at.toISOString(),
				display_at: step.at.toISOString(),
				affected_components: affected,
				deliver_notifications: true,
				custom_tweet: null,
				tweet_id: null,
			})),
			components: plans.flatMap((plan) => options.componentById.get(plan.serviceId) ?? []),
			scheduled_for: first.from.toISOString(),
			scheduled_until: end.toISOString(),
		};
	});
}

/**
 * The planned changes grouped into maintenances, each with an id that stays the same from build
 * to build while later updates cancel or end some of them, since Statuspage clients follow a
 * maintenance by its id. Groups are the services an update announced for one window (or moment)
 * and one state, numbered within their update as announced, cancelled ones included, so that
 * cancelling one leaves the numbers of the others alone; cancelled changes are then left out.
 * A window ended early for some of its services (by a later update) splits its group, since
 * those services are done while the others are not: the part that ends last keeps the group's
 * id (it is the part still running as announced, or the last to be stopped), and each part
 * stopped before it is named after the update that stopped it.
 */
function maintenanceGroups(planned: readonly PlannedChange[]): { id: string; plans: PlannedChange[] }[] {
	const announced = new Map<string, PlannedChange[]>();
	for (const plan of planned) {
		const key = [plan.updateId, plan.from.getTime(), plan.until?.getTime(), plan.state].join(' ');
		announced.set(key, [...(announced.get(key) ?? []), plan]);
	}
	let index = 0;
	let previousUpdate = '';
	return [...announced.values()].flatMap((group) => {
		const { updateId } = group[0]!;
		index = updateId === previousUpdate ? index + 1 : 1;
		previousUpdate = updateId;
		const byEnd = new Map<number, PlannedChange[]>();
		for (const plan of group) {
			if (plan.cancelledBy) continue;
			const end = plannedEnd(plan).getTime();
			byEnd.set(end, [...(byEnd.get(end) ?? []), plan]);
		}
		const last = Math.max(...byEnd.keys());
		return [...byEnd].map(([end, plans]) => {
			const id = `${updateId}-planned-${index}`;
			return { id: end === last ? id : `${id}-ended-${plans[0]!.endedEarly?.updateId}`, plans };
		});
	});
}
