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
 * A service's name with its campus, for places that list services without campus headings
 * (change lists, feeds, alerts): two campuses each have an "Emergency department".
 */
export function serviceNameWithCampus(service: Service, content: LanternContent, lang: string): PickedText {
	const name = serviceName(service, content.site, lang);
	if (!service.campus) return name;
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
