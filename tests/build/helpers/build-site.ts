import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { filesOfFolder } from '../../../src/lib/hosting/integrity.ts';
import { beforeAll, expect } from 'vitest';

export const PROJECT = path.resolve(import.meta.dirname, '../../..');
/** The demo: tests about the demo name it; no other test depends on it. */
export const DEMO_CONTENT = path.join(PROJECT, 'examples/demo');
export const SMALL_FIXTURE = path.join(PROJECT, 'tests/fixtures/small');
/** A hospital whose site is in German and French: Lantern's German words on every German page. */
export const GERMAN_FIXTURE = path.join(PROJECT, 'tests/fixtures/german');
/** The German fixture's clock: the morning after its attack began, the next update promised for 17:00. */
export const GERMAN_FIXTURE_NOW = '2026-05-05T12:00:00+02:00';
/** A town hall in French and German with states of its own (site.yaml, `states: replace:`) instead of the hospital ones. */
export const MUNICIPALITY_FIXTURE = path.join(PROJECT, 'tests/fixtures/municipality');
/** The municipality fixture's clock: after its second update, two counters open by appointment only. */
export const MUNICIPALITY_FIXTURE_NOW = '2026-06-09T12:00:00+02:00';

export interface BuildResult {
	ok: boolean;
	/** Everything the build printed, without colours. */
	output: string;
	dist: string;
}

/** Variables Vitest sets for its own Vite (NODE_ENV=test, MODE, BASE_URL, VITEST_…) that a real build or preview never has. */
const VITEST_ONLY = new Set(['NODE_ENV', 'TEST', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR', 'FORCE_TTY']);

/** The environment a command gets outside Vitest, plus `extra`. */
export function commandEnv(extra: Record<string, string> = {}): Record<string, string> {
	const clean = Object.entries(process.env).filter(
		([name, value]) => value !== undefined && !VITEST_ONLY.has(name) && !name.startsWith('VITEST'),
	);
	return { ...(Object.fromEntries(clean) as Record<string, string>), ...extra };
}

function buildEnv(content: string, dist: string, env: Record<string, string>): Record<string, string> {
	return commandEnv({ LANTERN_CONTENT: content, LANTERN_DIST: dist, FORCE_COLOR: '0', NO_COLOR: '1', ...env });
}

const withoutColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Runs `npm run build` (the real, atomic build) for a content folder into `dist`. */
export function buildSite(content: string, dist: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: PROJECT,
		env: buildEnv(content, dist, env),
		encoding: 'utf8',
	});
	return { ok: result.status === 0, output: withoutColours(`${result.stdout}${result.stderr}`), dist };
}

/** `buildSite` without waiting for it: for builds that run at the same time. */
export function buildSiteAtOnce(content: string, dist: string, env: Record<string, string> = {}): Promise<BuildResult> {
	const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: PROJECT, env: buildEnv(content, dist, env) });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve) =>
		child.on('close', (code) => resolve({ ok: code === 0, output: withoutColours(output), dist })),
	);
}

/**
 * For a describe block: `content` built into a fresh folder before its tests, which fail at
 * once if the build does. Read `.dist` inside tests and hooks.
 */
export function useBuiltSite(name: string, content: string, env: Record<string, string>): { readonly dist: string } {
	let dist = '';
	beforeAll(async () => {
		dist = path.join(await tempFolder(name), 'dist');
		const result = buildSite(content, dist, env);
		expect(result.ok, result.output).toBe(true);
	});
	return {
		get dist() {
			return dist;
		},
	};
}

export async function tempFolder(name: string): Promise<string> {
	return mkdtemp(path.join(tmpdir(), `lantern-${name}-`));
}

/** A copy of a content folder that a test may change. */
export async function copyContent(source: string, name: string): Promise<string> {
	const folder = path.join(await tempFolder(name), 'content');
	await cp(source, folder, { recursive: true });
	return folder;
}

export async function readPage(dist: string, page: string): Promise<HTMLElement> {
	return parse(await readFile(path.join(dist, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8'));
}

/** Every file below a folder, as paths relative to it, sorted (the integrity manifest's own listing). */
export const listFiles = filesOfFolder;

/** The text of an element with white space folded, as a reader would see it (non-breaking spaces kept). */
export function textOf(element: HTMLElement | null | undefined): string {
	return (element?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
