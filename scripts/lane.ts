/**
 * `npm run lane -- --base origin/main` (or `npm run lane -- <file> …`): says which tests a pull
 * request needs, from the files it changes: `content` (npm run test:content) when they are all
 * under content/, else `full` (npm test). Prints `lane=…`; on the git host it also writes it
 * to $GITHUB_OUTPUT, for the workflow's next steps.
 */
import { execFileSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { commandLine } from './lib/command-line.ts';
import { laneFor } from './lib/lane.ts';

const { values, positionals } = commandLine({
	name: 'lane',
	about:
		'says which tests a pull request needs from the files it changes: content (npm run test:content) or full (npm test).',
	arguments: '[<file> …]',
	positionals: { min: 0, max: Infinity },
	flags: {
		base: { type: 'string', value: 'REF', about: 'the branch the pull request goes into; the files come from git' },
	},
	notes: ['Prints lane=…; on the git host it also writes it to $GITHUB_OUTPUT.'],
	examples: ['npm run lane -- --base origin/main', 'npm run lane -- content/updates/2026-01-13-0805-a/nl.mdx'],
});
// The files the branch changed since it left the base, both sides of a move (a file moved into
// content/ is a code change too); the base goes to git as an argument, never through a shell.
const changed = values.base
	? execFileSync('git', ['diff', '--name-only', '--no-renames', '-z', `${values.base}...HEAD`], {
			encoding: 'utf8',
		}).split('\0')
	: positionals;
const lane = laneFor(changed);
console.log(`lane=${lane}`);
const output = process.env['GITHUB_OUTPUT'];
if (output) await appendFile(output, `lane=${lane}\n`);
