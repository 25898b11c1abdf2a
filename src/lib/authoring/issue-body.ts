import { closestMatch } from '../content/did-you-mean.ts';
import type { IssueForm } from './issue-forms.ts';

/**
 * Reads an issue made with a form as the git host renders its body: for every field of the form,
 * `### Label`, a blank line and the answer (`_No response_` when empty, `None` for a list left
 * unchosen), in the form's order. An edited issue can lose a heading, rename it, repeat it or gain
 * one; a general issue-form parser then glues an answer onto its neighbour or lets the last copy
 * win, and the update changes without a word. This reader checks the shape first: every heading
 * of the form exactly once, no heading the form does not have, nothing above the first heading.
 *
 * The last field (the update's text) is Markdown and may have `###` headings of its own: below
 * its heading, only a line that is one of the form's headings starts another field.
 */

/** Something wrong with the issue's headings, named by the heading. */
export type HeadingProblem =
	| { kind: 'missing'; heading: string }
	| { kind: 'unknown'; heading: string; suggestion?: string }
	| { kind: 'repeated'; heading: string; count: number }
	| { kind: 'text-before' };

export interface IssueBody {
	/** Each field's answer by field id; an empty answer is absent. */
	answers: Map<string, string>;
	problems: HeadingProblem[];
}

/** What the git host writes for a field left empty, and for a list with nothing chosen. */
const NO_RESPONSE = '_No response_';
const NOTHING_CHOSEN = 'None';

const HEADING = /^### +(.*?)\s*$/;

/** Headings compare as the git host writes them, whatever spaces an editor added. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export function readIssueBody(body: string, form: IssueForm): IssueBody {
	const fields = form.body.flatMap((field) => ('id' in field ? [field] : []));
	const idOfLabel = new Map(fields.map((field) => [normalise(field.attributes.label), field.id]));
	const lastId = fields.at(-1)?.id;

	const sections: { heading: string; id?: string; lines: string[] }[] = [];
	const before: string[] = [];
	for (const line of body
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n')) {
		const current = sections.at(-1);
		const heading = HEADING.exec(line)?.[1];
		const id = heading === undefined ? undefined : idOfLabel.get(normalise(heading));
		// Inside the Markdown text, a heading the form does not have is the text's own.
		const startsSection = heading !== undefined && (id !== undefined || !current || current.id !== lastId);
		if (startsSection) sections.push({ heading: normalise(heading), ...(id !== undefined && { id }), lines: [] });
		else (current?.lines ?? before).push(line);
	}

	const problems: HeadingProblem[] = [];
	if (before.some((line) => line.trim())) problems.push({ kind: 'text-before' });
	const labels = fields.map((field) => normalise(field.attributes.label));
	for (const section of sections) {
		if (section.id !== undefined) continue;
		const suggestion = closestMatch(section.heading, labels);
		problems.push({ kind: 'unknown', heading: section.heading, ...(suggestion && { suggestion }) });
	}
	const answers = new Map<string, string>();
	for (const field of fields) {
		const copies = sections.filter((section) => section.id === field.id);
		const heading = normalise(field.attributes.label);
		if (copies.length === 0) problems.push({ kind: 'missing', heading });
		else if (copies.length > 1) problems.push({ kind: 'repeated', heading, count: copies.length });
		const answer = copies[0]?.lines.join('\n').trim();
		const empty = !answer || answer === NO_RESPONSE || (field.type === 'dropdown' && answer === NOTHING_CHOSEN);
		if (!empty) answers.set(field.id, answer);
	}
	return { answers, problems };
}
