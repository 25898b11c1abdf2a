import { reachableContacts } from '../contacts.ts';
import type { LanternContent } from '../content/model.ts';
import { organisationName, serviceNameWithCampus } from '../content/names.ts';
import { exerciseNotice } from '../exercise.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { disruptedOn, noteOf } from '../status/board-reading.ts';
import type { StatusModel } from '../status/engine.ts';
import { nextPlanned, plannedText } from '../status/planned-reading.ts';
import { stateLabel } from '../states.ts';
import { formatShortDateTime } from '../time.ts';
import { groupSummaryText, summarizeGroup } from '../status/group-summary.ts';

/** The most a plain-text status may weigh: one small packet, readable on the worst connection. */
export const STATUS_TEXT_LIMIT = 1000;

/**
 * The current state in plain text, under 1 KB: overall state, the services not open as
 * normal (as many as fit), the next planned change, the next update and the numbers to call.
 * A drill's notice comes before all of it.
 */
export function statusText(content: LanternContent, status: StatusModel, routes: Routes, lang: string): string {
	const { site } = content;
	const t = content.words.for(lang);
	const time = (date: Date) => formatShortDateTime(date, lang, site.timeZone);
	const notice = exerciseNotice(site, t);
	const head = [
		...(notice ? [notice] : []),
		`${organisationName(site, lang)}: ${t.overall[content.states.of(status.current.overall).tone]}`,
		// A count and the most affected service, never one state as if every service had it.
		groupSummaryText(summarizeGroup(status.current, content.services), t, (service) =>
			serviceNameWithCampus(service, content, lang),
		),
		...(status.lastUpdated ? [`${t.lastUpdated} ${time(status.lastUpdated)}`] : []),
	];
	const tail = [
		...nextPlanned(status).map(
			(plan) => `${t.planned.next}${t.colon}${plannedText(plan, status, content, lang, { withNote: false })}`,
		),
		status.nextUpdate ? `${t.nextUpdate} ${time(status.nextUpdate)}${status.overdue ? ' (!)' : ''}` : t.noNextUpdate,
		[site.contacts.emergency, ...reachableContacts(site.contacts, lang, t).map(({ reach }) => reach)].join(' · '),
		absoluteUrl(site.siteUrl, routes.home(lang)),
	];
	const disrupted = disruptedOn(status.current, content.services).map(({ service, serviceStatus }) => {
		const note = noteOf(status, serviceStatus, lang);
		return `- ${serviceNameWithCampus(service, content, lang).text}: ${stateLabel(serviceStatus.state, t)}${note ? ` (${note.text})` : ''}`;
	});
	const size = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`).length;
	const lines = [...head, ...disrupted, ...tail];
	// Drop notes, then whole lines, until it fits; say how many services were left out.
	for (let shown = disrupted.length; size(lines) > STATUS_TEXT_LIMIT && shown >= 0; shown--) {
		const short = disrupted.slice(0, shown).map((line) => line.replace(/ \(.*\)$/, ''));
		const more = disrupted.length - shown;
		lines.splice(0, lines.length, ...head, ...short, ...(more ? [`+ ${more}`] : []), ...tail);
	}
	return `${lines.join('\n')}\n`;
}
