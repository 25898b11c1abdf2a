import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** `/integrity.json`: the SHA-256 of every file of the build, by path relative to the site root. */
export interface IntegrityManifest {
	algorithm: 'sha256';
	files: Record<string, string>;
}

export const MANIFEST_FILE = 'integrity.json';

export function sha256(content: Uint8Array | string): string {
	return createHash('sha256').update(content).digest('hex');
}

/** Every file below a folder, as web paths relative to it (`nl/index.html`), sorted. */
export async function filesOfFolder(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** Hashes every file in a folder (the manifest itself excluded), in a stable order. */
export async function manifestOfFolder(folder: string): Promise<IntegrityManifest> {
	const files = (await filesOfFolder(folder)).filter((file) => file !== MANIFEST_FILE);
	const hashes: Record<string, string> = {};
	for (const file of files) hashes[file] = sha256(await readFile(path.join(folder, file)));
	return { algorithm: 'sha256', files: hashes };
}

export interface IntegrityReport {
	checked: number;
	missing: string[];
	changed: string[];
	/** Files the copy has that the build did not make (only knowable where the copy can be listed). */
	extra: string[];
}

/**
 * Compares what was built with what a copy serves. `actual` holds the hash of each file the
 * copy has (undefined: not there); `listed` is every file of the copy, where it can be listed.
 */
export function compareWithManifest(
	expected: IntegrityManifest,
	actual: Map<string, string | undefined>,
	listed?: string[],
): IntegrityReport {
	const missing: string[] = [];
	const changed: string[] = [];
	for (const [file, hash] of Object.entries(expected.files)) {
		const found = actual.get(file);
		if (found === undefined) missing.push(file);
		else if (found !== hash) changed.push(file);
	}
	const extra = (listed ?? []).filter((file) => file !== MANIFEST_FILE && !(file in expected.files)).sort();
	return { checked: Object.keys(expected.files).length, missing, changed, extra };
}

/**
 * How many files one manifest has that the other lacks or hashes differently: zero when two
 * builds are the same site, so a scheduled rebuild need not publish.
 */
export function manifestDifference(built: IntegrityManifest, live: IntegrityManifest): number {
	const files = new Set([...Object.keys(built.files), ...Object.keys(live.files)]);
	return [...files].filter((file) => built.files[file] !== live.files[file]).length;
}
