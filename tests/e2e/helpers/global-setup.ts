import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, DEMO_CONTENT, PROJECT } from '../../build/helpers/build-site.ts';

/** Builds the demo once for every browser test. */
export default async function setup(project: TestProject) {
	const dist = path.join(PROJECT, 'tests/.tmp/e2e-dist');
	await rm(dist, { recursive: true, force: true });
	await mkdir(path.dirname(dist), { recursive: true });
	const result = buildSite(DEMO_CONTENT, dist, { LANTERN_NOW: '2026-11-26T12:00:00+01:00' });
	if (!result.ok) throw new Error(`The demo did not build:\n${result.output}`);
	project.provide('demoDist', dist);
}

declare module 'vitest' {
	export interface ProvidedContext {
		demoDist: string;
	}
}
