import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentFolder } from '../../src/lib/content/content-folder.ts';
import { buildSite, PROJECT, tempFolder } from '../build/helpers/build-site.ts';

/** The repository's own content folder (`LANTERN_CONTENT` honoured), built once for the content tests. */
export default async function setup(project: TestProject) {
	const content = contentFolder(process.env, PROJECT);
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
