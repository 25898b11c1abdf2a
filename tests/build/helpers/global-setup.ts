import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, SMALL_FIXTURE, tempFolder } from './build-site.ts';

/** The small fixture, built once (after its promised next update) for every build test that only reads it. */
export default async function setup(project: TestProject) {
	const dist = path.join(await tempFolder('small'), 'dist');
	const result = buildSite(SMALL_FIXTURE, dist, { LANTERN_NOW: SMALL_FIXTURE_NOW });
	if (!result.ok) throw new Error(`The small fixture did not build:\n${result.output}`);
	project.provide('smallDist', dist);
}

export const SMALL_FIXTURE_NOW = '2026-03-05T12:00:00+01:00';

declare module 'vitest' {
	export interface ProvidedContext {
		smallDist: string;
	}
}
