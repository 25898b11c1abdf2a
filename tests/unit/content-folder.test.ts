import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { chooseContentFolder, ownContentFolder } from '../../src/lib/content/content-folder.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const SMALL_FIXTURE = path.join(PROJECT, 'tests/fixtures/small');

describe('the content folder', () => {
	const has =
		(...folders: string[]) =>
		(folder: string) =>
			folders.includes(folder);

	it('is LANTERN_CONTENT when set, relative to where the command runs', () => {
		expect(chooseContentFolder({ LANTERN_CONTENT: 'sites/ours' }, '/repo', has('/repo/content'))).toEqual({
			folder: '/repo/sites/ours',
			reason: 'env',
		});
	});

	it('is content/ when the repository has one, and the demo only when it has none', () => {
		expect(chooseContentFolder({}, '/repo', has('/repo/content'))).toEqual({ folder: '/repo/content', reason: 'own' });
		// An empty variable (a repository variable that is not set) is no choice.
		expect(chooseContentFolder({ LANTERN_CONTENT: '' }, '/repo', has())).toEqual({
			folder: '/repo/examples/demo',
			reason: 'demo',
		});
	});

	it('is never the demo by fallback for a command that writes or publishes', () => {
		expect(ownContentFolder('publishing', {}, '/nowhere')).toEqual({
			refused:
				'There is no content/ folder here, and publishing never falls back to the demo (examples/demo/). Run npm run init to start a site of your own, or set LANTERN_CONTENT to the folder you mean (LANTERN_CONTENT=examples/demo for the demo).',
		});
		expect(ownContentFolder('publishing', { LANTERN_CONTENT: 'examples/demo' }, '/repo')).toEqual({
			folder: '/repo/examples/demo',
		});
	});
});

const run = promisify(execFile);
async function check(cwd: string, env: Record<string, string>) {
	const { LANTERN_CONTENT: _ignored, ...inherited } = process.env;
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			[path.join(PROJECT, 'scripts/check.ts'), '--require-content'],
			{ cwd, env: { ...inherited, ...env }, encoding: 'utf8' },
		);
		return { code: 0, output: `${stdout}${stderr}` };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, output: `${stdout}${stderr}` };
	}
}

// What the deploy workflow runs before it builds: a copy of Lantern without content of its own publishes nothing.
describe('npm run check -- --require-content', () => {
	it('refuses a repository with no content/ and no LANTERN_CONTENT', async () => {
		const empty = await mkdtemp(path.join(tmpdir(), 'lantern-no-content-'));
		const result = await check(empty, {});
		expect(result.code).toBe(1);
		expect(result.output).toContain('There is no content/ folder here, and publishing never falls back to the demo');
	}, 60_000);

	it('checks the folder LANTERN_CONTENT names', async () => {
		const empty = await mkdtemp(path.join(tmpdir(), 'lantern-no-content-'));
		const result = await check(empty, { LANTERN_CONTENT: SMALL_FIXTURE, LANTERN_NOW: '2026-03-02T16:00:00+01:00' });
		expect(result.code, result.output).toBe(0);
		expect(result.output).toContain('Content OK: 4 updates, 3 services');
	}, 60_000);
});
