/**
 * `npm run announce-ledger -- pull|push [--file FILE] [--remote origin] [--branch announce-ledger]`:
 * brings the announce ledger from its own branch before a run, and commits and pushes it after
 * (docs/announcing.md). The deploy workflow calls it around `npm run announce`.
 */
import { existsSync } from 'node:fs';
import { commandLine } from './lib/command-line.ts';
import { pullLedger, pushLedger, remoteCredentials } from './lib/announce/ledger-branch.ts';
import { protectOutput } from './lib/protect-output.ts';

const { values, positionals, wrong } = commandLine({
	name: 'announce-ledger',
	about: 'brings the announce ledger from its own branch before a run (pull), and commits and pushes it after (push).',
	arguments: 'pull|push',
	positionals: { min: 1, max: 1 },
	flags: {
		file: {
			type: 'string',
			value: 'FILE',
			default: process.env['LANTERN_ANNOUNCE_LEDGER'] ?? '.announce/ledger.json',
			about: 'the ledger file',
		},
		remote: { type: 'string', value: 'NAME', default: 'origin', about: 'the git remote' },
		branch: { type: 'string', value: 'NAME', default: 'announce-ledger', about: 'the branch that keeps the ledger' },
	},
	examples: ['npm run announce-ledger -- pull', 'npm run announce-ledger -- push --branch announce-ledger'],
});
const where = { repository: process.cwd(), remote: values.remote, branch: values.branch };
// git may print the remote's address, with a token in it, and the host's tokens in its errors.
protectOutput([
	process.env['GITHUB_TOKEN'],
	process.env['GH_TOKEN'],
	...(await remoteCredentials(where.repository, where.remote)),
]);
const action = positionals[0];
if (action === 'pull') {
	const found = await pullLedger(where, values.file);
	console.log(
		found
			? `ledger from ${values.branch} in ${values.file}`
			: `no ${values.branch} branch yet: nothing was announced; an empty ledger is in ${values.file}`,
	);
} else if (action === 'push') {
	if (!existsSync(values.file)) {
		console.log(`no ${values.file}: nothing was sent, nothing to record`);
		process.exit(0);
	}
	const result = await pushLedger(where, values.file, `Announced, ${new Date().toISOString()}`);
	console.log(result === 'pushed' ? `ledger pushed to ${values.branch}` : 'ledger unchanged');
} else wrong(`${JSON.stringify(action)}: expected pull or push`);
