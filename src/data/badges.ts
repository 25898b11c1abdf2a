import { badgeSvg } from '../lib/badge.ts';
import { organisationName, serviceNameWithCampus } from '../lib/content/names.ts';
import { asExercise } from '../lib/exercise.ts';
import { stateLabel } from '../lib/states.ts';
import { statusOn } from '../lib/status/board-reading.ts';
import { summarizeGroup } from '../lib/status/group-summary.ts';
import { getLantern } from './lantern.ts';

/** The badge of the whole site, or of one service, in a language (the source language by default). */
export async function badgeResponse(lang?: string, serviceId?: string): Promise<Response> {
	const { content, status, service } = await getLantern();
	const language = lang ?? content.site.sourceLanguage;
	const state = serviceId ? statusOn(status.current, serviceId).state : status.current.overall;
	const label = serviceId
		? serviceNameWithCampus(service(serviceId), content, language).text
		: organisationName(content.site, language);
	// The site's badge counts; its colour is the worst state's. The worst state's words alone would
	// read as the state of the whole hospital.
	const { notNormal, total } = summarizeGroup(status.current, content.services);
	const words = content.words.for(language);
	const message = serviceId ? stateLabel(state, words) : words.badge({ count: notNormal, total });
	// On a partner's page the badge stands alone: in a drill it says so before the name.
	const svg = badgeSvg({ label: asExercise(content.site, words, label), message, tone: content.states.of(state).tone });
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}

export async function badgePaths(perLanguage: boolean, perService: boolean) {
	const { content } = await getLantern();
	const languages = perLanguage ? content.site.languages : [undefined];
	const services = perService ? content.services.map((service) => service.id) : [undefined];
	return languages.flatMap((lang) => services.map((id) => ({ params: { ...(lang && { lang }), ...(id && { id }) } })));
}
