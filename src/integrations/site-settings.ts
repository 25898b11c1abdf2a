import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentFolder } from '../lib/content/load-content.ts';

export interface SiteSettings {
	contentFolder: string;
	siteUrl: string;
	basePath: string;
	cacheDir: string;
	/** The site's languages, for the hosting files (empty if site.yaml cannot be read; the content check reports why). */
	languages: string[];
}

/**
 * What Astro's own config needs before any content is loaded: where the content is, the
 * site URL and the base path. `SITE_URL` and `BASE_PATH` override site.yaml, so one content
 * folder can be published to several hosts. Full validation happens in the content check.
 */
export function readSiteSettings(env: Record<string, string | undefined>): SiteSettings {
	const folder = contentFolder(env);
	let siteUrl = env['SITE_URL'];
	let languages: string[] = [];
	try {
		const site = parse(readFileSync(path.join(folder, 'site.yaml'), 'utf8')) as {
			site_url?: unknown;
			languages?: unknown;
		} | null;
		if (!siteUrl && typeof site?.site_url === 'string') siteUrl = site.site_url;
		if (Array.isArray(site?.languages)) languages = site.languages.map(String);
	} catch {
		// A missing or broken site.yaml is reported, with its line, by the content check.
	}
	siteUrl ??= 'http://localhost:4321/';
	const basePath = env['BASE_PATH'] || safePathname(siteUrl);
	const folderKey = createHash('sha256').update(folder).digest('hex').slice(0, 12);
	return {
		contentFolder: folder,
		siteUrl,
		basePath: basePath.endsWith('/') ? basePath : `${basePath}/`,
		cacheDir: path.resolve('node_modules/.astro', `content-${folderKey}`),
		languages,
	};
}

function safePathname(url: string): string {
	try {
		return new URL(url).pathname;
	} catch {
		return '/';
	}
}
