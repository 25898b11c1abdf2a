import { buildFeed } from '../lib/feeds/build-feed.ts';
import { toAtom } from '../lib/feeds/atom.ts';
import { toJsonFeed } from '../lib/feeds/json-feed.ts';
import { toRss } from '../lib/feeds/rss.ts';
import { FEED_FILES, type FeedFormat } from '../lib/routes.ts';
import { bodyHtml } from './body-html.ts';
import { getLantern } from './lantern.ts';

const FORMATS = Object.entries(FEED_FILES) as [FeedFormat, string][];

/** The feed files of every language (and, with `perService`, of every service in every language). */
export async function feedPaths(perService: boolean) {
	const { content } = await getLantern();
	return content.site.languages.flatMap((lang) =>
		(perService ? content.services.map((service) => service.id) : [undefined]).flatMap((id) =>
			FORMATS.map(([format, file]) => ({ params: { lang, feed: file, ...(id && { id }) }, props: { format } })),
		),
	);
}

/** The body of one feed file. */
export async function feedResponse(lang: string, format: FeedFormat, serviceId?: string): Promise<Response> {
	const lantern = await getLantern();
	const feed = await buildFeed({ ...lantern, bodyHtml }, lang, serviceId);
	switch (format) {
		case 'rss':
			return new Response(await toRss(feed), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
		case 'atom':
			return new Response(toAtom(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
		case 'json':
			return new Response(JSON.stringify(toJsonFeed(feed), null, '\t'), {
				headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
			});
	}
}
