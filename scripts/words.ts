/**
 * `npm run words -- --export <lang>`: prints every interface word of a language Lantern ships,
 * with what each is for, as a whole file to start a language of your own from:
 *   npm run words -- --export en > content/i18n/es.yaml
 * then write every text in the new language and add `es` to `languages:` in site.yaml.
 */
import { parseArgs } from 'node:util';
import { exportWords } from '../src/lib/i18n/export-words.ts';
import { lanternWordData } from '../src/lib/i18n/read-words.ts';
import { shippedWordFiles } from '../src/lib/i18n/shipped-words.ts';

const USAGE = `Usage: npm run words -- --export <lang>
  Prints Lantern's interface words in <lang> (one of: ${[...shippedWordFiles().keys()].join(', ')}),
  each with what it is for, as a whole file to start a language of your own from:
    npm run words -- --export en > content/i18n/es.yaml
  then write every text in the new language and add es to languages: in site.yaml.`;

let values: { export?: string | undefined; help?: boolean | undefined };
try {
	({ values } = parseArgs({ options: { export: { type: 'string' }, help: { type: 'boolean' } }, strict: true }));
} catch (error) {
	console.error(`${(error as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const lang = values.export;
if (!lang) {
	console.error(`Say which language to export.\n\n${USAGE}`);
	process.exit(2);
}
if (!shippedWordFiles().has(lang)) {
	console.error(`Lantern has no words in "${lang}" (it has: ${[...shippedWordFiles().keys()].join(', ')}).`);
	process.exit(2);
}
process.stdout.write(exportWords(lang, lanternWordData(lang)));
