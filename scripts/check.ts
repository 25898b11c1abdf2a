/**
 * `npm run check`: checks all content without building, prints every problem at once as
 * `file:line:column  field  message (allowed: ...)`, and exits 1 when there is an error.
 * Warnings (a promised update overdue, a translation out of date, no summary, a long title)
 * are printed too but do not fail. `--require-content` also fails when the repository has no
 * content of its own (the deploy uses it, so a copy of Lantern never publishes the demo).
 */
import { environmentSettings } from '../src/data/site-settings.ts';
import { contentFolder, ownContentFolder } from '../src/lib/content/content-folder.ts';
import { checkContentFolder } from '../src/lib/content/load-content.ts';
import { errorsIn, formatProblem } from '../src/lib/content/problems.ts';
import { buildClock } from '../src/lib/time.ts';
import { commandLine } from './lib/command-line.ts';

const { values } = commandLine({
	name: 'check',
	about: 'checks every content file without building, and lists every problem at once.',
	flags: {
		'require-content': {
			type: 'boolean',
			about: 'fail when there is no content/ and LANTERN_CONTENT names no folder, rather than check the demo',
		},
	},
	notes: [
		'Exits 1 when there is an error; warnings are printed but do not fail.',
		'Reads LANTERN_CONTENT (the content folder; default content/, else the demo) and LANTERN_NOW, and refuses',
		'what the build would refuse in LANTERN_EXERCISE and SITE_URL.',
	],
	examples: ['npm run check', 'LANTERN_CONTENT=examples/demo npm run check -- --require-content'],
});

let folder: string;
if (values['require-content']) {
	const own = ownContentFolder('publishing');
	if ('refused' in own) {
		console.error(own.refused);
		process.exit(1);
	}
	folder = own.folder;
} else folder = contentFolder();

// What the build reads from the environment is refused here as the build refuses it, so content
// that checks also builds: a drill published as real because of a typo would be the worst mistake.
const settingsProblems: string[] = [];
function fromEnvironment<Value>(read: () => Value): Value | undefined {
	try {
		return read();
	} catch (error) {
		settingsProblems.push(error instanceof Error ? error.message : String(error));
		return undefined;
	}
}
const now = fromEnvironment(() => buildClock()) ?? new Date();
fromEnvironment(() => environmentSettings(process.env));

const { content, problems } = await checkContentFolder(folder, now);
for (const line of settingsProblems) console.log(line);
for (const problem of problems) console.log(formatProblem(problem));
const warnings = problems.length - errorsIn(problems).length;
const errors = errorsIn(problems).length + settingsProblems.length;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
if (errors) {
	console.log(
		`\n${plural(errors, 'error')} and ${plural(warnings, 'warning')}: fix the errors above; nothing can be published until then.`,
	);
	process.exit(1);
}
console.log(
	`${warnings ? '\n' : ''}Content OK: ${plural(content?.updates.length ?? 0, 'update')}, ${plural(content?.services.length ?? 0, 'service')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}.`,
);
