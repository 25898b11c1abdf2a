/**
 * The one command-line layer of every `npm run …` script: Node's own `util.parseArgs`, plus
 * what a person at a terminal needs from it. `--help` prints the usage, every flag and an
 * example, and exits 0; a wrong flag or a missing argument prints one line saying what is
 * wrong and the usage, and exits 2, never a stack trace.
 */
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';
import { closestMatch } from '../../src/lib/content/did-you-mean.ts';

/** A flag: Node's descriptor, plus what it is for and the name of its value in the usage. */
export interface FlagSpec extends ParseArgsOptionDescriptor {
	/** What the flag does, in a few words; the help shows it beside the flag. */
	about: string;
	/** The name of its value in the help (`--out DIR`); for a flag of type string. */
	value?: string;
	/** The command cannot run without it. */
	required?: true;
}

export interface CommandSpec<Flags extends Record<string, FlagSpec>> {
	/** The npm script, such as `new` (the help says `npm run new`). */
	name: string;
	/** What the command does, in a sentence or two. */
	about: string;
	/** The arguments after the flags in the usage line, such as `<update-id> <lang>`. */
	arguments?: string;
	/** How many arguments it takes; none unless given. */
	positionals?: { min: number; max: number };
	flags: Flags;
	/** At least one full command line that works. */
	examples: readonly string[];
	/** Lines after the flags: the environment variables it reads, what it prints. */
	notes?: readonly string[];
}

/** What `parseArgs` gives for these flags. */
type Parsed<Flags extends Record<string, FlagSpec>> = ReturnType<
	typeof parseArgs<{ options: Flags; allowPositionals: true; strict: true }>
>;

type ParsedValues<Flags extends Record<string, FlagSpec>> = Parsed<Flags>['values'];

/** The values, with the required flags known to be there. */
export type FlagValues<Flags extends Record<string, FlagSpec>> = ParsedValues<Flags> & {
	[Name in keyof Flags as Flags[Name] extends { required: true } ? Name : never]-?: NonNullable<
		ParsedValues<Flags>[Name & keyof ParsedValues<Flags>]
	>;
};

export type CommandLineOutcome<Flags extends Record<string, FlagSpec>> =
	| { kind: 'help'; text: string }
	| { kind: 'wrong'; text: string }
	| { kind: 'ok'; values: FlagValues<Flags>; positionals: string[] };

/** The command as a person types it: `npm start` for start, `npm run X` for the rest. */
export function commandName(name: string): string {
	return name === 'start' || name === 'test' ? `npm ${name}` : `npm run ${name}`;
}

/** The usage line: the command, `--` (npm passes what follows to the script), the flags and arguments. */
export function usageLine(spec: CommandSpec<Record<string, FlagSpec>>): string {
	const flags = Object.entries(spec.flags);
	const required = flags.filter(([, flag]) => flag.required).map(([name, flag]) => flagWithValue(name, flag));
	const parts = [commandName(spec.name)];
	if (flags.length || spec.arguments) parts.push('--');
	parts.push(...required);
	if (flags.length > required.length) parts.push('[flags]');
	if (spec.arguments) parts.push(spec.arguments);
	return `Usage: ${parts.join(' ')}`;
}

/** The whole help: what it does, the usage, every flag with its value, the examples. */
export function helpText(spec: CommandSpec<Record<string, FlagSpec>>): string {
	const flags = [
		...Object.entries(spec.flags).map(([name, flag]) => ({
			left: flagWithValue(name, flag),
			about: `${flag.required ? 'required: ' : ''}${flag.about}${flag.multiple ? ' (may be repeated)' : ''}${defaultText(flag)}`,
		})),
		{ left: '-h, --help', about: 'show this help' },
	];
	const width = Math.max(...flags.map((flag) => flag.left.length)) + 2;
	return [
		`${commandName(spec.name)}: ${spec.about}`,
		'',
		usageLine(spec),
		'',
		'Flags:',
		...flags.map((flag) => `  ${flag.left.padEnd(width)}${flag.about}`),
		...(spec.notes?.length ? ['', ...spec.notes] : []),
		'',
		spec.examples.length > 1 ? 'Examples:' : 'Example:',
		...spec.examples.map((example) => `  ${example}`),
		'',
	].join('\n');
}

/** `--out DIR`, `--yes`. */
function flagWithValue(name: string, flag: FlagSpec): string {
	return `--${name}${flag.type === 'string' ? ` ${flag.value ?? 'VALUE'}` : ''}`;
}

