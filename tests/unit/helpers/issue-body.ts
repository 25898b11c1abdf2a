import type { IssueForm } from '../../../src/lib/authoring/issue-forms.ts';

/**
 * An issue body as the git host renders a form once it is filled in: every field in the form's
 * order, `### Label`, a blank line and the answer, `_No response_` for a field left empty.
 * `answers` are by label, as an author sees the form; a label the form does not have is a
 * mistake in the test, and throws.
 */
export function renderIssue(form: IssueForm, answers: Record<string, string>): string {
	const labels = form.body.flatMap((field) => ('id' in field ? [field.attributes.label] : []));
	const unknown = Object.keys(answers).filter((label) => !labels.includes(label));
	if (unknown.length) throw new Error(`The form has no field ${unknown.join(', ')}`);
	return labels.map((label) => `### ${label}\n\n${answers[label] ?? '_No response_'}`).join('\n\n');
}
