import { pickText, type PickedText } from '../i18n/local-text.ts';
import { findService } from './find-service.ts';
import type { LanternContent, Service, Site } from './model.ts';

/** The organisation's name in a language. */
export function organisationName(site: Site, lang: string): string {
	return pickText(site.organisation, lang, site.sourceLanguage).text;
}

/** A service's name in a language. */
export function serviceName(service: Service, site: Site, lang: string): PickedText {
	return pickText(service.name, lang, site.sourceLanguage);
}

/**
 * Whether names say their campus: only on a site with campuses to tell apart. A site with one
 * (often named after the organisation) would only repeat it after every service.
 */
export function namesCampus(site: Site): boolean {
	return site.campuses.length > 1;
}

/**
 * A service's name with its campus, for places that list services without campus headings
 * (change lists, feeds, alerts): two campuses each have an "Emergency department". On a site
 * with one campus, the name alone.
 */
export function serviceNameWithCampus(service: Service, content: LanternContent, lang: string): PickedText {
	const name = serviceName(service, content.site, lang);
	if (!service.campus || !namesCampus(content.site)) return name;
	return { ...name, text: `${name.text}, ${campusLabel(service.campus, content, lang).text}` };
}

/** `serviceNameWithCampus` by id; the id itself for a service the content no longer lists. */
export function serviceNameWithCampusById(serviceId: string, content: LanternContent, lang: string): PickedText {
	const service = findService(content, serviceId);
	return service ? serviceNameWithCampus(service, content, lang) : { text: serviceId, lang, fallback: false };
}

/** A campus's name, or "All campuses" for services that are on every campus. */
export function campusLabel(campusId: string | undefined, content: LanternContent, lang: string): PickedText {
	const campus = content.site.campuses.find((candidate) => candidate.id === campusId);
	return campus
		? pickText(campus.name, lang, content.site.sourceLanguage)
		: { text: content.words.for(lang).board.allCampuses, lang, fallback: false };
}
