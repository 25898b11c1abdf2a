/**
 * `npm run gen -- --updates 1000 --services 20 --languages nl,en,fr --out /tmp/content`:
 * writes a valid, varied content folder for benchmarks and scale tests.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './lib/generate-content.ts';

const { values } = parseArgs({
	options: {
		updates: { type: 'string', default: '100' },
		services: { type: 'string', default: '13' },
		languages: { type: 'string', default: 'nl,en,fr' },
		seed: { type: 'string', default: '42' },
		out: { type: 'string' },
	},
});
if (!values.out) {
	console.error('Usage: npm run gen -- --updates N --services M --languages nl,en,fr --out DIR');
	process.exit(2);
}
const out = path.resolve(values.out);
const files = generateContent({
	updates: Number(values.updates),
	services: Number(values.services),
	languages: values.languages.split(',').map((lang) => lang.trim()),
	seed: Number(values.seed),
});
await rm(out, { recursive: true, force: true });
for (const [file, text] of files) {
	await mkdir(path.dirname(path.join(out, file)), { recursive: true });
	await writeFile(path.join(out, file), text);
}
console.log(`Wrote ${files.size} files to ${out}`);
