import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullLedger, pushLedger } from '../../scripts/lib/announce/ledger-branch.ts';
import { PROJECT } from './helpers/announce-site.ts';

describe('the ledger on a branch of its own', () => {
	let folder: string;
	let checkout: string;
	const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

	beforeAll(async () => {
		folder = await mkdtemp(path.join(tmpdir(), 'lantern-ledger-'));
		const remote = path.join(folder, 'remote.git');
		git(folder, 'init', '--quiet', '--bare', remote);
		checkout = path.join(folder, 'checkout');
		git(folder, 'clone', '--quiet', remote, checkout);
		await writeFile(path.join(checkout, 'README.md'), 'main\n');
		git(checkout, 'add', '.');
		git(checkout, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'main');
		git(checkout, 'push', '--quiet', 'origin', 'HEAD:main');
	});
	afterAll(() => rm(folder, { recursive: true, force: true }));

	it('is absent before the first run, then carries each run’s ledger, in a history apart from main', async () => {
		const where = { repository: checkout, remote: 'origin', branch: 'announce-ledger' };
		const file = path.join(checkout, '.announce', 'ledger.json');
		expect(await pullLedger(where, file)).toBe(false);
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, sent: {} });

		await writeFile(path.join(folder, 'first.json'), '{"version":1,"sent":{"a":1}}\n');
		expect(await pushLedger(where, path.join(folder, 'first.json'), 'first run')).toBe('pushed');
		expect(await pushLedger(where, path.join(folder, 'first.json'), 'same again')).toBe('unchanged');
		await writeFile(path.join(folder, 'second.json'), '{"version":1,"sent":{"a":1,"b":2}}\n');
		expect(await pushLedger(where, path.join(folder, 'second.json'), 'second run')).toBe('pushed');

		expect(await pullLedger(where, file)).toBe(true);
		expect(await readFile(file, 'utf8')).toBe('{"version":1,"sent":{"a":1,"b":2}}\n');
		const remote = path.join(folder, 'remote.git');
		expect(git(remote, 'log', '--format=%s', 'announce-ledger')).toBe('second run\nfirst run');
		expect(git(remote, 'ls-tree', '--name-only', 'announce-ledger')).toBe('ledger.json');
		// No common history with main: git finds no merge base.
		expect(() => git(remote, 'merge-base', 'main', 'announce-ledger')).toThrow();
		// The checkout of main was not touched.
		expect(git(checkout, 'status', '--porcelain')).toBe('?? .announce/');
	});

	it('shows no token of a remote’s address, nor the host’s own, when git fails', () => {
		const token = 'ghs_remoteToken4471';
		git(checkout, 'remote', 'add', 'unreachable', `http://x-access-token:${token}@127.0.0.1:9/owner/repo.git`);
		const result = spawnSync(
			process.execPath,
			[path.join(PROJECT, 'scripts/announce-ledger.ts'), 'pull', '--remote', 'unreachable'],
			{ cwd: checkout, env: { ...process.env, GITHUB_TOKEN: 'ghs_hostToken5520' }, encoding: 'utf8' },
		);
		expect(result.status).not.toBe(0);
		// The failure did print the address; only its secrets are gone.
		expect(result.stderr).toContain('127.0.0.1:9/owner/repo.git');
		expect(result.stdout + result.stderr).not.toMatch(/ghs_|x-access-token/);
	});
});
