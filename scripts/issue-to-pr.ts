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
import { parseArgs } from 'node:util';
import { filesFromIssue } from '../src/lib/authoring/from-issue.ts';
import { FORM_FILES, type FormName } from '../src/lib/authoring/issue-forms.ts';
import { failureComment, problemsComment, reviewText } from '../src/lib/authoring/review-text.ts';
import { contentFolder } from '../src/lib/content/load-content.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { readSite } from '../src/lib/content/read-site.ts';
import { buildClock } from '../src/lib/time.ts';

const { values } = parseArgs({
	options: {
		form: { type: 'string' },
		issue: { type: 'string' },
		body: { type: 'string' },
		out: { type: 'string' },
		'after-failure': { type: 'boolean', default: false },
	},
});
const form = values.form as FormName | undefined;
const issue = Number(values.issue);
const afterFailure = values['after-failure'];
if (!values.out || (!afterFailure && (!form || !(form in FORM_FILES) || !Number.isInteger(issue) || !values.body))) {
	console.error(
		'Usage: npm run issue-to-pr -- --form update|translation --issue N --body FILE --out DIR\n' +
			'       npm run issue-to-pr -- --after-failure --out DIR',
	);
	process.exit(2);
}
const folder = contentFolder();
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
	const raw = await readContentFolder(folder);
	const { result, problems, language, formHeadings } = filesFromIssue(
		form,
		await readFile(bodyFile, 'utf8'),
		raw,
		buildClock(),
	);
	if (result) {
		for (const file of result.files) {
			await mkdir(path.dirname(path.join(folder, file.path)), { recursive: true });
			await writeFile(path.join(folder, file.path), file.text);
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
