import { timelinessWarnings } from '../status/timeliness.ts';
import type { LanternContent } from './model.ts';
import { ContentError, errorsIn, type Problem } from './problems.ts';
import { readContentFolder } from './read-content-folder.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

/** Every check `npm run check` and the build run: each file, the rules between files, and the clock. */
export async function checkContentFolder(folder: string, now: Date): Promise<ValidationResult> {
	const result = validateContent(await readContentFolder(folder));
	if (result.content) result.problems.push(...timelinessWarnings(result.content, now));
	return result;
}

/** Reads and checks a content folder; throws a ContentError listing every error. */
export async function loadContent(
	folder: string,
	now: Date,
): Promise<{ content: LanternContent; warnings: Problem[] }> {
	const { content, problems } = await checkContentFolder(folder, now);
	if (!content || errorsIn(problems).length) throw new ContentError(problems);
	return { content, warnings: problems };
}
