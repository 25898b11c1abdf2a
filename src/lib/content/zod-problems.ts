import { z } from 'astro/zod';
import { languageCodeSchema } from '../../schemas/common.ts';
import { closestMatch } from './did-you-mean.ts';
import type { Problem } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';

/** Extra wording for a field that is not allowed where it stands (such as states in a translation). */
export type UnknownFieldExplainer = (field: string) => string | undefined;

/** What the wording of a file's problems may draw on besides its schema. */
export interface ZodProblemContext {
	/** Extra wording for a field that is not allowed where it stands (such as states in a translation). */
	explainUnknownField?: UnknownFieldExplainer;
	/**
	 * The site's languages, named when a text is given in something that is not one of them; for
	 * site.yaml, which lists them itself, read from the file's data.
	 */
	languages?: readonly string[] | ((data: unknown) => readonly string[] | undefined);
}

/** Turns a Zod validation failure into one plain-language problem per issue, with line numbers. */
export function problemsFromZod(
	error: z.ZodError,
	schema: z.ZodType,
	source: YamlSource,
	file: string,
	{ explainUnknownField = () => undefined, languages: siteLanguages }: ZodProblemContext = {},
): Problem[] {
	const languages = typeof siteLanguages === 'function' ? siteLanguages(source.data) : siteLanguages;
	return error.issues.flatMap((issue): Problem[] => {
		const at = (path: readonly PropertyKey[]) => ({ severity: 'error' as const, file, ...source.locate(path) });
		const atKey = (path: readonly PropertyKey[]) => ({ severity: 'error' as const, file, ...source.locateKey(path) });
		const field = issue.path.map(String).join('.');
		const found = valueAt(source.data, issue.path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const allowed = fieldNamesAt(schema, issue.path);
				return issue.keys.map((key) => {
					const suggestion = closestMatch(key, allowed);
					return {
						...atKey([...issue.path, key]),
						field: [...issue.path, key].join('.'),
						message: explainUnknownField(key) ?? 'this field is not known here',
						allowed,
						...(suggestion ? { suggestion } : {}),
					};
				});
			}
			case 'invalid_value': {
				const allowed = issue.values.map(String);
				if (found === undefined) return [{ ...at(issue.path), field, message: 'this field is required', allowed }];
				const suggestion = typeof found === 'string' ? closestMatch(found, allowed) : undefined;
				return [
					{
						...at(issue.path),
						field,
						message: 'this value is not allowed',
						found: describe(found),
						allowed,
						...(suggestion ? { suggestion } : {}),
					},
				];
			}
			case 'invalid_type':
				return [
					found === undefined
						? { ...at(issue.path), field, message: `this field is required (${expectedName(issue.expected)})` }
						: {
								...at(issue.path),
								field,
								message:
									issue.expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')
										? 'expected text; put the value in double quotes so YAML keeps it as written'
										: `expected ${expectedName(issue.expected)}`,
								found: describe(found),
							},
				];
			case 'invalid_key': {
				const key = String(issue.path.at(-1));
				const record = schemaAt(schema, issue.path.slice(0, -1));
				if (!(record instanceof z.ZodRecord) || record.keyType !== languageCodeSchema) break;
				return [{ ...atKey(issue.path), field, ...notALanguage(key, languages) }];
			}
			case 'too_small':
				return [{ ...at(issue.path), field, message: tooSmallMessage(issue.origin, issue.minimum) }];
			case 'custom': {
				// A rule of our own that says what it found and what is allowed (the gaps of a sentence, say).
				const params = issue.params as { found?: string; allowed?: string[] } | undefined;
				if (params?.found === undefined) break;
				const suggestion = params.allowed && closestMatch(params.found, params.allowed);
				return [
					{
						...at(issue.path),
						field,
						message: issue.message,
						found: params.found,
						...(params.allowed && { allowed: params.allowed }),
						...(suggestion ? { suggestion } : {}),
					},
				];
			}
			case 'invalid_union': {
				// A list of kinds told apart by one field (`type: mastodon`): name the kinds there are.
				const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : undefined;
				if (!options) break;
				const suggestion = typeof found === 'string' ? closestMatch(found, options) : undefined;
				return [
					{
						...at(issue.path),
						field,
						message: found === undefined ? 'this field is required' : 'this kind is not known',
						...(found === undefined ? {} : { found: describe(found) }),
						allowed: options,
						...(suggestion ? { suggestion } : {}),
					},
				];
			}
		}
		return [
			{
				...at(issue.path),
				field,
				message: `expected ${issue.message}`,
				...(found === undefined ? {} : { found: describe(found) }),
			},
		];
	});
}

