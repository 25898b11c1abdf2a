import { sourceUpdateSchema, translationSchema, type SourceUpdateInput } from '../../schemas/update.ts';
import { contactNumbers, contactPlaceholderPlaces, type ContactNumbers } from '../authoring/contact-placeholders.ts';
import { placeholderPlaces, type PlaceInText } from '../authoring/placeholders.ts';
import { idNameProblems, unknownIdProblem, type FieldPlace } from './content-rules.ts';
import { closestMatch } from './did-you-mean.ts';
import type { StateSet } from '../states.ts';
import type { Site, Translation, Update, UpdateText } from './model.ts';
import { parseMdxFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import type { RawFile } from './raw-content.ts';
import { checkMdxBody } from './safe-mdx.ts';
import { contactKinds } from '../contacts.ts';
import { isSourceText, sourceTextHash } from './source-hash.ts';
import { lengthOverLimit, TEXT_LIMITS, type LimitedText } from './text-limits.ts';
import { offsetElsewhere } from '../read-time.ts';
import { withoutUndefined } from './without-undefined.ts';
import type { YamlSource } from './yaml-source.ts';

/** What an update is checked against: the site and the ids the other files define. */
export interface UpdateContext {
	site: Site;
	/** The site's states; absent when site.yaml's `states:` has an error, so states are not judged against it. */
	states?: StateSet;
	serviceIds: readonly string[];
	incidentIds: readonly string[];
	/** False when services.yaml itself failed, so unknown-id errors would only be noise. */
	canCheckIds: boolean;
}

/**
 * One update folder: the source-language file with every fact, and its translations.
 * `update` is absent when any file of the folder has an error; every problem of the folder is
 * reported at once, the translations' too when the source file's fields are wrong.
 */
export function readUpdate(id: string, files: ReadonlyMap<string, RawFile>, context: UpdateContext): UpdateRead {
	const { site } = context;
	const sourceFile = files.get(site.sourceLanguage);
	const anyFile = sourceFile ?? [...files.values()][0];
	// Problems of the folder, not of its files: the update is still read, so later rules can check it too.
	const folderProblems = anyFile ? idNameProblems(id, anyFile.file, 'update folder name') : [];
	for (const [lang, file] of files) {
		if (!site.languages.includes(lang)) {
			folderProblems.push({
				severity: 'error',
				file: file.file,
				field: '',
				message: `the language "${lang}" of this file is not listed in site.yaml`,
				allowed: site.languages.map((language) => `${language}.mdx`),
			});
		}
	}
	if (!sourceFile) {
		folderProblems.push({
			severity: 'error',
			file: anyFile?.file ?? id,
			field: '',
			message: `this update has no ${site.sourceLanguage}.mdx: every update needs its source-language file, which holds the states and times`,
		});
		return { problems: folderProblems };
	}
	const read = readUpdateFiles(id, sourceFile, files, context);
	return { ...read, problems: [...folderProblems, ...read.problems] };
}

export interface UpdateRead {
	update?: Update;
	problems: Problem[];
	/** Where a field of the source file stands, for the rules across updates. */
	locate?: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** The files of a folder that has its source file: `update` is absent when any of them has an error. */
function readUpdateFiles(
	id: string,
	sourceFile: RawFile,
	files: ReadonlyMap<string, RawFile>,
	context: UpdateContext,
): UpdateRead {
	const { site } = context;
	const translationFiles = [...files].filter(([lang]) => lang !== site.sourceLanguage && site.languages.includes(lang));

	const parsed = parseMdxFile(sourceFile, sourceUpdateSchema);
	const problems = parsed.problems;
	if (!parsed.parts) return { problems };
	const { source, value, body, bodyLine } = parsed.parts;
	const file = sourceFile.file;
	const place = (path: PropertyKey[]) => ({ file, source, path });

	// Ids are checked on the file as written, so an unknown service is reported even when
	// another field of the same file is also wrong.
	const written = isRecord(source.data) ? source.data : {};
	if (typeof written['incident'] === 'string' && !context.incidentIds.includes(written['incident'])) {
		problems.push(
			unknownIdProblem(place(['incident']), written['incident'], context.incidentIds, 'file in content/incidents/'),
		);
	}
	if (isRecord(written['services'])) {
		for (const [serviceId, entry] of Object.entries(written['services'])) {
			if (context.canCheckIds && !context.serviceIds.includes(serviceId)) {
				problems.push(
					unknownIdProblem(place(['services', serviceId]), serviceId, context.serviceIds, 'service in services.yaml'),
				);
			}
			if (context.states)
				problems.push(...stateProblems(entry, context.states, place(['services', serviceId, 'state'])));
		}
	}
	problems.push(
		...checkMdxBody(body, file, bodyLine, {
			serviceIds: context.serviceIds,
			contactKinds: contactKinds(site.contacts),
		}),
	);
	if (!value) {
		// The translations are still checked, so every problem of the update shows at once.
		for (const [lang, raw] of translationFiles) {
			problems.push(...readTranslation(raw, { updateId: id, lang, site, serviceIds: context.serviceIds }).problems);
		}
		return { problems };
	}

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
	problems.push(...plannedTimeProblems(value, written, place, context.states?.keys ?? []));
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
	problems.push(...lengthProblems(value, file, source.locate));
	problems.push(...offsetProblems(written, file, source.locate, site.timeZone));
	const notes = Object.fromEntries(Object.entries(value.services).map(([serviceId, entry]) => [serviceId, entry.note]));
	problems.push(
		...unfinishedTextProblems(
			writtenTexts({ ...value, notes }, (serviceId) => ['services', serviceId, 'note'], source, body, bodyLine),
			file,
			value.draft,
			contactNumbers(site.contacts),
		),
	);
	if (value.summary === undefined) {
		problems.push({
			severity: 'warning',
			file,
			...source.locate([]),
			field: 'summary',
			message: 'this update has no summary; many readers only read the summary',
		});
	}

	const text = withoutUndefined({ lang: site.sourceLanguage, title: value.title, summary: value.summary, body, file });
	const sourceHash = sourceTextHash(text);
	const translations: Record<string, Translation> = {};
	for (const [lang, raw] of translationFiles) {
		const read = readTranslation(raw, {
			updateId: id,
			lang,
			site,
			serviceIds: context.serviceIds,
			source: { services: value.services, hash: sourceHash, text, draft: value.draft },
		});
		problems.push(...read.problems);
		if (read.translation) translations[lang] = read.translation;
	}
	if (problems.some((problem) => problem.severity === 'error')) return { problems };

	return {
		update: withoutUndefined({
			id,
			incident: value.incident,
			published: value.published,
			updated: value.updated ?? value.published,
			phase: value.phase,
			services: Object.fromEntries(
				Object.entries(value.services).map(([key, entry]) => [key, withoutUndefined({ ...entry })]),
			),
			nextUpdate: value.next_update,
			draft: value.draft,
			source: text,
			sourceHash,
			translations,
		}),
		problems,
		locate: source.locate,
	};
}

interface TranslationOptions {
	updateId: string;
	lang: string;
	site: Site;
	/** The site's states; absent when site.yaml's `states:` has an error, so states are not judged against it. */
	states?: StateSet;
	serviceIds: readonly string[];
	/**
	 * The source file's services, text, its fingerprint and whether it is a draft; absent when the
	 * source file is broken, so notes, freshness and what is left to fill in cannot be judged.
	 */
	source?: {
		services: Record<string, { note?: string | undefined }>;
		hash: string;
		text: Pick<UpdateText, 'title' | 'summary' | 'body'>;
		draft: boolean;
	};
}

/** What a translation may not say, and why: these facts live in the source file only. */
const SOURCE_ONLY_FIELDS = new Set(
	Object.keys(sourceUpdateSchema.shape).filter((key) => !(key in translationSchema.shape)),
);

/** The fields of a change announced ahead of time, which a writer might try in a translation too. */
const PLANNED_FIELDS = new Set(['from', 'until', 'cancel']);

/** A translation file: its text only, checked against the source file it translates. */
function readTranslation(
	raw: RawFile,
	options: TranslationOptions,
): { translation?: Translation; problems: Problem[] } {
	const { updateId, lang, site, source: original } = options;
	const parsed = parseMdxFile(raw, translationSchema, {
		explainUnknownField: (field) =>
			PLANNED_FIELDS.has(field)
				? `a translation carries only its text; planned times ("${field}") belong in ${site.sourceLanguage}.mdx, under the service they change`
				: SOURCE_ONLY_FIELDS.has(field)
					? `a translation carries only its text; ${field === 'services' ? 'service states' : `"${field}"`} belong${field === 'services' ? '' : 's'} in ${site.sourceLanguage}.mdx`
					: undefined,
	});
	const problems = parsed.problems;
	if (!parsed.parts) return { problems };
	const { source, value, body, bodyLine } = parsed.parts;
	problems.push(
		...checkMdxBody(body, raw.file, bodyLine, {
			serviceIds: options.serviceIds,
			contactKinds: contactKinds(site.contacts),
		}),
	);
	if (!value) return { problems };
	if (original) {
		const notedServices = Object.keys(original.services).filter((id) => original.services[id]?.note !== undefined);
		for (const serviceId of Object.keys(value.notes)) {
			if (!notedServices.includes(serviceId)) {
				problems.push({
					...unknownIdProblem(
						{ file: raw.file, source, path: ['notes', serviceId] },
						serviceId,
						notedServices,
						`service with a note in ${site.sourceLanguage}.mdx`,
					),
					code: 'no-such-note',
				});
			}
		}
	}
	problems.push(...lengthProblems(value, raw.file, source.locate));
	if (original) {
		problems.push(
			...unfinishedTextProblems(
				writtenTexts(value, (serviceId) => ['notes', serviceId], source, body, bodyLine),
				raw.file,
				original.draft,
				contactNumbers(site.contacts),
			),
		);
		if (isSourceText({ ...value, body }, original.text))
			problems.push({
				severity: original.draft ? 'warning' : 'error',
				file: raw.file,
				...source.locate(['title']),
				field: '',
				code: 'not-translated',
				message: `not translated yet: the title, summary and text are still the ${site.sourceLanguage} ones, which would be published as ${lang}; translate them, or delete the file (the ${lang} pages then show the ${site.sourceLanguage} text, saying so)`,
			});
	}
	const outdated = original !== undefined && value.source_hash !== original.hash;
	if (outdated) {
		problems.push({
			severity: 'warning',
			file: raw.file,
			...source.locate(['source_hash']),
			field: 'source_hash',
			message: `the ${site.sourceLanguage} text changed after this translation was made; bring the translation up to date, then run: npm run translate -- --stamp ${updateId} ${lang}`,
		});
	}
	return {
		translation: withoutUndefined({
			lang,
			title: value.title,
			summary: value.summary,
			body,
			file: raw.file,
			notes: value.notes,
			outdated,
		}),
		problems,
	};
}

/**
 * A service entry's own rules: a state unless it only cancels, a change announced ahead of time
 * not before the update is published, and a window that ends after it begins.
 */
function plannedTimeProblems(
	value: SourceUpdateInput,
	written: Record<string, unknown>,
	place: (path: PropertyKey[]) => FieldPlace,
	stateKeys: readonly string[],
): Problem[] {
	const problems: Problem[] = [];
	const writtenServices = isRecord(written['services']) ? written['services'] : {};
	for (const [serviceId, entry] of Object.entries(value.services)) {
		const writtenEntry = writtenServices[serviceId];
		const at = (field: string, message: string, allowed?: string[]) => {
			const { file, source, path } = place(['services', serviceId, field]);
			problems.push({
				severity: 'error',
				file,
				...source.locate(path),
				field: path.join('.'),
				message,
				...(isRecord(writtenEntry) && writtenEntry[field] !== undefined && { found: String(writtenEntry[field]) }),
				...(allowed && { allowed }),
			});
		};
		if (entry.state === undefined) {
			if (!entry.cancel)
				at('state', 'a service needs its new state (or cancel: true to cancel what an earlier update planned)', [
					...stateKeys,
				]);
			else if (entry.from || entry.until)
				at(
					entry.from ? 'from' : 'until',
					'a time needs a state to go with it; to move a planned change, write cancel: true with the new state and from',
				);
			continue;
		}
		if (entry.from && entry.from < value.published) {
			at(
				'from',
				`a planned change cannot begin before the update is published (${String(written['published'])}); leave out from for "now"`,
			);
		}
		if (entry.until && entry.until <= (entry.from ?? value.published)) {
			at(
				'until',
				entry.from
					? 'the end of a window must come after its from'
					: 'the end of a window must come after the update is published',
			);
		}
	}
	return problems;
}

/**
 * A state written under `services:` (the short form `mug: unavailable`, or `state:`) must be one
 * of the site's states. Checked on the file as written, as the ids are, so it is reported even
 * when another field of the file is wrong.
 */
function stateProblems(entry: unknown, states: StateSet, { file, source, path }: FieldPlace): Problem[] {
	const state = typeof entry === 'string' ? entry : isRecord(entry) ? entry['state'] : undefined;
	if (typeof state !== 'string' || states.has(state)) return [];
	const suggestion = closestMatch(state, states.keys);
	return [
		{
			severity: 'error',
			file,
			...source.locate(path),
			field: path.join('.'),
			message: 'this value is not allowed',
			found: state,
			allowed: states.keys,
			...(suggestion && { suggestion }),
		},
	];
}

/** A text of an update a writer fills in: its field, and where a place in it stands in the file. */
interface WrittenText {
	field: string;
	text: string | undefined;
	/** The file line and column of a place in the text. */
	locate: (place: PlaceInText) => { line: number; column: number };
	/** Plain text (YAML), where a `{contact}` would be published as written; in MDX it is an expression, refused as such. */
	plain: boolean;
}

/** The texts of an update file: title, summary, notes (frontmatter, at their place in the file) and body. */
function writtenTexts(
	frontmatter: { title: string; summary?: string | undefined; notes: Record<string, string | undefined> },
	notePath: (serviceId: string) => PropertyKey[],
	source: YamlSource,
	body: string,
	bodyLine: number,
): WrittenText[] {
	const inFrontmatter = (path: PropertyKey[], text: string | undefined): WrittenText => ({
		field: path.join('.'),
		text,
		locate: (place) => source.locateText(path, place.found),
		plain: true,
	});
	return [
		inFrontmatter(['title'], frontmatter.title),
		inFrontmatter(['summary'], frontmatter.summary),
		...Object.entries(frontmatter.notes).map(([serviceId, note]) => inFrontmatter(notePath(serviceId), note)),
		{
			field: 'body',
			text: body,
			locate: (place) => ({ line: bodyLine + place.line - 1, column: place.column }),
			plain: false,
		},
	];
}

/**
 * What is left to fill in, each time it stands in a text, at its line and column: a `[CAPITALS]`
 * placeholder, and in a plain text a contact's `{id}`, which only `npm run new` fills in and
 * which would otherwise be published as written. Errors once published, warnings in a draft.
 */
function unfinishedTextProblems(
	texts: readonly WrittenText[],
	file: string,
	draft: boolean,
	numbers: ContactNumbers,
): Problem[] {
	const severity = draft ? ('warning' as const) : ('error' as const);
	const seen = new Set<string>();
	const once = (field: string, where: { line: number; column: number }, found: string) => {
		const key = `${field} ${where.line}:${where.column} ${found}`;
		return !seen.has(key) && Boolean(seen.add(key));
	};
	return texts.flatMap(({ field, text, locate, plain }) => {
		if (text === undefined) return [];
		const placeholders = placeholderPlaces(text).flatMap((place) => {
			const where = locate(place);
			if (!once(field, where, place.found)) return [];
			return [
				{
					severity,
					file,
					...where,
					field,
					code: 'placeholder' as const,
					message: 'a placeholder is not filled in yet (replace it with the real text)',
					found: place.found,
				},
			];
		});
		const contacts = (plain ? contactPlaceholderPlaces(text, numbers) : []).flatMap((place) => {
			const where = locate(place);
			if (!once(field, where, place.found)) return [];
			const number = numbers[place.name];
			return [
				{
					severity,
					file,
					...where,
					field,
					code: 'contact-placeholder' as const,
					message: 'a number to call is written as its placeholder, which is published as it is',
					found: place.found,
					hint:
						number === undefined
							? `site.yaml has no ${place.name}; write the number itself`
							: `write the number itself: ${number}`,
				},
			];
		});
		return [...placeholders, ...contacts];
	});
}

/** A title or summary past its limit (text-limits.ts), in a source file or a translation alike. */
function lengthProblems(
	value: { title: string; summary?: string | undefined },
	file: string,
	locate: (path: readonly PropertyKey[]) => { line: number; column: number },
): Problem[] {
	const fits = { title: 'a phone screen and a notification', summary: 'a notification and a feed reader’s list' };
	return (['title', 'summary'] as const satisfies readonly LimitedText[]).flatMap((field) => {
		const length = lengthOverLimit(field, value[field]);
		if (length === undefined) return [];
		return [
			{
				severity: 'warning' as const,
				file,
				...locate([field]),
				field,
				code: field === 'title' ? ('long-title' as const) : ('long-summary' as const),
				message: `this ${field} has ${length} characters; keep it to ${TEXT_LIMITS[field]} so it fits ${fits[field]}`,
			},
		];
	});
}

/**
 * A time typed with an offset that is not the site's at that moment (`+01:00` on a summer day):
 * the instant is what was written, but pages show it an hour off what the writer meant.
 */
function offsetProblems(
	written: Record<string, unknown>,
	file: string,
	locate: (path: readonly PropertyKey[]) => { line: number; column: number },
	timeZone: string,
): Problem[] {
	const services = isRecord(written['services']) ? written['services'] : {};
	const typed: [PropertyKey[], unknown][] = [
		[['published'], written['published']],
		[['updated'], written['updated']],
		...Object.entries(services).flatMap(([id, entry]) =>
			isRecord(entry)
				? (['from', 'until'] as const).map((field): [PropertyKey[], unknown] => [['services', id, field], entry[field]])
				: [],
		),
		[['next_update'], written['next_update']],
	];
	return typed.flatMap(([path, text]) => {
		const elsewhere = typeof text === 'string' ? offsetElsewhere(text, timeZone) : undefined;
		if (!elsewhere) return [];
		return [
			{
				severity: 'warning' as const,
				file,
				...locate(path),
				field: path.join('.'),
				message: `${timeZone} is not at this offset at that moment, so pages show ${elsewhere.shownAs}; write the offset of that day if that is not the time you meant`,
				found: text as string,
			},
		];
	});
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
