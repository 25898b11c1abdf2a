/**
 * The kinds of problem a writer meets in an update's own text, named so that a form can say
 * them in its own language (the words files, authoring.form.problems.content); the message
 * stays the English one for `npm run check` and the build.
 */
export const PROBLEM_CODES = [
	'mdx-unreadable',
	'mdx-import',
	'mdx-expression',
	'mdx-html',
	'mdx-component',
	'unsafe-link',
	'long-title',
	'long-summary',
	'placeholder',
	'contact-placeholder',
	'not-translated',
	'no-such-note',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Something wrong (an error stops the build) or doubtful (a warning does not) in the content. */
export interface Problem {
	/** The kind of problem, where a form must say it in the writer's language. */
	code?: ProblemCode;
	severity: 'error' | 'warning';
	/** The file, as a path the writer can open (relative to the working folder). */
	file: string;
	/** 1-based line and column in the file, where known. */
	line?: number;
	column?: number;
	/** The field, as a dotted path such as `services.mug.state`; empty for the whole file. */
	field: string;
	/** What is wrong, in plain words. */
	message: string;
	/** What the file says, when that helps. */
	found?: string;
	/** What the field accepts. */
	allowed?: readonly string[];
	/** A near match for what was found ("did you mean"). */
	suggestion?: string;
	/** How to put it right, when the message alone does not say (after what is allowed). */
	hint?: string;
}

/** One line per problem: `file:line:column  field  message: found "x" (allowed: a, b); hint. Did you mean "y"?` */
export function formatProblem(problem: Problem): string {
	const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(':');
	let text = `${where}  ${problem.field || '(file)'}  ${problem.message}`;
	if (problem.found !== undefined) text += `: found ${JSON.stringify(problem.found)}`;
	if (problem.allowed?.length) text += ` (allowed: ${problem.allowed.join(', ')})`;
	if (problem.hint !== undefined) text += `; ${problem.hint}`;
	if (problem.suggestion !== undefined) text += `. Did you mean ${JSON.stringify(problem.suggestion)}?`;
	return problem.severity === 'warning' ? `warning: ${text}` : text;
}

export function formatProblems(problems: readonly Problem[]): string {
	return problems.map(formatProblem).join('\n');
}

/**
 * Warnings for a build's log: the first `shown` in full, then how many more there are and
 * where to see them, so that months of out-of-date translations do not bury the build's output.
 */
export function warningSummary(warnings: readonly Problem[], shown = 10): string[] {
	const lines = warnings.slice(0, shown).map(formatProblem);
	const more = warnings.length - lines.length;
	if (more > 0) lines.push(`… and ${more} more ${more === 1 ? 'warning' : 'warnings'}: npm run check lists them all`);
	return lines;
}

export function errorsIn(problems: readonly Problem[]): Problem[] {
	return problems.filter((problem) => problem.severity === 'error');
}

/** Thrown when content has errors: its message lists every one, so a writer can fix them all at once. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[]) {
		const errors = errorsIn(problems);
		super(
			`The content has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}; nothing was published.\n` +
				formatProblems(errors),
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
