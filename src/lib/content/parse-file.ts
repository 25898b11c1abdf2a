import type { z } from 'astro/zod';
import { splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import type { RawFile } from './raw-content.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { problemsFromZod, type ZodProblemContext } from './zod-problems.ts';

/** What the messages about a file may draw on: see ZodProblemContext. */
export type ParseOptions = ZodProblemContext;

/** A file read against its schema: the value when it passed, the source for locating fields, and what was wrong. */
export interface ParsedYaml<Value> {
	value?: Value;
	/** Absent when the text is not YAML at all. */
	source?: YamlSource;
	problems: Problem[];
}

/** An MDX file read against its frontmatter schema. */
export interface ParsedMdx<Value> {
	problems: Problem[];
	/** Present when the frontmatter is YAML, so fields can be located and the body checked. */
	parts?: {
		source: YamlSource;
		/** Present when the frontmatter also passed the schema. */
		value?: Value;
		body: string;
		/** The file line on which the body starts, so body problems point into the file. */
		bodyLine: number;
	};
}

/** Reads a YAML file (or a frontmatter block `lineOffset` lines into its file) against a Zod schema. */
export function parseYamlFile<Schema extends z.ZodType>(
	raw: RawFile,
	schema: Schema,
	options: ParseOptions & { lineOffset?: number } = {},
): ParsedYaml<z.output<Schema>> {
	const source = parseYamlSource(raw.text, raw.file, options.lineOffset ?? 0);
	if (source.problems.length) return { problems: source.problems };
	const result = schema.safeParse(source.data ?? {});
	if (!result.success) {
		return { source, problems: problemsFromZod(result.error, schema, source, raw.file, options) };
	}
	return { value: result.data as z.output<Schema>, source, problems: [] };
}

/** Reads an MDX file: its frontmatter against a Zod schema, and its body as text. */
export function parseMdxFile<Schema extends z.ZodType>(
	raw: RawFile,
	schema: Schema,
	options: ParseOptions = {},
): ParsedMdx<z.output<Schema>> {
	const split = splitFrontmatter(raw.text);
	if (!split) {
		const message = 'the file must start with a frontmatter block between two --- lines';
		return { problems: [{ severity: 'error', file: raw.file, line: 1, column: 1, field: '', message }] };
	}
	const { source, value, problems } = parseYamlFile({ file: raw.file, text: split.frontmatter }, schema, {
		...options,
		lineOffset: split.frontmatterLine - 1,
	});
	if (!source) return { problems };
	return {
		problems,
		parts: { source, ...(value !== undefined && { value }), body: split.body, bodyLine: split.bodyLine },
	};
}
