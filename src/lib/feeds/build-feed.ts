import type { LanternContent, Update, UpdateText } from '../content/model.ts';
import { findService } from '../content/find-service.ts';
import { organisationName, serviceNameWithCampus } from '../content/names.ts';
import { updateTextIn } from '../content/update-text.ts';
import { escapeXml } from '../escape.ts';
import { asExercise } from '../exercise.ts';
import { languageName } from '../i18n/locales.ts';
import { pickText } from '../i18n/local-text.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { changeText } from '../status/change-text.ts';
import { plannedText } from '../status/planned-reading.ts';
import type { StatusModel, UpdateStatus } from '../status/engine.ts';
import type { FeedDocument, FeedEntry } from './feed-document.ts';

export interface FeedSources {
	content: LanternContent;
	status: StatusModel;
	routes: Routes;
	/** The rendered HTML of an update's body text, with its components in the reader's language. */
	bodyHtml: (update: Update, text: UpdateText, lang: string) => Promise<string>;
}

/** The feed of a language: every update, or only those that changed one service. */
export async function buildFeed(sources: FeedSources, lang: string, serviceId?: string): Promise<FeedDocument> {
	const { content, status, routes } = sources;
	const { site } = content;
	const t = content.words.for(lang);
	const organisation = organisationName(site, lang);
	const url = (path: string) => absoluteUrl(site.siteUrl, path);
	const service = serviceId ? findService(content, serviceId) : undefined;
	if (serviceId && !service) throw new Error(`No service ${serviceId}`);

	const chosen = status.updates
		.filter(
			(entry) => !serviceId || [...entry.changes, ...entry.planned].some((change) => change.serviceId === serviceId),
		)
		.slice(-site.feedItems)
		.reverse();
	const entries = await Promise.all(chosen.map((entry) => feedEntry(sources, entry, lang)));
	const serviceTitle = service && serviceNameWithCampus(service, content, lang).text;

	return {
		title: asExercise(
			site,
			t,
			serviceTitle ? `${serviceTitle} · ${organisation}` : `${organisation} · ${t.statusSuffix}`,
		),
		description: serviceTitle
			? t.feeds.serviceDescription({ service: serviceTitle })
			: t.feeds.description({ organisation }),
		homeUrl: url(serviceId ? routes.service(lang, serviceId) : routes.home(lang)),
		urls: {
			rss: url(serviceId ? routes.serviceFeed(lang, serviceId, 'rss') : routes.feed(lang, 'rss')),
			atom: url(serviceId ? routes.serviceFeed(lang, serviceId, 'atom') : routes.feed(lang, 'atom')),
			json: url(serviceId ? routes.serviceFeed(lang, serviceId, 'json') : routes.feed(lang, 'json')),
		},
		lang,
		updated:
			entries[0]?.updated ??
			status.incidents.map((incident) => incident.incident.started).sort((a, b) => b.getTime() - a.getTime())[0] ??
			new Date(0),
		author: { name: organisation, url: url(routes.home(lang)) },
		...(!serviceId && site.announce?.websub_hub && { hub: site.announce.websub_hub }),
		entries,
	};
}

async function feedEntry(sources: FeedSources, entry: UpdateStatus, lang: string): Promise<FeedEntry> {
	const { content, status, routes } = sources;
	const { update } = entry;
	const t = content.words.for(lang);
	const local = updateTextIn(update, lang);
	const link = absoluteUrl(content.site.siteUrl, routes.update(lang, update.id));
	const sourceName = languageName(content.site.sourceLanguage, lang);
	const notice =
		local.kind === 'fallback'
			? t.translation.missing({ source: sourceName })
			: local.kind === 'translation' && local.outdated
				? t.translation.outdated({ source: sourceName })
				: undefined;
	const changes = entry.changes.map((change) => `<li>${escapeXml(changeText(change, update, content, lang))}</li>`);
	const planned = entry.planned.map((plan) => `<li>${escapeXml(plannedText(plan, status, content, lang))}</li>`);
	const incident = status.incident(update.incident)?.incident;
	return {
		id: link,
		url: link,
		// A feed reader shows an entry away from the feed's own title: each says it is a drill itself.
		title: asExercise(content.site, t, local.text.title),
		...(local.text.summary !== undefined && { summary: local.text.summary }),
		contentHtml: [
			notice && `<p><em>${escapeXml(notice)}</em></p>`,
			changes.length
				? `<p><strong>${escapeXml(t.changes.heading)}</strong></p><ul>${changes.join('')}</ul>`
				: undefined,
			planned.length
				? `<p><strong>${escapeXml(t.planned.heading)}</strong></p><ul>${planned.join('')}</ul>`
				: undefined,
			absoluteLinks(await sources.bodyHtml(update, local.text, lang), content.site.siteUrl),
		]
			.filter(Boolean)
			.join('\n'),
		published: update.published,
		updated: update.updated,
		categories: [
			...(incident
				? [{ term: incident.id, label: pickText(incident.title, lang, content.site.sourceLanguage).text }]
				: []),
			{ term: `phase-${update.phase}`, label: t.phase[update.phase] },
			...[...new Set([...entry.changes, ...entry.planned].map((change) => change.serviceId))].flatMap((serviceId) => {
				const service = findService(content, serviceId);
				return service ? [{ term: service.id, label: serviceNameWithCampus(service, content, lang).text }] : [];
			}),
		],
		lang: local.text.lang,
	};
}

/** Feed readers show entries away from the site: links within the site must carry its origin. */
function absoluteLinks(html: string, siteUrl: string): string {
	const origin = new URL(siteUrl).origin;
	return html.replace(/(\s(?:href|src))="\/(?!\/)/g, `$1="${origin}/`);
}
