import type { z } from 'astro/zod';
import { idSchema } from '../../schemas/common.ts';
import { incidentSchema } from '../../schemas/incident.ts';
import { servicesFileSchema } from '../../schemas/services.ts';
import { siteSchema } from '../../schemas/site.ts';
import { sourceUpdateSchema, translationSchema } from '../../schemas/update.ts';
import { closestMatch } from './did-you-mean.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkMdxBody } from './safe-mdx.ts';
import type { Incident, LanternContent, Service, Site, Translation, Update } from './model.ts';
import type { Problem } from './problems.ts';
import { sourceTextHash } from './source-hash.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { problemsFromZod, type UnknownFieldExplainer } from './zod-problems.ts';

/** A file of the content folder: where it is (for messages) and what it says. */
export interface RawFile {
	/** The path shown to the writer, such as `content/updates/2026-01-13-0805-servers/nl.mdx`. */
	file: string;
	text: string;
}

/** The content folder as text, before anything is checked. */
export interface RawContent {
	site?: RawFile;
	services?: RawFile;
	/** By incident id (the file name without `.yaml`). */
	incidents: Map<string, RawFile>;
	/** By update id (the folder name), then by language (the file name without `.mdx`). */
	updates: Map<string, Map<string, RawFile>>;
}

export interface ValidationResult {
	/** Present when there were no errors (warnings may remain). */
	content?: LanternContent;
	problems: Problem[];
}

