import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
	compareWithManifest,
	filesOfFolder,
	MANIFEST_FILE,
	sha256,
	type IntegrityManifest,
} from '../../src/lib/hosting/integrity.ts';
import { withTrailingSlash } from '../../src/lib/url.ts';

export type CopyReport = ReturnType<typeof compareWithManifest>;

/**
 * Compares a deployed copy (a web address or a folder) with the build's manifest: every file
 * the build has is fetched or read and hashed. Used by `npm run verify` and `npm run ready --online`.
 */
export async function verifyCopy(target: string, expected: IntegrityManifest): Promise<CopyReport> {
	const files = Object.keys(expected.files);
	const actual = new Map<string, string | undefined>();
	let listed: string[] | undefined;
	if (/^https?:\/\//.test(target)) {
		const base = withTrailingSlash(target);
		// Eight at a time: enough to be quick, gentle on a host that is under load already.
		let next = 0;
		const worker = async () => {
			while (next < files.length) {
				const file = files[next++]!;
				const response = await fetch(new URL(file.split('/').map(encodeURIComponent).join('/'), base)).catch(
					() => undefined,
				);
				actual.set(file, response?.ok ? sha256(new Uint8Array(await response.arrayBuffer())) : undefined);
			}
		};
		await Promise.all(Array.from({ length: 8 }, worker));
		// A URL cannot be listed; the copy's own manifest says what else it thinks it serves.
		const theirs = await fetch(new URL(MANIFEST_FILE, base))
			.then((response) => (response.ok ? (response.json() as Promise<IntegrityManifest>) : undefined))
			.catch(() => undefined);
		if (theirs) listed = Object.keys(theirs.files);
	} else {
		const folder = path.resolve(target);
		listed = await filesOfFolder(folder);
		const present = new Set(listed);
		for (const file of files)
			actual.set(file, present.has(file) ? sha256(await readFile(path.join(folder, file))) : undefined);
	}
	return compareWithManifest(expected, actual, listed);
}
