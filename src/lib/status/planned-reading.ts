import type { LanternContent } from '../content/model.ts';
import { serviceNameWithCampusById } from '../content/names.ts';
import { noteIn } from '../content/update-text.ts';
import type { PickedText } from '../i18n/local-text.ts';
import type { Words } from '../i18n/words-schema.ts';
import { stateLabel } from '../states.ts';
import { formatDateTime, formatTimeOfDay, onSameLocalDay } from '../time.ts';
import type { PlannedChange, StatusModel, UpdateStatus } from './engine.ts';

const DAY = 86_400_000;

/** A service's planned changes that have not ended by the build: what its board line and page announce. */
export function upcomingFor(status: StatusModel, serviceId: string): PlannedChange[] {
	return status.upcoming.filter((plan) => plan.serviceId === serviceId);
}

/** Planned changes under way or beginning within `days` of the build, soonest first (the home page's list). */
export function upcomingWithin(status: StatusModel, days: number): PlannedChange[] {
	const horizon = status.now.getTime() + days * DAY;
	return status.upcoming.filter((plan) => plan.from.getTime() <= horizon);
}

/**
 * The next planned changes a reader should know of (status.txt, the print notice): those that
 * begin soonest, together when several begin at once; else the windows under way.
 */
export function nextPlanned(status: StatusModel): PlannedChange[] {
	const soonest = status.upcoming.find((plan) => plan.from > status.now);
	if (!soonest) return status.upcoming;
	return status.upcoming.filter((plan) => plan.from.getTime() === soonest.from.getTime());
}

/**
 * The planned changes of an update's incident as they stood when the update was published:
 * announced by it or an earlier update, not cancelled by then, and not ended by then. Each is
 * given as it was known then (a later cancel or early end left out), so what an update's own
 * outputs say does not change when later updates are published.
 */
export function plannedStandingAt(status: StatusModel, entry: UpdateStatus): PlannedChange[] {
	const { update } = entry;
	const order = new Map(status.updates.map((candidate, index) => [candidate.update.id, index]));
	const byThen = (updateId: string | undefined) =>
		updateId !== undefined && (order.get(updateId) ?? Infinity) <= order.get(update.id)!;
	return status.planned.flatMap(({ cancelledBy, endedEarly, ...plan }) => {
		if (plan.incidentId !== update.incident || !byThen(plan.updateId) || byThen(cancelledBy)) return [];
		const endedBefore = endedEarly && endedEarly.at <= update.published;
		return endedBefore || (plan.until ?? plan.from) <= update.published ? [] : [plan];
	});
}

/** The times of a planned change in words, apart, so a page can put each in its own `<time>`. */
export interface PlannedTimes {
	/** "from" or, for a window, "from … until". */
	lead: string;
	from: string;
	/** A window's end: the time alone when it ends on the day it began. */
	until?: { word: string; text: string };
}

/** The times in `lang`, between the words of `words` (the same language, or the one a site's words fall back to). */
export function plannedTimes(plan: PlannedChange, words: Words, lang: string, timeZone: string): PlannedTimes {
	const t = words.planned;
	const from = formatDateTime(plan.from, lang, timeZone);
	if (!plan.until) return { lead: t.from, from };
	const text = onSameLocalDay(plan.from, plan.until, timeZone)
		? formatTimeOfDay(plan.until, lang, timeZone)
		: formatDateTime(plan.until, lang, timeZone);
	return { lead: t.window, from, until: { word: t.until, text } };
}

/** "from Monday 19 January 2026 at 08:00" or "from Saturday 17 January 2026 at 06:00 until 08:00". */
export function plannedWhen(plan: PlannedChange, words: Words, lang: string, timeZone: string): string {
	const { lead, from, until } = plannedTimes(plan, words, lang, timeZone);
	return `${lead} ${from}${until ? ` ${until.word} ${until.text}` : ''}`;
}

/** The words of one planned change, for pages that link and style each part. */
export interface PlannedWording {
	name: PickedText;
	state: string;
	note: { text: string; lang: string } | undefined;
}

export function plannedWording(
	plan: PlannedChange,
	status: StatusModel,
	content: LanternContent,
	lang: string,
): PlannedWording {
	const update = status.update(plan.updateId)?.update;
	return {
		name: serviceNameWithCampusById(plan.serviceId, content, lang),
		state: stateLabel(plan.state, content.words.for(lang)),
		note: update && plan.note !== undefined ? noteIn(update, plan.serviceId, lang) : undefined,
	};
}

/**
 * One planned change in plain words, for feeds, alerts and plain text: "Outpatient clinics,
 * Campus Noord: Open as normal from Monday 19 January 2026 at 08:00. Usual hours again."
 */
export function plannedText(
	plan: PlannedChange,
	status: StatusModel,
	content: LanternContent,
	lang: string,
	{ withNote = true }: { withNote?: boolean } = {},
): string {
	const t = content.words.for(lang);
	const { name, state, note } = plannedWording(plan, status, content, lang);
	const cancelled = plan.cancelledBy ? ` (${t.planned.cancelled})` : '';
	return `${name.text}${t.colon}${state} ${plannedWhen(plan, t, lang, content.site.timeZone)}${cancelled}${withNote && note ? `. ${note.text}` : ''}`;
}
