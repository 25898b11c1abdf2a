import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { generateContent } from '../../../scripts/lib/generate-content.ts';
import {
	buildSite,
	DEMO_CONTENT,
	GERMAN_FIXTURE,
	GERMAN_FIXTURE_NOW,
	PROJECT,
} from '../../build/helpers/build-site.ts';

/**
 * Builds the demo (five weeks on, on the second morning of the attack, with an update
 * promised for 17:00, that morning again as a drill (`LANTERN_EXERCISE=1`), and on the evening
 * before the announced records-system window), a large synthetic site (300 updates in three
 * languages), and a small site in German and French (the demo has no German; German words are
 * long), once for every browser test.
 */
export default async function setup(project: TestProject) {
	const root = path.join(PROJECT, 'tests/.tmp');
	await rm(root, { recursive: true, force: true });
	await mkdir(root, { recursive: true });
	const large = path.join(root, 'large-content');
	for (const [file, text] of generateContent({ updates: 300, services: 20, languages: ['nl', 'en', 'fr'] })) {
		await mkdir(path.dirname(path.join(large, file)), { recursive: true });
		await writeFile(path.join(large, file), text);
	}
	for (const [name, content, now, env] of [
		['demoDist', DEMO_CONTENT, '2026-11-26T12:00:00+01:00', {}],
		['demoDuringDist', DEMO_CONTENT, '2026-01-14T12:00:00+01:00', {}],
		['demoExerciseDist', DEMO_CONTENT, '2026-01-14T12:00:00+01:00', { LANTERN_EXERCISE: '1' }],
		['demoPlannedDist', DEMO_CONTENT, '2026-01-31T22:00:00+01:00', {}],
		['largeDist', large, '2026-11-26T12:00:00+01:00', {}],
		['germanDist', GERMAN_FIXTURE, GERMAN_FIXTURE_NOW, {}],
	] as const) {
		const dist = path.join(root, name);
		const result = buildSite(content, dist, { LANTERN_NOW: now, ...env });
		if (!result.ok) throw new Error(`${name} did not build:\n${result.output}`);
		project.provide(name, dist);
	}
}

declare module 'vitest' {
	export interface ProvidedContext {
		demoDist: string;
		demoDuringDist: string;
		/** The demo during the attack, built as a drill. */
		demoExerciseDist: string;
		demoPlannedDist: string;
		largeDist: string;
		germanDist: string;
	}
}
