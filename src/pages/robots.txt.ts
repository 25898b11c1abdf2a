import type { APIRoute } from 'astro';
import { getLantern } from '../data/lantern.ts';
import { exerciseNotice } from '../lib/exercise.ts';
import { absoluteUrl } from '../lib/routes.ts';

/**
 * Everything may be indexed: the site exists to be found. A drill's pages each say `noindex`
 * instead of a `Disallow` here: a crawler that may not fetch a page never reads its noindex, and
 * search engines then list its address anyway when another site links to it.
 */
export const GET: APIRoute = async () => {
	const { content, routes } = await getLantern();
	const notice = exerciseNotice(content.site, content.words.for(content.site.sourceLanguage));
	return new Response(
		`${notice ? `# ${notice}\n` : ''}User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(content.site.siteUrl, routes.asset('sitemap-index.xml'))}\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
};
