/**
 * `npm run ready`: the readiness check for the day before. One line per item (ok, missing,
 * warning) with what to do: the site address and a second host, the numbers to call, the key
 * services, the holding statements in every language with no number typed in, the issue forms,
 * every announce channel with its secret set (never shown) and given to the deploy, and the
 * repository variables the workflows read. `--online` also checks that every host serves the
 * build in dist/ and tries each channel's login without posting. Exits 1 when something a crisis
 * needs is missing.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { channelSecrets } from '../src/lib/announce/channels.ts';
import { FORM_FILES } from '../src/lib/authoring/issue-forms.ts';
import { templateNames } from '../src/lib/authoring/templates.ts';
import { contentFolder } from '../src/lib/content/content-folder.ts';
import { checkContentFolder } from '../src/lib/content/load-content.ts';
import { errorsIn, formatProblem } from '../src/lib/content/problems.ts';
import { MANIFEST_FILE, type IntegrityManifest } from '../src/lib/hosting/integrity.ts';
import type { WorkflowFile } from '../src/lib/readiness/announce-checks.ts';
import { formatFindings, isReady, readinessSummary } from '../src/lib/readiness/findings.ts';
import { readinessFindings } from '../src/lib/readiness/readiness.ts';
import type { TemplateFile } from '../src/lib/readiness/template-checks.ts';
import { buildClock } from '../src/lib/time.ts';
import { commandLine, TIMEOUT_FLAG, timeoutMs } from './lib/command-line.ts';
import { protectOutput } from './lib/protect-output.ts';
import { channelFindings, copyFindings } from './lib/readiness/online.ts';

const { values, wrong } = commandLine({
	name: 'ready',
	about: 'checks, the day before, that what a crisis needs is set up; prints one line per item with what to do.',
	flags: {
		online: {
			type: 'boolean',
			default: false,
			about: "also check that every host serves the build in dist/, and try each channel's login without posting",
		},
		timeout: { ...TIMEOUT_FLAG, about: 'how long to wait for a server, with --online' },
	},
	notes: [
		'Exits 1 when something a crisis needs is missing, 0 otherwise (warnings are to check by hand).',
		'Reads LANTERN_CONTENT, the secrets the announce channels name (never printed), .github/ and dist/.',
	],
	examples: ['npm run ready', 'npm run ready -- --online'],
});
const timeout = timeoutMs(values.timeout, wrong);

const folder = contentFolder();
const { content, problems } = await checkContentFolder(folder, buildClock());
if (!content) {
	for (const problem of errorsIn(problems)) console.error(formatProblem(problem));
	console.error('\nThe content has errors (above): npm run check lists them; fix them first.');
	process.exit(1);
}
const redact = protectOutput(content.site.announce ? channelSecrets(content.site.announce, process.env) : []);

const findings = readinessFindings({
	content,
	templates: await templateFiles(folder, content.site.languages),
	forms: Object.fromEntries(
		await Promise.all(Object.values(FORM_FILES).map(async (file) => [file, await textOf(file)])),
	),
	env: process.env,
	workflows: await workflowFiles(),
});
if (values.online) {
	const manifest = await textOf(path.join(process.env['LANTERN_DIST'] || 'dist', MANIFEST_FILE));
	findings.push(...(await copyFindings(content, manifest ? (JSON.parse(manifest) as IntegrityManifest) : undefined)));
	findings.push(
		...(await channelFindings(content.site.announce?.channels ?? [], {
			env: process.env,
			timeoutMs: timeout,
			redact,
		})),
	);
}
console.log(`${formatFindings(findings)}\n\n${readinessSummary(findings)}`);
process.exit(isReady(findings) ? 0 : 1);

async function textOf(file: string): Promise<string | undefined> {
	return existsSync(file) ? readFile(file, 'utf8') : undefined;
}

/** Every template file, as shown relative to here. */
async function templateFiles(folder: string, languages: readonly string[]): Promise<TemplateFile[]> {
	const files: TemplateFile[] = [];
	for (const name of await templateNames(folder))
		for (const lang of languages) {
			const file = path.join(folder, 'templates', name, `${lang}.mdx`);
			const text = await textOf(file);
			if (text !== undefined) files.push({ name, lang, file: path.relative(process.cwd(), file), text });
		}
	return files;
}

async function workflowFiles(): Promise<WorkflowFile[]> {
	const folder = '.github/workflows';
	if (!existsSync(folder)) return [];
	const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
	return Promise.all(
		names.map(async (name) => ({ file: `${folder}/${name}`, text: await readFile(path.join(folder, name), 'utf8') })),
	);
}
