import { contactLabel } from '../contacts.ts';
import type { LanternContent, Update } from '../content/model.ts';
import { noteIn, updateTextIn } from '../content/update-text.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { noteOf, statusOn } from '../status/board-reading.ts';
import { plannedEnd, plannedPhase, type StatusModel } from '../status/engine.ts';
import { plannedText } from '../status/planned-reading.ts';
import { stateLabel, type StateKey } from '../states.ts';
import { groupSummaryText, summarizeGroup } from '../status/group-summary.ts';
import { serviceName } from '../content/names.ts';

/**
 * Lantern's own status document (/api/status.json): the site's states in its own words,
 * every language, notes, campuses, the next update, the changes announced ahead of time and the
 * numbers to call. Its JSON Schema is
 * /api/status.schema.json (src/lib/api/lantern-status-schema.ts); a test holds the two together.
 */
export function lanternStatus(content: LanternContent, status: StatusModel, routes: Routes) {
	const { site, states } = content;
	const url = (path: string) => absoluteUrl(site.siteUrl, path);
	const perLanguage = (make: (lang: string) => string) =>
		Object.fromEntries(site.languages.map((lang) => [lang, make(lang)]));
	const state = (key: StateKey) => ({
		key,
		rank: states.of(key).rank,
		label: perLanguage((lang) => stateLabel(key, content.words.for(lang))),
		statuspage: states.of(key).statuspage,
	});
	const textsOf = (update: Update) => ({
		title: perLanguage((lang) => updateTextIn(update, lang).text.title),
		summary: perLanguage((lang) => updateTextIn(update, lang).text.summary ?? ''),
		translated: Object.keys(update.translations),
	});
	const latest = status.latest?.update;

	return {
		$schema: url(routes.api('status.schema.json')),
		// First, so a reader of the file sees it before any state; absent, not false, outside a drill.
		...(site.exercise && { exercise: true as const }),
		site_url: url(routes.root()),
		organisation: site.organisation,
		languages: site.languages,
		source_language: site.sourceLanguage,
		time_zone: site.timeZone,
		overall: state(status.current.overall),
		last_updated: status.lastUpdated?.toISOString() ?? null,
		next_update: status.nextUpdate?.toISOString() ?? null,
		next_update_overdue: status.overdue,
		campuses: site.campuses.map((campus) => {
			const summary = summarizeGroup(
				status.current,
				content.services.filter((service) => service.campus === campus.id),
			);
			return {
				id: campus.id,
				name: campus.name,
				state: state(status.current.worstByCampus.get(campus.id) ?? states.normal),
				services: summary.total,
				not_normal: summary.notNormal,
				most_affected: summary.mostAffected?.service.id ?? null,
				summary: perLanguage((lang) =>
					groupSummaryText(summary, content.words.for(lang), (service) => serviceName(service, site, lang)),
				),
			};
		}),
		services: content.services.map((service) => {
			const current = statusOn(status.current, service.id);
			return {
				id: service.id,
				campus: service.campus ?? null,
				group: service.group ?? null,
				name: service.name,
				state: state(current.state),
				note: current.note ? perLanguage((lang) => noteOf(status, current, lang)?.text ?? '') : null,
				since: current.since?.at.toISOString() ?? null,
				advice: current.state === states.normal ? null : (service.advice ?? null),
				url: perLanguage((lang) => url(routes.service(lang, service.id))),
			};
		}),
		incidents: status.incidents.map((incident) => ({
			id: incident.incident.id,
			title: incident.incident.title,
			phase: incident.phase,
			started: incident.incident.started.toISOString(),
			last_updated: incident.lastUpdated?.toISOString() ?? null,
			resolved_at: incident.resolvedAt?.toISOString() ?? null,
			url: perLanguage((lang) => url(routes.incident(lang, incident.incident.id))),
		})),
		latest_update: latest
			? {
					id: latest.id,
					incident: latest.incident,
					phase: latest.phase,
					published: latest.published.toISOString(),
					updated: latest.updated.toISOString(),
					...textsOf(latest),
					url: perLanguage((lang) => url(routes.update(lang, latest.id))),
				}
			: null,
		planned: status.upcoming.map((plan) => {
			const announcing = status.update(plan.updateId)!.update;
			return {
				service: plan.serviceId,
				state: state(plan.state),
				note:
					plan.note === undefined
						? null
						: perLanguage((lang) => noteIn(announcing, plan.serviceId, lang)?.text ?? plan.note!),
				from: plan.from.toISOString(),
				until: plan.until ? plannedEnd(plan).toISOString() : null,
				status: plannedPhase(plan, status.now) === 'scheduled' ? 'scheduled' : 'in_progress',
				announced_in: plan.updateId,
				text: perLanguage((lang) => plannedText(plan, status, content, lang)),
				url: perLanguage((lang) => url(routes.update(lang, plan.updateId))),
			};
		}),
		contacts: {
			emergency: site.contacts.emergency,
			others: site.contacts.others.map((contact) => ({
				id: contact.id,
				label: perLanguage((lang) => contactLabel(contact, lang, content.words.for(lang))),
				phone: contact.phone ?? null,
				email: contact.email ?? null,
				url: contact.url ?? null,
				note: contact.note ? perLanguage((lang) => contact.note![lang]!) : null,
				places: contact.places.map((place) => ({
					name: place.name,
					phone: place.phone ?? null,
					url: place.url ?? null,
				})),
			})),
		},
	};
}
