import { computeStatus, type PlanConflict, type PlannedChange } from '../status/engine.ts';
import { isoWithOffset } from '../time.ts';
import type { LanternContent, Update } from './model.ts';
import type { Problem } from './problems.ts';

/** Where a field of an update's source file stands. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

/** Far enough ahead that every planned change of every update (drafts and embargoed ones too) is played. */
const END_OF_TIME = new Date(8_640_000_000_000_000);

/**
 * The rules between updates about changes announced ahead of time: two windows (or a window and
 * a planned change) of one service must not overlap, and `cancel: true` must cancel something.
 * A warning, not an error, when an update sets a service now while an earlier update's planned
 * change of it is still to begin: that change still applies at its time, as documented, but the
 * writer may have meant to replace it. The status engine replays the updates exactly as a build
 * would, so the check and the site agree.
 */
export function plannedChangeProblems(content: LanternContent, locators: ReadonlyMap<string, Locate>): Problem[] {
	return computeStatus(content, content.updates, END_OF_TIME).conflicts.map((conflict) =>
		conflictProblem(conflict, content, locators.get(conflict.update.id)),
	);
}

function conflictProblem(conflict: PlanConflict, content: LanternContent, locate: Locate | undefined): Problem {
	const { update, serviceId, other } = conflict;
	if (conflict.kind === 'planned-still-stands') return stillStandsProblem(update, serviceId, other!, content, locate);
	const field = conflict.kind === 'overlap' ? 'from' : 'cancel';
	const path = ['services', serviceId, field];
	const where = { severity: 'error' as const, file: update.source.file, ...locate?.(path), field: path.join('.') };
	if (conflict.kind === 'nothing-to-cancel') {
		return {
			...where,
			message: `no earlier update of this incident planned a change of ${serviceId} that is still to come at ${isoWithOffset(update.published, content.site.timeZone)}; leave out cancel`,
			found: 'true',
		};
	}
	const otherFile =
		content.updates.find((candidate) => candidate.id === other?.updateId)?.source.file ?? other?.updateId;
	return {
		...where,
		message: `this overlaps the planned change of ${serviceId} in ${otherFile} (${other ? describe(other, content.site.timeZone) : ''}); choose times outside it, or write cancel: true to replace it`,
		found: describe(
			{
				from: update.services[serviceId]!.from ?? update.published,
				...(update.services[serviceId]!.until && { until: update.services[serviceId]!.until }),
			},
			content.site.timeZone,
		),
	};
}

function stillStandsProblem(
	update: Update,
	serviceId: string,
	plan: PlannedChange,
	content: LanternContent,
	locate: Locate | undefined,
): Problem {
	const path = ['services', serviceId];
	const timeZone = content.site.timeZone;
	return {
		severity: 'warning',
		file: update.source.file,
		...locate?.(path),
		field: path.join('.'),
		message: `this sets ${serviceId} now, but the change update ${plan.updateId} planned for it (${plan.state} ${describe(plan, timeZone)}) still applies at that time; add cancel: true here to drop it`,
		found: update.services[serviceId]!.state!,
	};
}

function describe(plan: Pick<PlannedChange, 'from' | 'until'>, timeZone: string): string {
	const time = (date: Date) => isoWithOffset(date, timeZone);
	return plan.until ? `from ${time(plan.from)} until ${time(plan.until)}` : `from ${time(plan.from)}`;
}