/**
 * A text per language keyed by something that is not a language code. Mostly a YAML slip: in
 * `{ en: Call 999, or NHS 111. }` the comma starts a second entry, keyed "or NHS 111.".
 */
function notALanguage(
	key: string,
	languages: readonly string[] | undefined,
): Omit<Problem, 'severity' | 'file' | 'field'> {
	const allowed = languages?.length ? { allowed: languages } : {};
	if (/\s/.test(key)) {
		return {
			message: `${JSON.stringify(key)} is not a language of this site`,
			...allowed,
			hint: 'a comma inside { ... } starts a new entry: put the text on its own line',
		};
	}
	const suggestion = languages && closestMatch(key, languages);
	return {
		message: `${JSON.stringify(key)} is not a language ${languages?.length ? 'of this site' : 'code such as en'}`,
		...allowed,
		...(suggestion ? { suggestion } : {}),
	};
}

/** The value at `path`; a plain value met on the way is the answer (`mug: reduce` for `mug.state`). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || value === undefined) return undefined;
		if (typeof value !== 'object') return value;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function describe(value: unknown): string {
	if (typeof value === 'string') return value;
	return JSON.stringify(value) ?? String(value);
}

function expectedName(expected: string): string {
	const names: Record<string, string> = {
		string: 'text',
		number: 'a number',
		int: 'a whole number',
		boolean: 'true or false',
		object: 'a list of fields (name: value)',
		array: 'a list (- item)',
		date: 'a date and time with an offset',
	};
	return names[expected] ?? expected;
}

function tooSmallMessage(origin: string, minimum: number | bigint): string {
	if (origin === 'string') return 'this text is empty';
	if (origin === 'array') return `this list needs at least ${minimum} ${minimum === 1 ? 'item' : 'items'}`;
	return `this is below the minimum of ${minimum}`;
}

/** The field names an object schema accepts at `path`. */
function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	const found = schemaAt(schema, path);
	return found instanceof z.ZodObject ? Object.keys(found.shape) : [];
}

/**
 * The object or record schema that reads the value at `path`, looking through optional,
 * default, preprocess, arrays and records, with Zod's public schema classes (no internals), so a
 * Zod upgrade that changes them fails to compile or fails the unit tests of these messages.
 */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodObject | z.ZodRecord | undefined {
	let current: unknown = schema;
	const remaining = [...path];
	for (;;) {
		if (
			current instanceof z.ZodOptional ||
			current instanceof z.ZodDefault ||
			current instanceof z.ZodNullable ||
			current instanceof z.ZodPrefault
		) {
			current = current.unwrap();
		} else if (current instanceof z.ZodPipe) {
			// A preprocess is a transform piped into the schema it feeds; a transform after a schema is the other way round.
			current = current.out instanceof z.ZodTransform ? current.in : current.out;
		} else if (current instanceof z.ZodObject) {
			if (remaining.length === 0) return current;
			current = current.shape[String(remaining.shift())];
		} else if (current instanceof z.ZodRecord) {
			if (remaining.length === 0) return current;
			remaining.shift();
			current = current.valueType;
		} else if (current instanceof z.ZodArray) {
			remaining.shift();
			current = current.element;
		} else {
			return undefined;
		}
	}
}
