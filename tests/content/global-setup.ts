import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chooseContentFolder } from '../../src/lib/content/content-folder.ts';
import { buildSite, PROJECT, tempFolder } from '../build/helpers/build-site.ts';

/**
 * The repository's own content folder, built once for the content tests: `LANTERN_CONTENT`, else
 * `content/`, else the demo (Lantern's own repository), by the rule every command follows.
 */
export default async function setup(project: TestProject) {
	const { folder: content } = chooseContentFolder(process.env, PROJECT);
	const dist = path.join(await tempFolder('content'), 'dist');
	const result = buildSite(content, dist);
	if (!result.ok) throw new Error(`${path.relative(PROJECT, content) || content} did not build:\n${result.output}`);
	project.provide('contentDist', dist);
}

declare module 'vitest' {
	export interface ProvidedContext {
		contentDist: string;
	}
}
