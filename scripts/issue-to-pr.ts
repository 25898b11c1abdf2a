/**
 * `npm run issue-to-pr -- --form update|translation --issue N --body FILE --out DIR`: what the
 * issue workflow does with an issue made with a form. When the answers are clean it writes the
 * files into the content folder (LANTERN_CONTENT honoured), and DIR/pull-request-title.txt and
 * DIR/pull-request.md for the pull request; otherwise DIR/comment.md, one line per problem, and
 * nothing in the content folder. It prints `ok=true|false` (also to $GITHUB_OUTPUT).
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { filesFromIssue } from '../src/lib/authoring/from-issue.ts';
import { FORM_FILES, type FormName } from '../src/lib/authoring/issue-forms.ts';
import { problemsComment, reviewText } from '../src/lib/authoring/review-text.ts';
import { ownContentFolder } from '../src/lib/content/content-folder.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { buildClock } from '../src/lib/time.ts';
import { commandLine } from './lib/command-line.ts';

const { values, wrong } = commandLine({
	name: 'issue-to-pr',
	about:
		"what the issue workflow does with an issue made with a form: the content files and the pull request's text, or a comment with the problems.",
	flags: {
		form: { type: 'string', value: 'update|translation', required: true, about: 'the form the issue was made with' },
		issue: { type: 'string', value: 'N', required: true, about: "the issue's number" },
		body: { type: 'string', value: 'FILE', required: true, about: "the issue's body, as the git host renders it" },
		out: {
			type: 'string',
			value: 'DIR',
			required: true,
			about: "where the pull request's title and text (or the comment) go",
		},
	},
	notes: ['Writes into LANTERN_CONTENT (default content/); prints ok=true|false, also to $GITHUB_OUTPUT.'],
	examples: ['npm run issue-to-pr -- --form update --issue 7 --body issue.md --out /tmp/issue-7'],
});
const form = values.form as FormName;
const issue = Number(values.issue);
if (!(form in FORM_FILES))
	wrong(`--form ${form}: there is no such form (allowed: ${Object.keys(FORM_FILES).join(', ')})`);
if (!Number.isInteger(issue)) wrong(`--issue ${values.issue}: expected the issue's number`);
const own = ownContentFolder("writing an issue's files");
if ('refused' in own) {
	console.error(own.refused);
	process.exit(2);
}
const { folder } = own;
const out = path.resolve(values.out);
await mkdir(out, { recursive: true });
const raw = await readContentFolder(folder);
const { result, problems, language } = filesFromIssue(form, await readFile(values.body, 'utf8'), raw, buildClock());

if (result) {
	for (const file of result.files) {
		await mkdir(path.dirname(path.join(folder, file.path)), { recursive: true });
		await writeFile(path.join(folder, file.path), file.text);
	}
	const review = reviewText(result.content, result.updateId, result.lang, issue);
	await writeFile(path.join(out, 'pull-request-title.txt'), review.title);
	await writeFile(path.join(out, 'pull-request.md'), review.body);
} else {
	await writeFile(path.join(out, 'comment.md'), problemsComment(problems, language));
}
console.log(`ok=${Boolean(result)}`);
const output = process.env['GITHUB_OUTPUT'];
if (output) await appendFile(output, `ok=${Boolean(result)}\n`);
