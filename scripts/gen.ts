/**
 * `npm run gen -- --updates 1000 --services 20 --languages nl,en,fr --out /tmp/content`:
 * writes a valid, varied content folder for benchmarks and scale tests.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commandLine } from './lib/command-line.ts';
import { generateContent } from './lib/generate-content.ts';

const { values, wrong } = commandLine({
	name: 'gen',
	about: 'writes a valid, varied synthetic content folder, for benchmarks and scale tests.',
	flags: {
		out: { type: 'string', value: 'DIR', required: true, about: 'the folder to write (emptied first)' },
		updates: { type: 'string', value: 'N', default: '100', about: 'how many updates' },
		services: { type: 'string', value: 'N', default: '13', about: 'how many services' },
		languages: { type: 'string', value: 'LIST', default: 'nl,en,fr', about: 'the languages, source first' },
		seed: {
			type: 'string',
			value: 'N',
			default: '42',
			about: 'the seed of its choices (the same seed, the same folder)',
		},
	},
	examples: ['npm run gen -- --updates 1000 --services 20 --languages nl,en,fr --out /tmp/content'],
});
const count = (name: 'updates' | 'services' | 'seed') => {
	const value = Number(values[name]);
	return Number.isInteger(value) && value >= 0
		? value
		: wrong(`--${name} takes a whole number; found ${JSON.stringify(values[name])}`);
};
const out = path.resolve(values.out);
const files = generateContent({
	updates: count('updates'),
	services: count('services'),
	languages: values.languages.split(',').map((lang) => lang.trim()),
	seed: count('seed'),
});
await rm(out, { recursive: true, force: true });
for (const [file, text] of files) {
	await mkdir(path.dirname(path.join(out, file)), { recursive: true });
	await writeFile(path.join(out, file), text);
}
console.log(`Wrote ${files.size} files to ${out}`);
