import { withTrailingSlash } from './url.ts';

/**
 * Every page's path, in one place, so links, the language switcher, canonical URLs and
 * hreflang alternates agree. Paths honour the base (`/` or `/status/`) and end in a slash.
 */
export function createRoutes(base: string) {
	const root = withTrailingSlash(base);
	const page = (...segments: (string | number)[]) => `${root}${segments.map((segment) => `${segment}/`).join('')}`;
	const feed = (lang: string, format: FeedFormat) => `${root}${lang}/${FEED_FORMATS[format].file}`;
	const serviceFeed = (lang: string, id: string, format: FeedFormat) =>
		`${root}${lang}/services/${id}/${FEED_FORMATS[format].file}`;
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
		feed,
		serviceFeed,
		/** Every format's feed, in the order pages offer them: the site's, or with `serviceId` that service's. */
		feeds: (lang: string, serviceId?: string) =>
			ALL_FEED_FORMATS.map((format) => ({
				format,
				href: serviceId ? serviceFeed(lang, serviceId, format) : feed(lang, format),
			})),
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

/**
 * Each feed format: its file name (the same for the site and for each service), its MIME type
 * (sent as Content-Type and announced for autodiscovery) and its name in link titles.
 */
export const FEED_FORMATS = {
	rss: { file: 'rss.xml', type: 'application/rss+xml', name: 'RSS' },
	atom: { file: 'atom.xml', type: 'application/atom+xml', name: 'Atom' },
	json: { file: 'feed.json', type: 'application/feed+json', name: 'JSON Feed' },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;
/** The feed formats in the order pages offer them. */
export const ALL_FEED_FORMATS = Object.keys(FEED_FORMATS) as FeedFormat[];

/** The absolute URL of a path on the published site, for canonical links and alternates. */
export function absoluteUrl(siteUrl: string, path: string): string {
	const site = new URL(siteUrl);
	return new URL(path, site.origin).href;
}
