import { buildFeed } from '../lib/feeds/build-feed.ts';
import type { FeedDocument } from '../lib/feeds/feed-document.ts';
import { toAtom } from '../lib/feeds/atom.ts';
import { toJsonFeed } from '../lib/feeds/json-feed.ts';
import { toRss } from '../lib/feeds/rss.ts';
import { ALL_FEED_FORMATS, FEED_FORMATS, type FeedFormat } from '../lib/routes.ts';
import { bodyHtml } from './body-html.ts';
import { getLantern } from './lantern.ts';

/** The feed files of every language (and, with `perService`, of every service in every language). */
export async function feedPaths(perService: boolean) {
	const { content } = await getLantern();
	return content.site.languages.flatMap((lang) =>
		(perService ? content.services.map((service) => service.id) : [undefined]).flatMap((id) =>
			ALL_FEED_FORMATS.map((format) => ({
				params: { lang, feed: FEED_FORMATS[format].file, ...(id && { id }) },
				props: { format },
			})),
		),
	);
}

/** The body of one feed file. */
export async function feedResponse(lang: string, format: FeedFormat, serviceId?: string): Promise<Response> {
	const lantern = await getLantern();
	const feed = await buildFeed({ ...lantern, bodyHtml }, lang, serviceId);
	const body = await feedBody(feed, format);
	return new Response(body, { headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` } });
}

async function feedBody(feed: FeedDocument, format: FeedFormat): Promise<string> {
	switch (format) {
		case 'rss':
			return toRss(feed);
		case 'atom':
			return toAtom(feed);
		case 'json':
			return JSON.stringify(toJsonFeed(feed), null, '\t');
	}
}
