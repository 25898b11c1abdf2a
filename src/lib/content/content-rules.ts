import { idSchema } from '../../schemas/common.ts';
import { closestMatch } from './did-you-mean.ts';
import type { Site, Update } from './model.ts';
import type { Problem } from './problems.ts';
import type { RawContent } from './raw-content.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * Rules that need more than one field's schema: ids that must exist elsewhere or be unique,
 * texts that must have the site's languages. Each returns the problems it finds.
 */

/** Where a field stands: the file, its parsed source and the path to the field. */
export interface FieldPlace {
	file: string;
	source: YamlSource;
	path: readonly PropertyKey[];
}

/** A per-language text must have the source language (when required) and only languages the site lists. */
export function localTextProblems(
	site: Site,
	text: Record<string, string>,
	{ file, source, path }: FieldPlace,
	required = true,
): Problem[] {
	const problems: Problem[] = [];
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
			problems.push({
				severity: 'error',
				file,
				...source.locate([...path, lang]),
				field: [...path, lang].join('.'),
				message: 'this language is not listed in site.yaml',
				found: lang,
				allowed: site.languages,
			});
		}
	}
	return problems;
}

/** An id that names nothing known, with the closest known id as a suggestion. */
export function unknownIdProblem(
	{ file, source, path }: FieldPlace,
	found: string,
	known: readonly string[],
	what: string,
): Problem {
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

/** A file or folder name that becomes a web address must be a valid id. */
export function idNameProblems(id: string, file: string, what: string): Problem[] {
	if (idSchema.safeParse(id).success) return [];
	return [
		{
			severity: 'error',
			file,
			field: '',
			message: `the ${what} must be lower-case letters, digits and dashes (it becomes a web address)`,
			found: id,
		},
	];
}

/** Every id used a second time in a list; `place` says where the id at an index stands. */
export function duplicateIdProblems(
	ids: readonly string[],
	place: (index: number) => Pick<Problem, 'file' | 'line' | 'column' | 'field'>,
	what: string,
): Problem[] {
	return ids.flatMap((id, index) =>
		ids.indexOf(id) === index
			? []
			: [{ severity: 'error' as const, ...place(index), message: `this ${what} id is used twice`, found: id }],
	);
}

/** Two updates of one incident at the same instant would have no clear order. */
export function sharedTimestampProblems(updates: readonly Update[]): Problem[] {
	const seen = new Map<string, Update>();
	const problems: Problem[] = [];
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
	return problems;
}

/**
 * A content file that must exist is missing, said with the folder it was looked for in (as the
 * writer sees it), or that the folder itself does not exist, for a LANTERN_CONTENT mistyped.
 */
export function missingFileProblem(name: string, folder?: RawContent['folder']): Problem {
	if (!folder)
		return { severity: 'error', file: name, field: '', message: `${name} is missing from the content folder` };
	if (!folder.exists)
		return {
			severity: 'error',
			file: folder.shown,
			field: '',
			message:
				'there is no such content folder; set LANTERN_CONTENT to the folder that holds site.yaml, or run npm run init to start one in content/',
		};
	return {
		severity: 'error',
		file: `${folder.shown}/${name}`,
		field: '',
		message: `${name} is missing from the content folder ${folder.shown}`,
	};
}
