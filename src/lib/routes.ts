import { withTrailingSlash } from './url.ts';

/**
 * Every page's path, in one place, so links, the language switcher, canonical URLs and
 * hreflang alternates agree. Paths honour the base (`/` or `/status/`) and end in a slash.
 */
export function createRoutes(base: string) {
	const root = withTrailingSlash(base);
	const page = (...segments: (string | number)[]) => `${root}${segments.map((segment) => `${segment}/`).join('')}`;
	return {
		root: () => root,
		home: (lang: string) => page(lang),
		updates: (lang: string, pageNumber = 1) =>
			pageNumber <= 1 ? page(lang, 'updates') : page(lang, 'updates', pageNumber),
		update: (lang: string, id: string) => page(lang, 'updates', id),
		services: (lang: string) => page(lang, 'services'),
		service: (lang: string, id: string) => page(lang, 'services', id),
		incidents: (lang: string) => page(lang, 'incidents'),
		incident: (lang: string, id: string) => page(lang, 'incidents', id),
		search: (lang: string) => page(lang, 'search'),
		print: (lang: string) => page(lang, 'print'),
		asset: (file: string) => `${root}${file.replace(/^\//, '')}`,
		feed: (lang: string, format: FeedFormat) => `${root}${lang}/${FEED_FILES[format]}`,
		serviceFeed: (lang: string, id: string, format: FeedFormat) =>
			`${root}${lang}/services/${id}/${FEED_FILES[format]}`,
		statuspage: (document: string) => `${root}api/v2/${document}.json`,
		api: (file: string) => `${root}api/${file}`,
		capAlert: (updateId: string) => `${root}cap/${updateId}.xml`,
		capIndex: () => `${root}cap/index.atom`,
		/** A badge: in the source language at the root, or in one language under /{lang}/. */
		badge: (lang?: string, serviceId?: string) =>
			`${root}${lang ? `${lang}/` : ''}${serviceId ? `services/${serviceId}/` : ''}badge.svg`,
	};
}

export type Routes = ReturnType<typeof createRoutes>;

/** The file name of each feed format, the same for the site and for each service. */
export const FEED_FILES = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof FEED_FILES;

/** The absolute URL of a path on the published site, for canonical links and alternates. */
export function absoluteUrl(siteUrl: string, path: string): string {
	const site = new URL(siteUrl);
	return new URL(path, site.origin).href;
}
