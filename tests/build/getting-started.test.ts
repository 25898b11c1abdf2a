import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandEnv, PROJECT, tempFolder } from './helpers/build-site.ts';

/** The `npm run <name> -- --yes …` command a code block of docs/getting-started.md gives, as its arguments. */
async function documentedCommand(name: string): Promise<string[]> {
	const guide = await readFile(path.join(PROJECT, 'docs/getting-started.md'), 'utf8');
	const blocks = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((block) => block[1]!.replace(/\\\n\s*/g, ''));
	const command = blocks
		.flatMap((block) => block.split('\n'))
		.find((line) => line.startsWith(`npm run ${name} -- --yes`));
	expect(command, `docs/getting-started.md has no "npm run ${name} -- --yes" example`).toBeDefined();
	// Words, and texts in double quotes, as a shell reads them (the guide's examples quote no quotes).
	const words = [...command!.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
	return words.slice(words.indexOf('--') + 1);
}

function run(script: string, args: string[], content: string) {
	const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
		cwd: PROJECT,
		env: commandEnv({ LANTERN_CONTENT: content, LANTERN_NOW: '2026-03-04T09:17:00+00:00', NO_COLOR: '1' }),
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('docs/getting-started.md', () => {
	it('gives a first update in one command that npm run check lets through, after the site its init example starts', async () => {
		const content = path.join(await tempFolder('getting-started'), 'content');
		const init = run('init', [...(await documentedCommand('init')), '--out', content], content);
		expect(init.status, init.output).toBe(0);
		const created = run('new', await documentedCommand('new'), content);
		expect(created.status, created.output).toBe(0);
		const checked = run('check', [], content);
		expect(checked.status, checked.output).toBe(0);
		expect(checked.output).toContain('Content OK: 1 update');
	});
});
