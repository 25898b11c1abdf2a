import type { Phase } from '../../schemas/state.ts';
import type { LanternContent, Service } from '../content/model.ts';
import { organisationName, serviceName } from '../content/names.ts';
import { asExercise } from '../exercise.ts';
import { pickText } from '../i18n/local-text.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { changeText } from '../status/change-text.ts';
import { statusOn } from '../status/board-reading.ts';
import type { IncidentStatus, StatusModel } from '../status/engine.ts';
import type { StatuspageStatus } from '../states.ts';
import { scheduledMaintenances } from './statuspage-maintenances.ts';

/**
 * Atlassian Statuspage's public API v2, as static JSON, so tools written for Statuspage work
 * unchanged. Field names and vocabularies are Statuspage's; names and texts are in the
 * site's source language (Lantern's own /api/status.json has every language). In a drill,
 * every name and text a client shows starts with the exercise word: Statuspage has no field
 * that says so, and a widget on a partner's page shows the page name, status or an incident alone.
 */

export type Indicator = 'none' | 'minor' | 'major' | 'critical';

export const INDICATOR: Record<StatuspageStatus, Indicator> = {
	operational: 'none',
	degraded_performance: 'minor',
	partial_outage: 'major',
	major_outage: 'critical',
};

/** Lantern's public phases in Statuspage's incident vocabulary. */
export const INCIDENT_STATUS: Record<Phase, 'investigating' | 'monitoring' | 'resolved'> = {
	ongoing: 'investigating',
	recovering: 'monitoring',
	resolved: 'resolved',
};

const iso = (date: Date | undefined) => (date ? date.toISOString() : null);

