import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawFile } from '../content/raw-content.ts';

/**
 * The folder of the languages Lantern ships, one `<lang>.yaml` each. Read from beside this module
 * (never from the content folder or the working folder): the build reads them in Astro's config,
 * `npm run` scripts and tests read them directly, all from the source tree.
 */
const FOLDER = fileURLToPath(new URL('./words/', import.meta.url));

let files: Map<string, RawFile> | undefined;

/**
 * The words files Lantern ships, by language, read once per process: adding a language to
 * Lantern is adding its file. Paths are shown relative to the working folder, as content paths are.
 */
export function shippedWordFiles(): ReadonlyMap<string, RawFile> {
	files ??= new Map(
		readdirSync(FOLDER)
			.flatMap((name) => /^([a-z]{2,3}(?:-[A-Z]{2})?)\.yaml$/.exec(name)?.[1] ?? [])
			.sort()
			.map((lang) => {
				const file = path.join(FOLDER, `${lang}.yaml`);
				return [lang, { file: path.relative(process.cwd(), file) || file, text: readFileSync(file, 'utf8') }];
			}),
	);
	return files;
}
