/**
 * `npm run issue-to-pr -- --form update|translation --issue N --body FILE --out DIR`: what the
 * issue workflow does with an issue made with a form. When the answers are clean it writes the
 * files into the content folder (LANTERN_CONTENT honoured), and DIR/pull-request-title.txt and
 * DIR/pull-request.md for the pull request; otherwise DIR/comment.md, one line per problem, and
 * nothing in the content folder. It prints `ok=true|false` (also to $GITHUB_OUTPUT).
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { filesFromIssue } from '../src/lib/authoring/from-issue.ts';
import { FORM_FILES, type FormName } from '../src/lib/authoring/issue-forms.ts';
import { problemsComment, reviewText } from '../src/lib/authoring/review-text.ts';
import { contentFolder } from '../src/lib/content/load-content.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { buildClock } from '../src/lib/time.ts';

const { values } = parseArgs({
	options: { form: { type: 'string' }, issue: { type: 'string' }, body: { type: 'string' }, out: { type: 'string' } },
});
const form = values.form as FormName | undefined;
const issue = Number(values.issue);
if (!form || !(form in FORM_FILES) || !Number.isInteger(issue) || !values.body || !values.out) {
	console.error('Usage: npm run issue-to-pr -- --form update|translation --issue N --body FILE --out DIR');
	process.exit(2);
}
const folder = contentFolder();
const out = path.resolve(values.out);
await mkdir(out, { recursive: true });
const raw = await readContentFolder(folder);
const { result, problems, words } = filesFromIssue(form, await readFile(values.body, 'utf8'), raw, buildClock());

if (result) {
	for (const file of result.files) {
		await mkdir(path.dirname(path.join(folder, file.path)), { recursive: true });
		await writeFile(path.join(folder, file.path), file.text);
	}
	const review = reviewText(result.content, result.updateId, result.lang, issue);
	await writeFile(path.join(out, 'pull-request-title.txt'), review.title);
	await writeFile(path.join(out, 'pull-request.md'), review.body);
} else {
	await writeFile(path.join(out, 'comment.md'), problemsComment(problems, words));
}
console.log(`ok=${Boolean(result)}`);
const output = process.env['GITHUB_OUTPUT'];
if (output) await appendFile(output, `ok=${Boolean(result)}\n`);
