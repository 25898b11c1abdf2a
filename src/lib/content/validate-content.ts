import { missingFileProblem, sharedTimestampProblems } from './content-rules.ts';
import { plannedChangeProblems, type Locate } from './planned-change-rules.ts';
import type { Incident, LanternContent, Update } from './model.ts';
import type { Problem } from './problems.ts';
import type { RawContent } from './raw-content.ts';
import { readWords } from '../i18n/read-words.ts';
import { withStateWords } from '../i18n/state-words.ts';
import { readIncident } from './read-incident.ts';
import { readServices } from './read-services.ts';
import { readSite } from './read-site.ts';
import { readUpdate } from './read-update.ts';

export interface ValidationResult {
	/** Present when there were no errors (warnings may remain). */
	content?: LanternContent;
	problems: Problem[];
}

/**
 * Checks every file and every rule between files, and collects all problems instead of
 * stopping at the first: site.yaml first (every other file is checked against it), the
 * interface words of its languages, then services, incidents and updates, then the rules across updates.
 */
export function validateContent(raw: RawContent): ValidationResult {
	if (!raw.site) return { problems: [missingFileProblem('site.yaml', raw.folder)] };
	const { site, states, problems } = readSite(raw.site);
	if (!site) return { problems };
	const { words: lanternWords, problems: wordProblems } = readWords(raw.i18n ?? new Map(), site, raw.site);
	problems.push(...wordProblems);
	const words = lanternWords && states && withStateWords(lanternWords, states, site.sourceLanguage);

	const services = raw.services
		? readServices(raw.services, site)
		: { problems: [missingFileProblem('services.yaml', raw.folder)] };
	problems.push(...services.problems);
	const groups = services.services?.groups ?? [];
	const serviceList = services.services?.services ?? [];

	const incidents: Incident[] = [];
	for (const [id, file] of [...raw.incidents].sort(([a], [b]) => a.localeCompare(b))) {
		const read = readIncident(id, file, site);
		problems.push(...read.problems);
		if (read.incident) incidents.push(read.incident);
	}

	const context = {
		site,
		...(states && { states }),
		serviceIds: serviceList.map((service) => service.id),
		incidentIds: incidents.map((incident) => incident.id),
		canCheckIds: services.services !== undefined,
	};
	const updates: Update[] = [];
	const locators = new Map<string, Locate>();
	for (const [id, files] of [...raw.updates].sort(([a], [b]) => a.localeCompare(b))) {
		const read = readUpdate(id, files, context);
		problems.push(...read.problems);
		if (read.update) updates.push(read.update);
		if (read.locate) locators.set(id, read.locate);
	}
	updates.sort((a, b) => a.published.getTime() - b.published.getTime() || a.id.localeCompare(b.id));
	problems.push(...sharedTimestampProblems(updates));

	if (!words || !states || problems.some((problem) => problem.severity === 'error')) return { problems };
	const content = { site, words, states, groups, services: serviceList, incidents, updates };
	problems.push(...plannedChangeProblems(content, locators));
	if (problems.some((problem) => problem.severity === 'error')) return { problems };
	return { content, problems };
}
