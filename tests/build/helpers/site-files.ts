import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';

/** The file a root-relative URL points at in a built site, for a site served at `base`. */
export function fileForUrl(dist: string, url: string, base = '/'): string | undefined {
	const pathname = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
	if (!pathname.startsWith(base)) return undefined;
	const relative = pathname.slice(base.length);
	return path.join(dist, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
}

/** Ids in an HTML file, for checking #anchors. */
const idCache = new Map<string, Set<string>>();
export async function idsIn(file: string): Promise<Set<string>> {
	let ids = idCache.get(file);
	if (!ids) {
		const page = parse(await readFile(file, 'utf8'));
		ids = new Set(page.querySelectorAll('[id]').map((element) => element.getAttribute('id')!));
		idCache.set(file, ids);
	}
	return ids;
}
