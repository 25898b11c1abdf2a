import type { APIRoute } from 'astro';
import { getLantern } from '../data/lantern.ts';
import { absoluteUrl } from '../lib/routes.ts';

/** Everything may be indexed: the site exists to be found. */
export const GET: APIRoute = async () => {
	const { content, routes } = await getLantern();
	return new Response(
		`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(content.site.siteUrl, routes.asset('sitemap-index.xml'))}\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
};