/** A template placeholder the writer must fill in: [TIJDSTIP], [PHONE NUMBER] (not a link text). */
const PLACEHOLDER = /\[[A-ZÀ-Ý][A-ZÀ-Ý ]{2,}\](?![(\[:])/g;

/** Placeholders left in a text: an error once published, a warning in a draft. */
function placeholderProblems(texts: (string | undefined)[], file: string, draft: boolean): Problem[] {
	const found = [...new Set(texts.flatMap((text) => text?.match(PLACEHOLDER) ?? []))];
	return found.map((placeholder) => ({
		severity: draft ? 'warning' : 'error',
		file,
		field: 'body',
		message: 'a placeholder is not filled in yet (replace it with the real text)',
		found: placeholder,
	}));
}

/** Title length beyond which a headline wraps onto many lines on a phone. */
const LONG_TITLE = 90;

/** Checks every file and every rule between files, and collects all problems instead of stopping at the first. */
export function validateContent(raw: RawContent): ValidationResult {
	const problems: Problem[] = [];

	const site = raw.site ? parseSite(raw.site, problems) : missing('site.yaml', problems);
	if (!site) return { problems };
	const languages = site.languages;
	const checkText = localTextChecker(site, problems);

	const servicesParsed = raw.services ? parseYamlWith(raw.services, servicesFileSchema, problems) : missing('services.yaml', problems);
	const servicesData = servicesParsed?.value && { value: servicesParsed.value, source: servicesParsed.source };
	const groups = servicesData?.value.groups ?? [];
	const services: Service[] = [];
	if (servicesData && raw.services) {
		const { value, source } = servicesData;
		const file = raw.services.file;
		const campusIds = site.campuses.map((campus) => campus.id);
		const groupIds = groups.map((group) => group.id);
		reportDuplicates(groupIds, (index) => ({ file, ...source.locate(['groups', index, 'id']), field: `groups.${index}.id` }), 'group', problems);
		reportDuplicates(
			value.services.map((service) => service.id),
			(index) => ({ file, ...source.locate(['services', index, 'id']), field: `services.${index}.id` }),
			'service',
			problems,
		);
		groups.forEach((group, index) => checkText(group.name, file, source, ['groups', index, 'name']));
		value.services.forEach((service, index) => {
			const path = ['services', index];
			if (service.campus !== undefined && !campusIds.includes(service.campus)) {
				problems.push(unknownId(file, source, [...path, 'campus'], service.campus, campusIds, 'campus in site.yaml'));
			}
			if (!groupIds.includes(service.group)) {
				problems.push(unknownId(file, source, [...path, 'group'], service.group, groupIds, 'group in this file'));
			}
			checkText(service.name, file, source, [...path, 'name']);
			if (service.description) checkText(service.description, file, source, [...path, 'description'], false);
			if (service.advice) checkText(service.advice, file, source, [...path, 'advice'], false);
			services.push(withoutUndefined({ ...service }));
		});
	}

	const incidents: Incident[] = [];
	for (const [id, file] of [...raw.incidents].sort(([a], [b]) => a.localeCompare(b))) {
		checkId(id, file.file, 'incident file name', problems);
		const parsed = parseYamlWith(file, incidentSchema, problems);
		if (!parsed?.value) continue;
		checkText(parsed.value.title, file.file, parsed.source, ['title']);
		if (parsed.value.summary) checkText(parsed.value.summary, file.file, parsed.source, ['summary'], false);
		incidents.push(withoutUndefined({ id, ...parsed.value }));
	}

	const serviceIds = services.map((service) => service.id);
	const incidentIds = incidents.map((incident) => incident.id);
	const updates: Update[] = [];
	for (const [id, files] of [...raw.updates].sort(([a], [b]) => a.localeCompare(b))) {
		const update = parseUpdate(id, files, { site, serviceIds, incidentIds, canCheckIds: servicesData !== undefined }, problems);
		if (update) updates.push(update);
	}
	updates.sort((a, b) => a.published.getTime() - b.published.getTime() || a.id.localeCompare(b.id));
	reportSharedTimestamps(updates, problems);

	const hasErrors = problems.some((problem) => problem.severity === 'error');
	if (hasErrors || languages.length === 0) return { problems };
	return { content: { site, groups, services, incidents, updates }, problems };
}

function parseSite(raw: RawFile, problems: Problem[]): Site | undefined {
	const parsed = parseYamlWith(raw, siteSchema, problems);
	if (!parsed?.value) return undefined;
	const { value, source } = parsed;
	reportDuplicates(value.languages, (index) => ({ file: raw.file, ...source.locate(['languages', index]), field: `languages.${index}` }), 'language', problems);
	reportDuplicates(
		value.campuses.map((campus) => campus.id),
		(index) => ({ file: raw.file, ...source.locate(['campuses', index, 'id']), field: `campuses.${index}.id` }),
		'campus',
		problems,
	);
	const site: Site = withoutUndefined({
		organisation: value.organisation,
		languages: value.languages,
		sourceLanguage: value.languages[0]!,
		timeZone: value.time_zone,
		siteUrl: value.site_url.endsWith('/') ? value.site_url : `${value.site_url}/`,
		campuses: value.campuses.map((campus) => withoutUndefined({ ...campus })),
		contacts: withoutUndefined({
			emergency: value.contacts.emergency,
			gpOnCall: value.contacts.gp_on_call,
			infoLine: value.contacts.info_line,
			hospitals: value.contacts.hospitals.map((hospital) => withoutUndefined({ ...hospital })),
		}),
		mirrors: value.mirrors,
		area: value.area && withoutUndefined({ ...value.area }),
		feedItems: value.feeds.items,
	});
	const checkText = localTextChecker(site, problems);
	checkText(site.organisation, raw.file, source, ['organisation']);
	if (value.area) checkText(value.area.description, raw.file, source, ['area', 'description']);
	value.campuses.forEach((campus, index) => checkText(campus.name, raw.file, source, ['campuses', index, 'name']));
	return site;
}

interface UpdateContext {
	site: Site;
	serviceIds: string[];
	incidentIds: string[];
	/** False when services.yaml itself failed, so unknown-id errors would only be noise. */
	canCheckIds: boolean;
}

function parseUpdate(id: string, files: Map<string, RawFile>, context: UpdateContext, problems: Problem[]): Update | undefined {
	const { site } = context;
	const sourceFile = files.get(site.sourceLanguage);
	const anyFile = sourceFile ?? [...files.values()][0];
	if (anyFile) checkId(id, anyFile.file, 'update folder name', problems);
	for (const [lang, file] of files) {
		if (!site.languages.includes(lang)) {
			problems.push({
				severity: 'error',
				file: file.file,
				field: '',
				message: `the language "${lang}" of this file is not listed in site.yaml`,
				allowed: site.languages.map((language) => `${language}.mdx`),
			});
		}
	}
	if (!sourceFile) {
		problems.push({
			severity: 'error',
			file: anyFile?.file ?? id,
			field: '',
			message: `this update has no ${site.sourceLanguage}.mdx: every update needs its source-language file, which holds the states and times`,
		});
		return undefined;
	}

	const before = problems.length;
	const parsed = parseMdx(sourceFile, sourceUpdateSchema, problems);
	if (!parsed) return undefined;
	const { source, body } = parsed;
	const file = sourceFile.file;

	// Ids are checked on the file as written, so an unknown service is reported even when
	// another field of the same file is also wrong.
	const written = isRecord(source.data) ? source.data : {};
	if (typeof written['incident'] === 'string' && !context.incidentIds.includes(written['incident'])) {
		problems.push(unknownId(file, source, ['incident'], written['incident'], context.incidentIds, 'file in content/incidents/'));
	}
	if (context.canCheckIds && isRecord(written['services'])) {
		for (const serviceId of Object.keys(written['services'])) {
			if (!context.serviceIds.includes(serviceId)) {
				problems.push(unknownId(file, source, ['services', serviceId], serviceId, context.serviceIds, 'service in services.yaml'));
			}
		}
	}
	problems.push(...checkMdxBody(body, file, parsed.bodyLine, context.serviceIds));
	if (!parsed.value) {
		// The translations are still checked, so every problem of the update shows at once.
		for (const [lang, rawTranslation] of files) {
			if (lang === site.sourceLanguage || !site.languages.includes(lang)) continue;
			parseTranslation(id, lang, rawTranslation, undefined, undefined, site, context.serviceIds, problems);
		}
		return undefined;
	}
	const value = parsed.value;
	if (value.next_update && value.next_update <= value.published) {
		problems.push({
			severity: 'error',
			file,
			...source.locate(['next_update']),
			field: 'next_update',
			message: 'the next update must come after this one is published',
			found: String(written['next_update']),
		});
	}
	if (value.updated && value.updated < value.published) {
		problems.push({
			severity: 'error',
			file,
			...source.locate(['updated']),
			field: 'updated',
			message: 'a correction cannot come before the update was published',
			found: String(written['updated']),
		});
	}
	if (value.title.length > LONG_TITLE) {
		problems.push({
			severity: 'warning',
			file,
			...source.locate(['title']),
			field: 'title',
			message: `this title has ${value.title.length} characters; keep it under ${LONG_TITLE} so it fits a phone screen`,
		});
	}
	problems.push(...placeholderProblems([value.title, value.summary, body], file, value.draft));
	if (value.summary === undefined) {
		problems.push({ severity: 'warning', file, ...source.locate([]), field: 'summary', message: 'this update has no summary; many readers only read the summary' });
	}

	const text = withoutUndefined({ lang: site.sourceLanguage, title: value.title, summary: value.summary, body, file });
	const sourceHash = sourceTextHash(text);
	const translations: Record<string, Translation> = {};
	for (const [lang, rawTranslation] of files) {
		if (lang === site.sourceLanguage || !site.languages.includes(lang)) continue;
		const translation = parseTranslation(id, lang, rawTranslation, value.services, sourceHash, site, context.serviceIds, problems);
		if (translation) problems.push(...placeholderProblems([translation.title, translation.summary, translation.body], translation.file, value.draft));
		if (translation) translations[lang] = translation;
	}
	if (problems.slice(before).some((problem) => problem.severity === 'error')) return undefined;

	return withoutUndefined({
		id,
		incident: value.incident,
		published: value.published,
		updated: value.updated ?? value.published,
		phase: value.phase,
		services: Object.fromEntries(Object.entries(value.services).map(([key, entry]) => [key, withoutUndefined({ ...entry })])),
		nextUpdate: value.next_update,
		draft: value.draft,
		source: text,
		sourceHash,
		translations,
	});
}

/** What a translation may not say, and why: these facts live in the source file only. */
const SOURCE_ONLY_FIELDS = new Set(Object.keys(sourceUpdateSchema.shape).filter((key) => !(key in translationSchema.shape)));

function parseTranslation(
	updateId: string,
	lang: string,
	raw: RawFile,
	sourceServices: Record<string, { note?: string | undefined }> | undefined,
	/** Undefined when the source file itself is broken: then freshness cannot be judged. */
	sourceHash: string | undefined,
	site: Site,
	serviceIds: readonly string[],
	problems: Problem[],
): Translation | undefined {
	const explain: UnknownFieldExplainer = (field) =>
		SOURCE_ONLY_FIELDS.has(field)
			? `a translation carries only its text; ${field === 'services' ? 'service states' : `"${field}"`} belong${field === 'services' ? '' : 's'} in ${site.sourceLanguage}.mdx`
			: undefined;
	const parsed = parseMdx(raw, translationSchema, problems, explain);
	if (parsed) problems.push(...checkMdxBody(parsed.body, raw.file, parsed.bodyLine, serviceIds));
	if (!parsed?.value) return undefined;
	const { value, source, body } = parsed;
	const notedServices = Object.keys(sourceServices ?? {}).filter((id) => sourceServices?.[id]?.note !== undefined);
	for (const serviceId of sourceHash === undefined ? [] : Object.keys(value.notes)) {
		if (!notedServices.includes(serviceId)) {
			problems.push(unknownId(raw.file, source, ['notes', serviceId], serviceId, notedServices, `service with a note in ${site.sourceLanguage}.mdx`));
		}
	}
	const outdated = sourceHash !== undefined && value.source_hash !== sourceHash;
	if (outdated) {
		problems.push({
			severity: 'warning',
			file: raw.file,
			...source.locate(['source_hash']),
			field: 'source_hash',
			message: `the ${site.sourceLanguage} text changed after this translation was made; bring the translation up to date, then run: npm run translate -- --stamp ${updateId} ${lang}`,
		});
	}
	return withoutUndefined({ lang, title: value.title, summary: value.summary, body, file: raw.file, notes: value.notes, outdated });
}

function parseYamlWith<Schema extends z.ZodType>(raw: RawFile, schema: Schema, problems: Problem[], lineOffset = 0, explain?: UnknownFieldExplainer) {
	const source = parseYamlSource(raw.text, raw.file, lineOffset);
	problems.push(...source.problems);
	if (source.problems.length) return undefined;
	const result = schema.safeParse(source.data ?? {});
	if (!result.success) {
		problems.push(...problemsFromZod(result.error, schema, source, raw.file, explain));
		return { source };
	}
	return { value: result.data as z.output<Schema>, source };
}

function parseMdx<Schema extends z.ZodType>(raw: RawFile, schema: Schema, problems: Problem[], explain?: UnknownFieldExplainer) {
	const parts = splitFrontmatter(raw.text);
	if (!parts) {
		problems.push({ severity: 'error', file: raw.file, line: 1, column: 1, field: '', message: 'the file must start with a frontmatter block between two --- lines' });
		return undefined;
	}
	const parsed = parseYamlWith({ file: raw.file, text: parts.frontmatter }, schema, problems, parts.frontmatterLine - 1, explain);
	return parsed && { ...parsed, body: parts.body, bodyLine: parts.bodyLine };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that a per-language text has the source language and no language the site does not list. */
function localTextChecker(site: Site, problems: Problem[]) {
	return (text: Record<string, string>, file: string, source: YamlSource, path: PropertyKey[], required = true) => {
		if (required && text[site.sourceLanguage] === undefined) {
			problems.push({
				severity: 'error',
				file,
				...source.locate(path),
				field: path.join('.'),
				message: `the ${site.sourceLanguage} text is missing; the source language is required, the others fall back to it`,
			});
		}
		for (const lang of Object.keys(text)) {
			if (!site.languages.includes(lang)) {
				problems.push({ severity: 'error', file, ...source.locate([...path, lang]), field: [...path, lang].join('.'), message: 'this language is not listed in site.yaml', found: lang, allowed: site.languages });
			}
		}
	};
}

function unknownId(file: string, source: YamlSource, path: PropertyKey[], found: string, known: string[], what: string): Problem {
	const suggestion = closestMatch(found, known);
	// An id used as a key (a service under `services:`) is pointed at by its key; an id as a value by its value.
	const isKey = path.at(-1) === found;
	return {
		severity: 'error',
		file,
		...(isKey ? source.locateKey(path) : source.locate(path)),
		field: path.join('.'),
		message: `there is no such ${what}`,
		found,
		allowed: [...new Set(known)],
		...(suggestion ? { suggestion } : {}),
	};
}

function checkId(id: string, file: string, what: string, problems: Problem[]) {
	if (!idSchema.safeParse(id).success) {
		problems.push({ severity: 'error', file, field: '', message: `the ${what} must be lower-case letters, digits and dashes (it becomes a web address)`, found: id });
	}
}

function reportDuplicates(ids: string[], where: (index: number) => Pick<Problem, 'file' | 'line' | 'column' | 'field'>, what: string, problems: Problem[]) {
	ids.forEach((id, index) => {
		if (ids.indexOf(id) !== index) {
			problems.push({ severity: 'error', ...where(index), message: `this ${what} id is used twice`, found: id });
		}
	});
}

function reportSharedTimestamps(updates: Update[], problems: Problem[]) {
	const seen = new Map<string, Update>();
	for (const update of updates) {
		const key = `${update.incident} ${update.published.getTime()}`;
		const earlier = seen.get(key);
		if (earlier) {
			problems.push({
				severity: 'error',
				file: update.source.file,
				field: 'published',
				message: `another update of this incident has the same time (${earlier.source.file}); give each update its own time so their order is clear`,
				found: update.published.toISOString(),
			});
		} else seen.set(key, update);
	}
}

function missing(name: string, problems: Problem[]): undefined {
	problems.push({ severity: 'error', file: name, field: '', message: `${name} is missing from the content folder` });
	return undefined;
}

type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
	[K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops keys whose value is undefined, so objects fit `exactOptionalPropertyTypes`. */
function withoutUndefined<T extends object>(value: T): Defined<T> {
	return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as never;
}
