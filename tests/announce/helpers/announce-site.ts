import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLantern } from '../../../src/data/load-lantern.ts';
import { announce } from '../../../scripts/lib/announce/run.ts';

export const PROJECT = path.resolve(import.meta.dirname, '../../..');
/** The demo, which these tests announce. */
export const DEMO = path.join(PROJECT, 'examples/demo');
/** After the demo's last update: every update of the demo is public. */
export const NOW = '2026-03-01T12:00:00+01:00';

/** A copy of the demo content whose `announce:` block is `config`, and a ledger file beside it. */
export async function announceSite(config: string) {
	const folder = await mkdtemp(path.join(tmpdir(), 'lantern-announce-'));
	const content = path.join(folder, 'content');
	await cp(DEMO, content, { recursive: true });
	const site = await readFile(path.join(content, 'site.yaml'), 'utf8');
	await writeFile(path.join(content, 'site.yaml'), `${site.slice(0, site.indexOf('\nannounce:'))}\n${config}`);
	return {
		folder,
		content,
		ledger: path.join(folder, 'ledger', 'ledger.json'),
		remove: () => rm(folder, { recursive: true, force: true }),
	};
}

/** One run of announce in this process, as `npm run announce` does it; its printed lines and result. */
export async function runAnnounce(
	content: string,
	options: {
		ledger: string;
		env: Record<string, string>;
		dryRun?: boolean;
		only?: string[];
		update?: string;
		timeoutMs?: number;
		/** Another clock: loads are cached per folder and clock, and a test that edits the content needs a fresh one. */
		now?: string;
		/** A run on a folder without a ledger starts one, as the first run does (`--new-ledger`); false to see it refused. */
		newLedger?: boolean;
	},
) {
	const lines: string[] = [];
	const lantern = await loadLantern({
		folder: content,
		now: new Date(options.now ?? NOW),
		fixedClock: true,
		preview: false,
	});
	const ok = await announce({
		lantern,
		ledgerFile: options.ledger,
		newLedger: options.newLedger ?? true,
		dryRun: options.dryRun ?? false,
		...(options.only && { only: options.only }),
		...(options.update && { update: options.update }),
		env: options.env,
		timeoutMs: options.timeoutMs ?? 5000,
		print: (line) => lines.push(line),
	});
	return { ok, lines, output: lines.join('\n') };
}

/** The demo's own `announce:` block, as site.yaml has it. */
export async function demoAnnounceConfig(): Promise<string> {
	const site = await readFile(path.join(DEMO, 'site.yaml'), 'utf8');
	return site.slice(site.indexOf('\nannounce:') + 1);
}

/** `npm run announce` as its own process, as the deploy runs it: what it printed, how it ended, and the process to kill. */
export function announceProcess(
	content: string,
	options: { ledger: string; env: Record<string, string>; args?: string[]; now?: string },
) {
	const child = spawn(
		process.execPath,
		[path.join(PROJECT, 'scripts/announce.ts'), '--ledger', options.ledger, ...(options.args ?? [])],
		{
			env: { ...cleanEnv(), ...options.env, LANTERN_CONTENT: content, LANTERN_NOW: options.now ?? NOW },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk) => (stdout += chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
		(resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
	);
	return { child, done };
}

/** This process's environment without the host's own markers, so a test decides whether it runs "on the runner". */
function cleanEnv(): Record<string, string> {
	const { GITHUB_ACTIONS: _, ...env } = process.env;
	return env as Record<string, string>;
}
