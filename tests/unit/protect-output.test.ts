import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const GUARD = pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/lib/protect-output.ts')).href;
const SECRET = 'https://partner.example/hooks/route-7f3a9c/run?sig=signature-5521';

/** A command that guards its output, then prints and fails in the ways a library might. */
function run(body: string, env: Record<string, string> = {}) {
	const { GITHUB_ACTIONS: _, ...inherited } = process.env;
	const script = `import { protectOutput } from ${JSON.stringify(GUARD)};\nprotectOutput([process.env.SECRET]);\n${body}`;
	return spawnSync(process.execPath, ['--input-type=module', '-e', script], {
		env: { ...inherited, ...env, SECRET },
		encoding: 'utf8',
	});
}

describe('the output guard of commands that read secrets', () => {
	it('hides every part in what the command prints, on both streams', () => {
		const result = run(`
			console.log('posting to route-7f3a9c');
			process.stderr.write(Buffer.from('refused: sig=signature-5521\\n'));
		`);
		expect(result.stdout).toBe('posting to ***\n');
		expect(result.stderr).toBe('refused: sig=***\n');
	});

	it('hides them in an error nobody caught, with its cause, and the command still fails', () => {
		const result = run(`
			throw new Error('request failed', { cause: new Error('Cannot POST /hooks/route-7f3a9c/run') });
		`);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Cannot POST /hooks/***/run');
		expect(result.stderr).not.toContain('route-7f3a9c');
	});

	it('on the git host’s runner, gives each part to the log masking before any other line', () => {
		const result = run(`console.log('first line');`, { GITHUB_ACTIONS: 'true' });
		expect(result.stdout.split('\n')).toEqual([
			`::add-mask::${SECRET}`,
			'::add-mask::route-7f3a9c',
			'::add-mask::signature-5521',
			'first line',
			'',
		]);
		expect(run(`console.log('first line');`).stdout).toBe('first line\n');
	});
});
