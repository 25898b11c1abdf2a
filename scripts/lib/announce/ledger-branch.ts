import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { emptyLedger, formatLedger } from '../../../src/lib/announce/ledger.ts';

/**
 * The ledger kept on a branch of its own (`announce-ledger`), which holds one file and shares
 * no history with main, so pushing it triggers no deploy and survives between CI runs without
 * a server. Written with git's plumbing: the checkout of main is never touched.
 */
const run = promisify(execFile);
const LEDGER_IN_BRANCH = 'ledger.json';

export interface LedgerBranch {
	/** The repository folder (a checkout of main). */
	repository: string;
	remote: string;
	branch: string;
}

async function git(repository: string, args: string[], input?: string): Promise<string> {
	if (input === undefined) return (await run('git', args, { cwd: repository })).stdout.trim();
	const child = execFile('git', args, { cwd: repository });
	child.stdin!.end(input);
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	if (code !== 0) throw new Error(`git ${args.join(' ')} failed`);
	return output.trim();
}

/** The branch's head on the remote, fetched; undefined while no ledger was ever pushed. */
async function fetchHead({ repository, remote, branch }: LedgerBranch): Promise<string | undefined> {
	const listed = await git(repository, ['ls-remote', '--heads', remote, branch]);
	if (!listed) return undefined;
	await git(repository, ['fetch', '--quiet', '--no-tags', remote, `refs/heads/${branch}`]);
	return git(repository, ['rev-parse', 'FETCH_HEAD']);
}

/**
 * Writes the branch's ledger to `file`. While the branch does not exist yet (nothing was ever
 * announced) it writes an empty ledger and returns false: the branch, not the runner, is where
 * the ledger lives, so the first run may start one there.
 */
export async function pullLedger(where: LedgerBranch, file: string): Promise<boolean> {
	const head = await fetchHead(where);
	const text = head
		? `${await git(where.repository, ['show', `${head}:${LEDGER_IN_BRANCH}`])}\n`
		: formatLedger(emptyLedger());
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, text);
	return Boolean(head);
}

/**
 * Commits `file` as the branch's ledger on top of its head and pushes it. A push that lost a
 * race with another run fails rather than overwrites: the deploy workflow runs one announce
 * at a time, so that means something is wrong and a person should look.
 */
export async function pushLedger(where: LedgerBranch, file: string, message: string): Promise<'pushed' | 'unchanged'> {
	const head = await fetchHead(where);
	const { repository } = where;
	const blob = await git(repository, ['hash-object', '-w', '--stdin'], await readFile(file, 'utf8'));
	const tree = await git(repository, ['mktree'], `100644 blob ${blob}\t${LEDGER_IN_BRANCH}\n`);
	if (head && (await git(repository, ['rev-parse', `${head}^{tree}`])) === tree) return 'unchanged';
	const commit = await git(repository, [
		'-c',
		'user.name=Lantern announce',
		'-c',
		'user.email=announce@lantern.invalid',
		'commit-tree',
		tree,
		...(head ? ['-p', head] : []),
		'-m',
		message,
	]);
	await git(repository, ['push', '--quiet', where.remote, `${commit}:refs/heads/${where.branch}`]);
	return 'pushed';
}

/** The user and password in a remote's address (`https://x-access-token:…@host/…`), which git may print in an error. */
export async function remoteCredentials(repository: string, remote: string): Promise<string[]> {
	const address = await git(repository, ['remote', 'get-url', remote]).catch(() => '');
	if (!URL.canParse(address)) return [];
	const { username, password } = new URL(address);
	return [username, password].filter(Boolean).map((part) => decodeURIComponent(part));
}
