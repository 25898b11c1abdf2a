/**
 * `npm run issue-to-pr -- --form update|translation --issue N --body FILE --out DIR`: what the
 * issue workflow does with an issue made with a form. When the answers are clean it writes the
 * files into the content folder (LANTERN_CONTENT honoured), and DIR/pull-request-title.txt and
 * DIR/pull-request.md for the pull request; otherwise DIR/comment.md, one line per problem, and
 * nothing in the content folder. It prints `ok=true|false` (also to $GITHUB_OUTPUT). When it
 * fails for a reason of its own (a crash), it still writes DIR/comment.md, saying so in the
 * form's language, and exits 1.
 *
 * `npm run issue-to-pr -- --after-failure --out DIR`: for the workflow's last step, which runs
 * whenever a step before it failed: writes DIR/comment.md unless the conversion wrote one, so
 * the author always hears back (a check or build that failed after a clean conversion).
 */
import { access, appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { filesFromIssue } from '../src/lib/authoring/from-issue.ts';
import { FORM_FILES, type FormName } from '../src/lib/authoring/issue-forms.ts';
import { failureComment, problemsComment, reviewText } from '../src/lib/authoring/review-text.ts';
import { ownContentFolder } from '../src/lib/content/content-folder.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { readSite } from '../src/lib/content/read-site.ts';
import { buildClock } from '../src/lib/time.ts';
import { commandLine } from './lib/command-line.ts';

const { values, wrong } = commandLine({
	name: 'issue-to-pr',
	about:
		"what the issue workflow does with an issue made with a form: the content files and the pull request's text, or a comment with the problems.",
	flags: {
		form: { type: 'string', value: 'update|translation', about: 'the form the issue was made with' },
		issue: { type: 'string', value: 'N', about: "the issue's number" },
		body: { type: 'string', value: 'FILE', about: "the issue's body, as the git host renders it" },
		out: {
			type: 'string',
			value: 'DIR',
			required: true,
			about: "where the pull request's title and text (or the comment) go",
		},
		'after-failure': {
			type: 'boolean',
			default: false,
			about: 'for the step after a failed one: write the comment unless the conversion wrote one',
		},
	},
	notes: ['Writes into LANTERN_CONTENT (default content/); prints ok=true|false, also to $GITHUB_OUTPUT.'],
	examples: [
		'npm run issue-to-pr -- --form update --issue 7 --body issue.md --out /tmp/issue-7',
		'npm run issue-to-pr -- --after-failure --out /tmp/issue-7',
	],
});
const form = values.form as FormName | undefined;
const issue = Number(values.issue);
const afterFailure = values['after-failure'];
if (!afterFailure) {
	if (!form) wrong('missing --form update|translation');
	else if (!(form in FORM_FILES))
		wrong(`--form ${form}: there is no such form (allowed: ${Object.keys(FORM_FILES).join(', ')})`);
	if (!Number.isInteger(issue)) wrong(`--issue ${values.issue ?? ''}: expected the issue's number`);
	if (!values.body) wrong('missing --body FILE');
}
const own = ownContentFolder("writing an issue's files");
// After a failure the author hears back even when there is no content folder to write into.
if ('refused' in own && !afterFailure) {
	console.error(own.refused);
	process.exit(2);
}
const folder = 'refused' in own ? undefined : own.folder;
const out = path.resolve(values.out);
const commentFile = path.join(out, 'comment.md');
await mkdir(out, { recursive: true });

if (afterFailure) {
	const written = await access(commentFile).then(
		() => true,
		() => false,
	);
	if (!written) await writeFile(commentFile, failureComment(await formLanguage(), runLog()));
	console.log(path.relative(process.cwd(), commentFile));
} else {
	try {
		await convert(form!, issue, values.body!);
	} catch (error) {
		// A fault of Lantern's own, not of the answers: the author still hears back, and the run fails.
		await writeFile(commentFile, failureComment(await formLanguage(), runLog()));
		await report(false);
		console.error(error);
		process.exit(1);
	}
}

async function convert(form: FormName, issue: number, bodyFile: string) {
	const raw = await readContentFolder(folder!);
	const { result, problems, language, formHeadings } = filesFromIssue(
		form,
		await readFile(bodyFile, 'utf8'),
		raw,
		buildClock(),
	);
	if (result) {
		for (const file of result.files) {
			await mkdir(path.dirname(path.join(folder!, file.path)), { recursive: true });
			await writeFile(path.join(folder!, file.path), file.text);
		}
		const review = reviewText(result.content, result.updateId, result.lang, issue, result.notices);
		await writeFile(path.join(out, 'pull-request-title.txt'), review.title);
		await writeFile(path.join(out, 'pull-request.md'), review.body);
	} else {
		await writeFile(commentFile, problemsComment(problems, language, formHeadings));
	}
	await report(Boolean(result));
}

async function report(ok: boolean) {
	console.log(`ok=${ok}`);
	const output = process.env['GITHUB_OUTPUT'];
	if (output) await appendFile(output, `ok=${ok}\n`);
}

/** The forms' language, site.yaml's source language (whatever else is wrong); English when even that cannot be read. */
async function formLanguage(): Promise<string> {
	try {
		if (!folder) return 'en';
		const { site } = await readContentFolder(folder);
		return (site && readSite(site).site?.sourceLanguage) ?? 'en';
	} catch {
		return 'en';
	}
}

/** The address of this run's log on the git host, from the variables its runner sets. */
function runLog(): string | undefined {
	const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = process.env;
	return server && repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined;
}
