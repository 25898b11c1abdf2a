import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestOfFolder, MANIFEST_FILE } from '../../src/lib/hosting/integrity.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { announceSite, PROJECT } from './helpers/announce-site.ts';
import { SECRETS, startStandIns, type StandIns } from './helpers/stand-ins.ts';

/** `npm run ready` as its own process, in this repository (its .github/ and forms), on a content folder. */
function ready(content: string, env: Record<string, string>, args: string[] = []) {
	const { GITHUB_ACTIONS: _, ...inherited } = process.env;
	const child = spawn(process.execPath, [path.join(PROJECT, 'scripts/ready.ts'), ...args], {
		cwd: PROJECT,
		env: { ...inherited, ...env, LANTERN_CONTENT: content },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk) => (stdout += chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
		child.on('close', (code) => resolve({ code, stdout, stderr })),
	);
}

/** The lines of one kind of item, with the stand-ins' ports made fixed. */
function linesOf(stdout: string, item: RegExp): string {
	return stdout
		.split('\n')
		.filter((line) => item.test(line))
		.map((line) => line.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT'))
		.join('\n');
}

describe('npm run ready -- --online, against the local stand-ins', () => {
	let standIns: StandIns;
	let site: Awaited<ReturnType<typeof announceSite>>;
	let host: StaticSite;
	let dist: string;
	beforeEach(async () => {
		standIns = await startStandIns();
		site = await announceSite(standIns.config());
		// A "build" of two files, served at the site address; the mirror serves an older copy.
		dist = await mkdtemp(path.join(tmpdir(), 'lantern-ready-'));
		await mkdir(path.join(dist, 'live', 'old'), { recursive: true });
		await writeFile(path.join(dist, 'live', 'index.html'), '<p>now</p>');
		await writeFile(path.join(dist, 'live', 'status.txt'), 'All open');
		await writeFile(path.join(dist, 'live', 'old', 'index.html'), '<p>before</p>');
		await writeFile(path.join(dist, 'live', 'old', 'status.txt'), 'All open');
		const manifest = await manifestOfFolder(path.join(dist, 'live'));
		delete manifest.files['old/index.html'];
		delete manifest.files['old/status.txt'];
		await writeFile(path.join(dist, MANIFEST_FILE), JSON.stringify(manifest));
		host = await serveStatic(path.join(dist, 'live'));
		const yaml = await readFile(path.join(site.content, 'site.yaml'), 'utf8');
		await writeFile(
			path.join(site.content, 'site.yaml'),
			yaml
				.replace(/^site_url: .*$/m, `site_url: ${host.origin}/`)
				.replace(/^mirrors:\n(  - .*\n)+/m, `mirrors:\n  - ${host.origin}/old/\n`),
		);
	});
	afterEach(async () => {
		await standIns.close();
		await host.close();
		await site.remove();
		await rm(dist, { recursive: true, force: true });
	});

	it('says which host serves the build, and logs in to each channel without posting', async () => {
		const { code, stdout } = await ready(site.content, { ...standIns.env, LANTERN_DIST: dist }, ['--online']);
		expect(linesOf(stdout, /^\w+ +host /)).toMatchInlineSnapshot(`
			"ok       host http://127.0.0.1:PORT/: serves this build (2 files)
			missing  host http://127.0.0.1:PORT/old/: differs from this build (1 changed): publish again; npm run verify -- http://127.0.0.1:PORT/old/ lists the files"
		`);
		expect(linesOf(stdout, /\(online\)/)).toMatchInlineSnapshot(`
			"ok       announce: email (online): logged in to smtp://127.0.0.1:PORT
			ok       announce: mastodon (online): the token works (application "Lantern") on http://127.0.0.1:PORT
			ok       announce: bluesky (online): logged in as status.lantern.test on http://127.0.0.1:PORT
			ok       announce: push (online): topic of nl reachable on http://127.0.0.1:PORT
			ok       announce: push (online): topic of en reachable on http://127.0.0.1:PORT
			warning  announce: partners (online): a webhook cannot be tried without posting to it: npm run announce -- --dry-run --only partners shows what it gets
			warning  announce: teams (online): a webhook cannot be tried without posting to it: npm run announce -- --dry-run --only teams shows what it gets
			warning  announce: slack (online): a webhook cannot be tried without posting to it: npm run announce -- --dry-run --only slack shows what it gets"
		`);
		// The mirror differs: something a crisis needs is missing.
		expect(code).toBe(1);
		// Nothing was posted anywhere.
		expect(standIns.received).toEqual([]);
		expect(standIns.mails).toEqual([]);
	});

	it('reports a wrong password as missing access, and never prints it', async () => {
		const env = {
			...standIns.env,
			LANTERN_DIST: dist,
			LANTERN_SMTP_PASSWORD: 'wrong-smtp-password-61',
			LANTERN_MASTODON_TOKEN: 'wrong-mastodon-token-62',
			LANTERN_BLUESKY_APP_PASSWORD: 'wrong-bluesky-password-63',
			LANTERN_NTFY_TOKEN: 'wrong-ntfy-token-64',
		};
		const { code, stdout, stderr } = await ready(site.content, env, ['--online']);
		expect(code).toBe(1);
		expect(linesOf(stdout, /\(online\): no access/)).toMatchInlineSnapshot(`
			"missing  announce: email (online): no access: the secret in LANTERN_SMTP_USER and LANTERN_SMTP_PASSWORD was not accepted (535 Invalid username or password)
			missing  announce: mastodon (online): no access: the secret in LANTERN_MASTODON_TOKEN was not accepted ({"error":"The access token is invalid"})
			missing  announce: bluesky (online): no access: the secret in LANTERN_BLUESKY_APP_PASSWORD was not accepted (Invalid identifier or password)
			missing  announce: push (online): no access: the secret in LANTERN_NTFY_TOKEN was not accepted ({"code":40301,"http":403,"error":"forbidden"})
			missing  announce: push (online): no access: the secret in LANTERN_NTFY_TOKEN was not accepted ({"code":40301,"http":403,"error":"forbidden"})"
		`);
		for (const secret of [...Object.values(env), ...Object.values(SECRETS)].filter(
			(value) => value.length >= 6 && !value.startsWith('/'),
		))
			expect(stdout + stderr).not.toContain(secret);
	});
});
