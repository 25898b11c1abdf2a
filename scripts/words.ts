/**
 * `npm run words -- --export <lang>`: prints every interface word of a language Lantern ships,
 * with what each is for, as a whole file to start a language of your own from:
 *   npm run words -- --export en > content/i18n/es.yaml
 * then write every text in the new language and add `es` to `languages:` in site.yaml.
 */
import { exportWords } from '../src/lib/i18n/export-words.ts';
import { lanternWordData } from '../src/lib/i18n/read-words.ts';
import { shippedWordFiles } from '../src/lib/i18n/shipped-words.ts';
import { commandLine } from './lib/command-line.ts';

const shipped = [...shippedWordFiles().keys()];
const { values, wrong } = commandLine({
	name: 'words',
	about: `prints Lantern's interface words in a language it has (${shipped.join(', ')}), each with what it is for, as a whole file to start a language of your own from.`,
	flags: {
		export: { type: 'string', value: 'LANG', required: true, about: 'the language to print' },
	},
	notes: [
		'Save it as <content folder>/i18n/<code>.yaml, write every text in the new language,',
		'and add the code to languages: in site.yaml (README, "Languages").',
	],
	examples: ['npm run words -- --export en > content/i18n/es.yaml'],
});
if (!shippedWordFiles().has(values.export))
	wrong(`--export ${values.export}: Lantern has no words in this language (it has: ${shipped.join(', ')})`);
process.stdout.write(exportWords(values.export, lanternWordData(values.export)));
