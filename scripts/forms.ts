/**
 * `npm run forms`: writes the git host's issue forms (.github/ISSUE_TEMPLATE/update.yml and
 * translation.yml) from the content folder, so their lists name the incidents, services and
 * states it has. Run it after changing services.yaml, site.yaml or the incidents; a test fails
 * while the checked-in forms differ from what it writes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FORM_FILES, formFile, issueForms, type FormName } from '../src/lib/authoring/issue-forms.ts';
import { contentFolder } from '../src/lib/content/content-folder.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { commandLine } from './lib/command-line.ts';

commandLine({
	name: 'forms',
	about:
		"writes the git host's issue forms (.github/ISSUE_TEMPLATE/) from the content's incidents, services and states.",
	flags: {},
	notes: ['Run it after changing services.yaml, site.yaml or the incidents. Reads LANTERN_CONTENT (default content/).'],
	examples: ['npm run forms'],
});

const { content, problems } = validateContent(await readContentFolder(contentFolder()));
if (!content) {
	console.error(`${formatProblems(problems)}\n\nThe content has errors (above); fix them first.`);
	process.exit(1);
}
const forms = issueForms(content);
for (const [name, file] of Object.entries(FORM_FILES) as [FormName, string][]) {
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, formFile(forms[name]));
	console.log(`Wrote ${file}`);
}
