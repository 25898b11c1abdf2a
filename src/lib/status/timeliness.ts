import type { LanternContent } from '../content/model.ts';
import type { Problem } from '../content/problems.ts';
import { computeStatus } from './engine.ts';
import { publishedUpdates } from './publication.ts';

/**
 * Warnings that depend on the clock: an incident that is not resolved whose latest update
 * promised a next update that is already past. Readers see it as "overdue".
 */
export function timelinessWarnings(content: LanternContent, now: Date): Problem[] {
	const status = computeStatus(content, publishedUpdates(content.updates, { now, includeDrafts: false }), now);
	return status.incidents.flatMap((incident) => {
		const latest = incident.updates.at(-1);
		if (!latest || incident.phase === 'resolved' || !latest.nextUpdate || latest.nextUpdate >= now) return [];
		return [
			{
				severity: 'warning' as const,
				file: latest.source.file,
				field: 'next_update',
				message: `the next update was promised for ${latest.nextUpdate.toISOString()} and is overdue; publish an update or move the time`,
			},
		];
	});
}
