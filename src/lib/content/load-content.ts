import path from 'node:path';
import { timelinessWarnings } from '../status/timeliness.ts';
import type { LanternContent } from './model.ts';
import { ContentError, errorsIn, type Problem } from './problems.ts';
import { readContentFolder } from './read-content-folder.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

/** The content folder: `LANTERN_CONTENT` when set (another organisation, a test fixture), else `./content`. */
export function contentFolder(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
	return path.resolve(cwd, env['LANTERN_CONTENT'] || 'content');
}

/** Every check `npm run check` and the build run: each file, the rules between files, and the clock. */
export async function checkContentFolder(folder: string, now: Date): Promise<ValidationResult> {
	const result = validateContent(await readContentFolder(folder));
	if (result.content) result.problems.push(...timelinessWarnings(result.content, now));
	return result;
}

/**
 * One load per build: the content check (an integration) and the pages run in one process
 * but in different module graphs, so the loaded content is shared through a global.
 * A writer's preview (`astro dev`) always reads afresh.
 */
const shared: Map<string, Promise<{ content: LanternContent; warnings: Problem[] }>> = ((globalThis as Record<symbol, unknown>)[
	Symbol.for('lantern.loadedContent')
] ??= new Map()) as never;

/** Reads and checks a content folder; throws a ContentError listing every error. */
export function loadContent(folder = contentFolder(), now = new Date()): Promise<{ content: LanternContent; warnings: Problem[] }> {
	const fresh = process.env['LANTERN_SHOW_DRAFTS'] === '1';
	const cached = fresh ? undefined : shared.get(folder);
	if (cached) return cached;
	const loading = checkContentFolder(folder, now).then(({ content, problems }) => {
		if (!content || errorsIn(problems).length) throw new ContentError(problems);
		return { content, warnings: problems };
	});
	if (!fresh) shared.set(folder, loading);
	// A failed load is not kept: the next attempt (a fixed file in dev) reads again.
	loading.catch(() => shared.delete(folder));
	return loading;
}

/**
 * The site URL can be set for one build (`SITE_URL`), to publish the same content on another
 * host; every absolute link (canonical, feeds, API, CAP, QR codes) then uses it.
 */
export function withSiteUrlFromEnv(content: LanternContent, env: Record<string, string | undefined> = process.env): LanternContent {
	const override = env['SITE_URL'];
	if (!override) return content;
	return { ...content, site: { ...content.site, siteUrl: override.endsWith('/') ? override : `${override}/` } };
}