export function statuspageDocuments(content: LanternContent, status: StatusModel, routes: Routes) {
	const { site, states } = content;
	const lang = site.sourceLanguage;
	const words = content.words.for(lang);
	const statuspageOf = (state: string) => states.of(state).statuspage;
	const pageId = new URL(site.siteUrl).hostname.replace(/[^a-z0-9]+/gi, '-');
	const firstDate = status.incidents
		.map((incident) => incident.incident.started)
		.sort((a, b) => a.getTime() - b.getTime())[0];
	const createdAt = iso(firstDate ?? status.lastUpdated);
	const page = {
		id: pageId,
		name: asExercise(site, words, organisationName(site, lang)),
		url: absoluteUrl(site.siteUrl, routes.home(lang)),
		time_zone: site.timeZone,
		updated_at: iso(status.lastUpdated) ?? createdAt,
	};

	const lastChange = (serviceId: string) => status.serviceHistory(serviceId).at(-1)?.at;
	const component = (service: Service, position: number) => ({
		id: service.id,
		name: serviceName(service, site, lang).text,
		status: statuspageOf(statusOn(status.current, service.id).state),
		created_at: createdAt,
		updated_at: iso(lastChange(service.id)) ?? createdAt,
		position,
		description: service.description ? pickText(service.description, lang, lang).text : null,
		showcase: true,
		start_date: createdAt?.slice(0, 10) ?? null,
		group_id: service.campus ? `campus-${service.campus}` : null,
		page_id: pageId,
		group: false,
		only_show_if_degraded: false,
	});
	let position = 0;
	const components = [
		...site.campuses.flatMap((campus) => {
			const members = content.services.filter((service) => service.campus === campus.id);
			if (!members.length) return [];
			const changed = members.map((service) => lastChange(service.id)?.getTime() ?? 0);
			const group = {
				id: `campus-${campus.id}`,
				name: pickText(campus.name, lang, lang).text,
				status: statuspageOf(status.current.worstByCampus.get(campus.id) ?? states.normal),
				created_at: createdAt,
				updated_at: Math.max(...changed) ? new Date(Math.max(...changed)).toISOString() : createdAt,
				position: ++position,
				description: campus.address ?? null,
				showcase: true,
				start_date: createdAt?.slice(0, 10) ?? null,
				group_id: null,
				page_id: pageId,
				group: true,
				only_show_if_degraded: false,
				components: members.map((service) => service.id),
			};
			return [group, ...members.map((service) => component(service, ++position))];
		}),
		...content.services.filter((service) => !service.campus).map((service) => component(service, ++position)),
	];
	const componentById = new Map(components.map((entry) => [entry.id, entry]));

	const incidentDocument = (incident: IncidentStatus) => {
		const entries = incident.updates.flatMap((update) => status.update(update.id) ?? []);
		const worst = states.worst(entries.flatMap((entry) => entry.changes.map((change) => change.to)));
		const affected = [...new Set(entries.flatMap((entry) => entry.changes.map((change) => change.serviceId)))];
		const monitoringAt = incident.phaseChanges.find((change) => change.phase === 'recovering')?.at;
		const latest = incident.updates.at(-1);
		return {
			id: incident.incident.id,
			name: asExercise(site, words, pickText(incident.incident.title, lang, lang).text),
			status: INCIDENT_STATUS[incident.phase],
			created_at: iso(incident.incident.started),
			updated_at: iso(latest?.updated) ?? iso(incident.incident.started),
			monitoring_at: iso(monitoringAt),
			resolved_at: iso(incident.resolvedAt),
			impact: INDICATOR[statuspageOf(worst)],
			shortlink: absoluteUrl(site.siteUrl, routes.incident(lang, incident.incident.id)),
			started_at: iso(incident.incident.started),
			page_id: pageId,
			incident_updates: [...entries].reverse().map(({ update, changes }) => ({
				id: update.id,
				status: INCIDENT_STATUS[update.phase],
				body: [
					asExercise(site, words, update.source.title),
					update.source.summary,
					...changes.map((change) => `- ${changeText(change, update, content, lang)}`),
				]
					.filter(Boolean)
					.join('\n'),
				incident_id: incident.incident.id,
				created_at: iso(update.published),
				updated_at: iso(update.updated),
				display_at: iso(update.published),
				affected_components: changes.length
					? changes.map((change) => ({
							code: change.serviceId,
							name: componentById.get(change.serviceId)?.name ?? change.serviceId,
							old_status: statuspageOf(change.from),
							new_status: statuspageOf(change.to),
						}))
					: null,
				deliver_notifications: true,
				custom_tweet: null,
				tweet_id: null,
			})),
			components: affected.flatMap((id) => componentById.get(id) ?? []),
		};
	};

	const newestFirst = [...status.incidents]
		.filter((incident) => incident.updates.length > 0)
		.sort((a, b) => (b.lastUpdated?.getTime() ?? 0) - (a.lastUpdated?.getTime() ?? 0));
	// Statuspage lists the 50 most recent incidents.
	const incidents = newestFirst.slice(0, 50).map(incidentDocument);
	const unresolved = incidents.filter((incident) => incident.status !== 'resolved');
	const indicator = INDICATOR[statuspageOf(status.current.overall)];
	const statusBlock = {
		indicator,
		description: asExercise(site, words, words.overall[states.of(status.current.overall).tone]),
	};

	// Newest first, as Statuspage lists them.
	const maintenances = scheduledMaintenances(content, status, routes, { pageId, componentById }).sort(
		(a, b) => Date.parse(b.scheduled_for) - Date.parse(a.scheduled_for),
	);
	// Upcoming and active maintenances are listed soonest first.
	const upcoming = maintenances.filter((maintenance) => maintenance.status === 'scheduled').reverse();
	const active = maintenances.filter((maintenance) => maintenance.status === 'in_progress').reverse();

	return {
		summary: {
			page,
			components,
			incidents: unresolved,
			scheduled_maintenances: [...active, ...upcoming],
			status: statusBlock,
		},
		status: { page, status: statusBlock },
		components: { page, components },
		incidents: { page, incidents },
		'incidents/unresolved': { page, incidents: unresolved },
		'scheduled-maintenances': { page, scheduled_maintenances: maintenances.slice(0, 50) },
		'scheduled-maintenances/upcoming': { page, scheduled_maintenances: upcoming },
		'scheduled-maintenances/active': { page, scheduled_maintenances: active },
	};
}

export type StatuspageDocuments = ReturnType<typeof statuspageDocuments>;
