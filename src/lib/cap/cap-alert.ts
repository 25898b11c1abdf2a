import { ownLine, reachableContacts } from '../contacts.ts';
import type { LanternContent, Update } from '../content/model.ts';
import { organisationName } from '../content/names.ts';
import { languagesOf, updateTextIn } from '../content/update-text.ts';
import { asExercise, exerciseNotice } from '../exercise.ts';
import { pickText } from '../i18n/local-text.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { changeText } from '../status/change-text.ts';
import type { StatusModel, UpdateStatus } from '../status/engine.ts';
import { plannedStandingAt, plannedText } from '../status/planned-reading.ts';
import type { StatuspageStatus } from '../../schemas/state.ts';
import { isoWithOffset } from '../time.ts';
import { xmlDocument } from '../xml-document.ts';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

/** The sender of every alert: the site's host, which is stable and has no spaces or commas. */
export function capSender(content: LanternContent): string {
	return new URL(content.site.siteUrl).hostname;
}

/** An alert's identifier: the sender and the update id, so it never changes when the text is edited. */
export function capIdentifier(content: LanternContent, update: Update): string {
	return `${capSender(content)}.${update.id}`;
}

/** CAP's reference to another alert: `sender,identifier,sent`. */
function capReference(content: LanternContent, update: Update): string {
	return [
		capSender(content),
		capIdentifier(content, update),
		isoWithOffset(update.published, content.site.timeZone),
	].join(',');
}

/**
 * CAP severity of the worst state after the update (or of its planned changes), by its
 * Statuspage status, which every state has, whichever set the site uses: an outage of part or
 * all of a service is Severe, a service that works with delays or less capacity Moderate.
 */
const SEVERITY: Record<StatuspageStatus, 'Severe' | 'Moderate' | 'Minor'> = {
	operational: 'Minor',
	degraded_performance: 'Moderate',
	partial_outage: 'Severe',
	major_outage: 'Severe',
};

/**
 * One CAP 1.2 alert for an update: msgType Alert for an incident's first update, Update
 * (referencing the one before, which it supersedes) after that; one <info> per language the
 * update is written in, and, for the incident's planned changes that still stand when it is
 * published (announced by it or before, not cancelled, not over), one more per language and
 * window with `urgency` Future, `onset` (when it begins) and `expires` (when a window ends).
 * A drill's alert has `status` Exercise, which CAP made for it, with the drill's notice in each
 * language as its `note` and every headline starting with the exercise word, for people who
 * read alerts in a viewer that hides the status. Elements are in the order the CAP 1.2 schema
 * requires.
 */
