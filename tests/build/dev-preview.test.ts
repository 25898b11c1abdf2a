import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandEnv, PROJECT, SMALL_FIXTURE } from './helpers/build-site.ts';

/** `npm run dev` on the small fixture, which has a draft; resolves with its address once it listens. */
async function startDev(): Promise<{ server: ChildProcess; origin: string }> {
	const port = await freePort();
	// A writer's preview runs outside Vitest, whose variables (NODE_ENV=test, MODE, …) would
	// make Astro's dev server answer without its page routes.
	const server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
		{
			cwd: PROJECT,
			env: commandEnv({
				LANTERN_CONTENT: SMALL_FIXTURE,
				LANTERN_NOW: '2026-03-05T12:00:00+01:00',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			}),
		},
	);
	return new Promise((resolve, reject) => {
		let output = '';
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			// Astro says so once the content is synced and the server answers.
			if (output.includes('watching for file changes')) resolve({ server, origin: `http://127.0.0.1:${port}` });
		};
		server.stdout.on('data', onData);
		server.stderr.on('data', onData);
		server.on('exit', (code) => reject(new Error(`astro dev stopped (${code}):\n${output}`)));
	});
}

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

describe('the writer’s preview (npm run dev)', () => {
	let dev: { server: ChildProcess; origin: string };

	beforeAll(async () => {
		dev = await startDev();
	});

	afterAll(() => {
		dev?.server.kill();
	});

	it('shows drafts, with a DRAFT banner, which a build leaves out', async () => {
		const page = await (await fetch(`${dev.origin}/en/updates/2026-03-03-0900-draft/`)).text();
		expect(page).toContain('DRAFT: only in the preview, not on the public site');
		const timeline = await (await fetch(`${dev.origin}/nl/updates/`)).text();
		expect(timeline).toContain('data-update="2026-03-03-0900-draft"');
		expect(timeline).toContain('ONTWERP');
	});
});
