/**
 * `npm run from-issue -- --form update|translation --body FILE`: turns an issue made with one of
 * the issue forms (its body, as the git host renders it) into content files, writes them into
 * the content folder (LANTERN_CONTENT honoured) and prints their paths. When the issue has
 * problems it prints one line per problem, naming the form field (and the form's headings when the
 * issue's are not the form's), writes nothing and exits 1.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { filesFromIssue } from '../src/lib/authoring/from-issue.ts';
import { FORM_FILES, type FormName } from '../src/lib/authoring/issue-forms.ts';
import { ownContentFolder } from '../src/lib/content/content-folder.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { ui } from '../src/lib/i18n/ui.ts';
import { buildClock } from '../src/lib/time.ts';
import { commandLine } from './lib/command-line.ts';

const { values, wrong } = commandLine({
	name: 'from-issue',
	about: 'turns an issue made with an issue form into content files, or lists its problems by form field.',
	flags: {
		form: { type: 'string', value: 'update|translation', required: true, about: 'the form the issue was made with' },
		body: { type: 'string', value: 'FILE', required: true, about: "the issue's body, as the git host renders it" },
	},
	notes: ['Writes into LANTERN_CONTENT (default content/); exits 1 when the issue has problems, writing nothing.'],
	examples: ['npm run from-issue -- --form update --body issue.md'],
});
const form = values.form as FormName;
if (!(form in FORM_FILES))
	wrong(`--form ${form}: there is no such form (allowed: ${Object.keys(FORM_FILES).join(', ')})`);
const own = ownContentFolder("writing an issue's files");
if ('refused' in own) {
	console.error(own.refused);
	process.exit(2);
}
const { folder } = own;
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
