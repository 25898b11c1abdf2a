import { inspect } from 'node:util';
import { redactor, secretParts } from '../../src/lib/secrets/secret-parts.ts';

type Write = typeof process.stdout.write;

/**
 * The one guard of every command that reads secrets (announce, announce-ledger, the readiness
 * check): from here on, nothing the process prints shows a secret or any part of one, whoever
 * prints it (our own lines, a library's error, an uncaught exception with its stack). On the git
 * host's runner each part is also registered with the runner's log masking first, since a
 * deploy's log is public on a public repository.
 *
 * Call it before the first line that could carry a secret; calling it again adds secrets.
 * Returns the function that hides them, for text that leaves the process another way.
 */
export function protectOutput(
	secrets: Iterable<string | undefined>,
	env: Record<string, string | undefined> = process.env,
): (text: string) => string {
	const values = [...secrets].filter((value): value is string => Boolean(value));
	guarded.push(...values);
	const redact = redactor(guarded);
	current = redact;
	if (env['GITHUB_ACTIONS'] === 'true')
		for (const part of new Set(values.flatMap(secretParts)))
			// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#masking-a-value-in-a-log
			original.stdout(`::add-mask::${part}\n`);
	if (!installed) install();
	return redact;
}

const guarded: string[] = [];
let current: (text: string) => string = (text) => text;
let installed = false;
const original = {
	stdout: process.stdout.write.bind(process.stdout) as Write,
	stderr: process.stderr.write.bind(process.stderr) as Write,
};

function install() {
	installed = true;
	process.stdout.write = guardedWrite(original.stdout);
	process.stderr.write = guardedWrite(original.stderr);
	// Node prints an uncaught error straight to the terminal, past process.stderr.write; this prints it, causes included, through it.
	const fail = (error: unknown) => {
		process.stderr.write(`${inspect(error)}\n`);
		process.exit(1);
	};
	process.on('uncaughtException', fail);
	process.on('unhandledRejection', fail);
}

function guardedWrite(write: Write): Write {
	return ((chunk: string | Uint8Array, ...rest: unknown[]) =>
		write(current(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), ...(rest as []))) as Write;
}
