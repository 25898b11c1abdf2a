/**
 * Every page's path, in one place, so links, the language switcher, canonical URLs and
 * hreflang alternates agree. Paths honour the base (`/` or `/status/`) and end in a slash.
 */
export function createRoutes(base: string) {
	const root = base.endsWith('/') ? base : `${base}/`;
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
		asset: (file: string) => `${root}${file.replace(/^\//, '')}`,
	};
}

export type Routes = ReturnType<typeof createRoutes>;

/** The absolute URL of a path on the published site, for canonical links and alternates. */
export function absoluteUrl(siteUrl: string, path: string): string {
	const site = new URL(siteUrl);
	return new URL(path, site.origin).href;
}
