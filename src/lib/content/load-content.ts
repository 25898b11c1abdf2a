import path from 'node:path';
import type { LanternContent } from './model.ts';
import { ContentError, errorsIn, type Problem } from './problems.ts';
import { readContentFolder } from './read-content-folder.ts';
import { validateContent } from './validate-content.ts';

/** The content folder: `LANTERN_CONTENT` when set (another organisation, a test fixture), else `./content`. */
export function contentFolder(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
	return path.resolve(cwd, env['LANTERN_CONTENT'] || 'content');
}

/** Reads and checks a content folder; throws a ContentError listing every error. */
export async function loadContent(folder = contentFolder()): Promise<{ content: LanternContent; warnings: Problem[] }> {
	const { content, problems } = validateContent(await readContentFolder(folder));
	if (!content || errorsIn(problems).length) throw new ContentError(problems);
	return { content, warnings: problems };
}
