/**
 * `npm run from-issue -- --form update|translation --body FILE`: turns an issue made with one of
 * the issue forms (its body, as the git host renders it) into content files, writes them into
 * the content folder (LANTERN_CONTENT honoured) and prints their paths. When the issue has
 * problems it prints one line per problem, naming the form field (and the form's headings when the
 * issue's are not the form's), writes nothing and exits 1.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { filesFromIssue } from '../src/lib/authoring/from-issue.ts';
import { FORM_FILES, type FormName } from '../src/lib/authoring/issue-forms.ts';
import { contentFolder } from '../src/lib/content/load-content.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { ui } from '../src/lib/i18n/ui.ts';
import { buildClock } from '../src/lib/time.ts';

const { values } = parseArgs({ options: { form: { type: 'string' }, body: { type: 'string' } } });
const form = values.form as FormName | undefined;
if (!form || !(form in FORM_FILES) || !values.body) {
	console.error('Usage: npm run from-issue -- --form update|translation --body FILE');
	process.exit(2);
}
const folder = contentFolder();
const body = await readFile(values.body, 'utf8');
const { result, problems, language, formHeadings } = filesFromIssue(
	form,
	body,
	await readContentFolder(folder),
	buildClock(),
);
if (!result) {
	for (const problem of problems) console.log(`${problem.field}: ${problem.message}`);
	// The issue's headings are not the form's: the form's own, in order, to put back.
	if (formHeadings)
		console.log(
			`\n${ui(language).authoring.form.review.headings}\n${formHeadings.map((heading) => `### ${heading}`).join('\n')}`,
		);
	process.exit(1);
}
for (const notice of result.notices) console.log(notice);
for (const file of result.files) {
	const target = path.join(folder, file.path);
	await mkdir(path.dirname(target), { recursive: true });
	await writeFile(target, file.text);
	console.log(path.relative(process.cwd(), target));
}
