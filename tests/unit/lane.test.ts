import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { laneFor } from '../../scripts/lib/lane.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');

it('takes the content lane only when every changed file is under content/', () => {
	expect(laneFor(['content/updates/2026-01-13-0805-a/nl.mdx', 'content/updates/2026-01-13-0805-a/en.mdx'])).toBe(
		'content',
	);
	expect(laneFor(['content/services.yaml', 'src/lib/states.ts'])).toBe('full');
	expect(laneFor(['contentious.md'])).toBe('full');
	expect(laneFor(['.github/workflows/pull-request.yml'])).toBe('full');
	// Nothing known to have changed: run everything rather than too little.
	expect(laneFor([])).toBe('full');
	expect(laneFor(['', '  '])).toBe('full');
});

it('says the lane from the command line, for the workflow', () => {
	const lane = (...files: string[]) =>
		execFileSync(process.execPath, ['scripts/lane.ts', ...files], {
			cwd: PROJECT,
			encoding: 'utf8',
			env: { ...process.env, GITHUB_OUTPUT: '' },
		});
	expect(lane('content/site.yaml')).toBe('lane=content\n');
	expect(lane('content/site.yaml', 'package.json')).toBe('lane=full\n');
});
