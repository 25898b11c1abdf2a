/**
 * `npm run check`: checks all content without building, prints every problem at once as
 * `file:line:column  field  message (allowed: ...)`, and exits 1 when there is an error.
 * Warnings (a promised update overdue, a translation out of date, no summary, a long title)
 * are printed too but do not fail.
 */
import { checkContentFolder, contentFolder } from '../src/lib/content/load-content.ts';
import { errorsIn, formatProblem } from '../src/lib/content/problems.ts';
import { buildClock } from '../src/lib/time.ts';

const folder = contentFolder();
const { content, problems } = await checkContentFolder(folder, buildClock());
for (const problem of problems) console.log(formatProblem(problem));
const errors = errorsIn(problems).length;
const warnings = problems.length - errors;
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