export function capAlert(content: LanternContent, status: StatusModel, routes: Routes, entry: UpdateStatus): string {
	const { site } = content;
	const { update } = entry;
	const incident = status.incident(update.incident);
	const ownUpdates = incident?.updates ?? [update];
	const previous = ownUpdates[ownUpdates.findIndex((candidate) => candidate.id === update.id) - 1];
	const resolved = update.phase === 'resolved';
	const severity = (state: string) => SEVERITY[content.states.of(state).statuspage];
	// This alert supersedes the incident's previous one, so it repeats every planned change that
	// still stands: one <info> per window (or moment), with the services planned for it.
	const standing = plannedStandingAt(status, entry).sort((a, b) => a.from.getTime() - b.from.getTime());
	const windows = [...Map.groupBy(standing, (plan) => `${plan.from.getTime()} ${plan.until?.getTime()}`).values()];

	const languages = languagesOf(update);
	const info = languages.flatMap((lang) => {
		const t = content.words.for(lang);
		const text = updateTextIn(update, lang).text;
		const changes = entry.changes.map((change) => `- ${changeText(change, update, content, lang)}`);
		const { contacts } = site;
		const instruction = [
			`${t.whatToDo.emergency} ${contacts.emergency}.`,
			...reachableContacts(contacts, lang, t).map(
				({ label, reach, note }) => `${label} ${reach}.${note === undefined ? '' : ` ${note}`}`,
			),
		].join('\n');
		const areaDescription = site.area
			? pickText(site.area.description, lang, site.sourceLanguage).text
			: site.campuses.map((campus) => pickText(campus.name, lang, site.sourceLanguage).text).join(', ');
		const common = {
			language: lang,
			category: [...site.capCategories],
			event: t.cap.event,
			responseType: resolved ? 'AllClear' : 'Monitor',
		};
		const reach = {
			instruction,
			web: absoluteUrl(site.siteUrl, routes.update(lang, update.id)),
			contact: ownLine(site.contacts),
			area: { areaDesc: areaDescription, ...(site.area?.circle && { circle: site.area.circle }) },
		};
		const now = {
			...common,
			urgency: resolved ? 'Past' : 'Expected',
			severity: severity(entry.board.overall),
			certainty: 'Observed',
			senderName: organisationName(site, lang),
			headline: asExercise(site, t, text.title),
			description: [text.summary, changes.length ? `${t.changes.heading}:\n${changes.join('\n')}` : undefined]
				.filter(Boolean)
				.join('\n\n'),
			...reach,
		};
		const future = windows.map((plans) => {
			const { from, until } = plans[0]!;
			const lines = plans.map((plan) => `- ${plannedText(plan, status, content, lang)}`);
			return {
				...common,
				urgency: 'Future',
				severity: severity(content.states.worst(plans.map((plan) => plan.state))),
				certainty: 'Likely',
				onset: isoWithOffset(from, site.timeZone),
				...(until && { expires: isoWithOffset(until, site.timeZone) }),
				senderName: organisationName(site, lang),
				headline: asExercise(site, t, text.title),
				description: `${t.planned.heading}:\n${lines.join('\n')}`,
				...reach,
			};
		});
		return [now, ...future];
	});

	const alert = {
		alert: {
			'@xmlns': CAP_NAMESPACE,
			identifier: capIdentifier(content, update),
			sender: capSender(content),
			sent: isoWithOffset(update.published, site.timeZone),
			status: site.exercise ? 'Exercise' : 'Actual',
			msgType: previous ? 'Update' : 'Alert',
			scope: 'Public',
			...(site.exercise && { note: languages.map((lang) => exerciseNotice(site, content.words.for(lang))).join('\n') }),
			...(previous && { references: capReference(content, previous) }),
			incidents: update.incident,
			info,
		},
	};
	return xmlDocument(alert);
}

/** An Atom feed listing every alert, newest first: how CAP alerts are usually distributed. */
export function capIndex(content: LanternContent, status: StatusModel, routes: Routes): string {
	const { site } = content;
	const lang = site.sourceLanguage;
	const url = (path: string) => absoluteUrl(site.siteUrl, path);
	const newestFirst = [...status.updates].reverse();
	const feed = {
		feed: {
			'@xmlns': 'http://www.w3.org/2005/Atom',
			'@xml:lang': lang,
			id: url(routes.capIndex()),
			title: asExercise(site, content.words.for(lang), `${organisationName(site, lang)} · CAP`),
			updated: (status.lastUpdated ?? new Date(0)).toISOString(),
			author: { name: organisationName(site, lang), uri: url(routes.home(lang)) },
			link: [
				{ '@rel': 'self', '@type': 'application/atom+xml', '@href': url(routes.capIndex()) },
				{ '@rel': 'alternate', '@type': 'text/html', '@href': url(routes.home(lang)) },
			],
			entry: newestFirst.map(({ update }) => ({
				id: url(routes.capAlert(update.id)),
				title: asExercise(site, content.words.for(lang), update.source.title),
				updated: update.updated.toISOString(),
				published: update.published.toISOString(),
				...(update.source.summary && { summary: update.source.summary }),
				link: { '@rel': 'alternate', '@type': 'application/cap+xml', '@href': url(routes.capAlert(update.id)) },
			})),
		},
	};
	return xmlDocument(feed);
}