function defaultText(flag: FlagSpec): string {
	const value = flag.default;
	if (value === undefined || value === false || (Array.isArray(value) && !value.length)) return '';
	return ` (default: ${Array.isArray(value) ? value.join(',') : String(value)})`;
}

/** One line saying what is wrong, then the usage and where the help is. */
export function wrongText(spec: CommandSpec<Record<string, FlagSpec>>, problem: string): string {
	return `${commandName(spec.name)}: ${problem}\n${usageLine(spec)}\nMore: ${commandName(spec.name)} -- --help\n`;
}

/** Reads a command line against the spec, without printing or exiting (for tests and for `commandLine`). */
export function readCommandLine<Flags extends Record<string, FlagSpec>>(
	spec: CommandSpec<Flags>,
	args: readonly string[],
): CommandLineOutcome<Flags> {
	const beforeEnd = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
	if (beforeEnd.includes('--help') || beforeEnd.includes('-h')) return { kind: 'help', text: helpText(spec) };
	const options = Object.fromEntries(
		Object.entries(spec.flags).map(([name, { about: _about, value: _value, required: _required, ...descriptor }]) => [
			name,
			descriptor,
		]),
	) as unknown as Flags;
	let parsed: Parsed<Flags>;
	try {
		parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
	} catch (error) {
		return { kind: 'wrong', text: wrongText(spec, parseProblem(error, Object.keys(spec.flags))) };
	}
	const missing = Object.entries(spec.flags).find(
		([name, flag]) => flag.required && (parsed.values as Record<string, unknown>)[name] === undefined,
	);
	if (missing) {
		const [name, flag] = missing;
		return { kind: 'wrong', text: wrongText(spec, `missing ${flagWithValue(name, flag)}`) };
	}
	const { min, max } = spec.positionals ?? { min: 0, max: 0 };
	const count = parsed.positionals.length;
	if (count < min) return { kind: 'wrong', text: wrongText(spec, `missing ${spec.arguments ?? 'an argument'}`) };
	if (count > max) {
		const extra = parsed.positionals[max]!;
		const problem = extra.startsWith('-')
			? `unknown flag ${extra}`
			: `unexpected argument ${JSON.stringify(extra)}${max ? ` (takes ${spec.arguments})` : ' (this command takes flags only)'}`;
		return { kind: 'wrong', text: wrongText(spec, problem) };
	}
	return { kind: 'ok', values: parsed.values as FlagValues<Flags>, positionals: parsed.positionals };
}

/** Node's parseArgs errors, said in one short line. */
function parseProblem(error: unknown, names: string[]): string {
	const { code, message } = error as { code?: string; message: string };
	const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
	const flag = quoted.split(' ')[0]!;
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
			const suggestion = closestMatch(flag.replace(/^-+/, ''), names);
			return `unknown flag ${flag}${suggestion ? `; did you mean --${suggestion}?` : ''}`;
		}
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return /does not take an argument/.test(message) ? `${flag} takes no value` : `${flag} needs a value`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `unexpected argument ${JSON.stringify(quoted)} (this command takes flags only)`;
	}
	throw error;
}

/**
 * The command line of this script, read against its spec: prints the help and exits 0 on
 * `--help`, or prints what is wrong and the usage and exits 2. `wrong` stops the same way for
 * a problem the script finds itself (a value that is not allowed, flags that do not go together).
 */
export function commandLine<Flags extends Record<string, FlagSpec>>(
	spec: CommandSpec<Flags>,
	args: readonly string[] = process.argv.slice(2),
): { values: FlagValues<Flags>; positionals: string[]; wrong: (problem: string) => never } {
	const wrong = (problem: string): never => {
		process.stderr.write(wrongText(spec, problem));
		process.exit(2);
	};
	const outcome = readCommandLine(spec, args);
	if (outcome.kind === 'help') {
		process.stdout.write(outcome.text);
		process.exit(0);
	}
	if (outcome.kind === 'wrong') {
		process.stderr.write(outcome.text);
		process.exit(2);
	}
	return { values: outcome.values, positionals: outcome.positionals, wrong };
}

/** `--timeout SEC`, as every command that waits for a server takes it. */
export const TIMEOUT_FLAG = {
	type: 'string',
	value: 'SEC',
	default: '20',
	about: 'how long to wait for a server',
} as const satisfies FlagSpec;

/** The milliseconds of `--timeout SEC`; stops as a wrong command line when it is not a number of seconds. */
export function timeoutMs(value: string, wrong: (problem: string) => never): number {
	const seconds = Number(value);
	if (!(seconds > 0)) wrong(`--timeout takes a number of seconds; found ${JSON.stringify(value)}`);
	return seconds * 1000;
}
