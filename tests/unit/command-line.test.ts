import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commandName, readCommandLine, type CommandSpec, type FlagSpec } from '../../scripts/lib/command-line.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');

const spec = {
	name: 'example',
	about: 'writes an example.',
	arguments: '<name>',
	positionals: { min: 1, max: 1 },
	flags: {
		out: { type: 'string', value: 'DIR', required: true, about: 'where it goes' },
		lines: { type: 'string', value: 'N', default: '3', about: 'how many lines' },
		tag: { type: 'string', value: 'TAG', multiple: true, default: [], about: 'a tag' },
		quiet: { type: 'boolean', about: 'say nothing' },
	},
	notes: ['Reads EXAMPLE_HOME.'],
	examples: ['npm run example -- --out /tmp/x hello'],
} satisfies CommandSpec<Record<string, FlagSpec>>;

describe('the command-line layer', () => {
	it('reads flags and arguments, with defaults', () => {
		expect(readCommandLine(spec, ['--out', '/tmp/x', '--tag', 'a', '--tag', 'b', 'hello'])).toEqual({
			kind: 'ok',
			values: { out: '/tmp/x', lines: '3', tag: ['a', 'b'] },
			positionals: ['hello'],
		});
	});

	it('answers --help with what the command does, its usage, every flag and an example', () => {
		const outcome = readCommandLine(spec, ['--out', '/tmp/x', '--help']);
		expect(outcome.kind).toBe('help');
		expect(outcome.kind === 'help' && outcome.text).toMatchInlineSnapshot(`
			"npm run example: writes an example.

			Usage: npm run example -- --out DIR [flags] <name>

			Flags:
			  --out DIR   required: where it goes
			  --lines N   how many lines (default: 3)
			  --tag TAG   a tag (may be repeated)
			  --quiet     say nothing
			  -h, --help  show this help

			Reads EXAMPLE_HOME.

			Example:
			  npm run example -- --out /tmp/x hello
			"
		`);
	});

	it('says in one line what is wrong, then the usage', () => {
		const wrong = (...args: string[]) => {
			const outcome = readCommandLine(spec, args);
			return outcome.kind === 'wrong' ? outcome.text.split('\n')[0] : outcome.kind;
		};
		expect(wrong('--out', '/tmp/x', '--qiet', 'hello')).toBe(
			'npm run example: unknown flag --qiet; did you mean --quiet?',
		);
		expect(wrong('--out', '/tmp/x', '--bogus', 'hello')).toBe('npm run example: unknown flag --bogus');
		expect(wrong('hello', '--out')).toBe('npm run example: --out needs a value');
		expect(wrong('--out', '/tmp/x', '--quiet=yes', 'hello')).toBe('npm run example: --quiet takes no value');
		expect(wrong('hello')).toBe('npm run example: missing --out DIR');
		expect(wrong('--out', '/tmp/x')).toBe('npm run example: missing <name>');
		expect(wrong('--out', '/tmp/x', 'hello', 'world')).toBe(
			'npm run example: unexpected argument "world" (takes <name>)',
		);
		const outcome = readCommandLine(spec, ['--bogus']);
		expect(outcome.kind === 'wrong' && outcome.text.split('\n').slice(1)).toEqual([
			'Usage: npm run example -- --out DIR [flags] <name>',
			'More: npm run example -- --help',
			'',
		]);
	});
});

/** Every npm script that runs one of scripts/*.ts, by name. */
async function scriptCommands(): Promise<Map<string, string>> {
	const { scripts } = JSON.parse(await readFile(path.join(PROJECT, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	};
	return new Map(
		Object.entries(scripts).flatMap(([name, command]) => {
			const file = /^node (scripts\/[\w-]+\.ts)$/.exec(command)?.[1];
			return file ? [[name, file] as const] : [];
		}),
	);
}

const run = promisify(execFile);
async function runScript(file: string, args: string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, [file, ...args], { cwd: PROJECT, encoding: 'utf8' });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

// Each spawns Node; a few at a time.
describe.concurrent('every command', async () => {
	const commands = await scriptCommands();

	it('is an npm script: each file in scripts/ has one', async () => {
		const files = (await readdir(path.join(PROJECT, 'scripts'))).filter((file) => file.endsWith('.ts'));
		expect([...commands.values()].map((file) => path.basename(file)).sort()).toEqual(files.sort());
	});

	for (const [name, file] of commands) {
		it(`${name}: --help exits 0 with the usage, every flag and an example; a wrong flag exits 2 with one line and the usage`, async () => {
			const help = await runScript(file, ['--help']);
			expect(help.code, help.stderr).toBe(0);
			// `npm start` is typed without `run`; every other command with it.
			const typed = commandName(name);
			expect(help.stdout).toMatch(new RegExp(`^${typed}: `));
			expect(help.stdout).toContain(`\nUsage: ${typed}`);
			expect(help.stdout).toContain('  -h, --help  ');
			expect(help.stdout).toMatch(/\nExamples?:\n {2}(npm|[A-Z_]+=)/);

			const wrong = await runScript(file, ['--no-such-flag']);
			expect(wrong.code).toBe(2);
			expect(wrong.stdout).toBe('');
			expect(wrong.stderr.split('\n').slice(0, 2)).toEqual([
				`${typed}: unknown flag --no-such-flag`,
				expect.stringMatching(new RegExp(`^Usage: ${typed}`)),
			]);
			expect(wrong.stderr).not.toMatch(/^\s+at |node:internal|Error:/m);
		}, 60_000);
	}
});
