import { getRssString } from '@astrojs/rss';
import { escapeXml } from '../escape.ts';
import { FEED_FORMATS } from '../routes.ts';
import type { FeedDocument } from './feed-document.ts';

/**
 * RSS 2.0 through @astrojs/rss, with `atom:link rel="self"` and the channel language.
 * RSS has no way to say that a title or description is plain text, and feed readers read an
 * item's description (and most its title) as HTML: those are written as HTML, escaped, so
 * `<b>` or `< 2 uur` in an update reads as written. The library escapes them once more for XML.
 */
export function toRss(feed: FeedDocument): Promise<string> {
	return getRssString({
		title: feed.title,
		description: feed.description,
		site: feed.homeUrl,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			`<language>${escapeXml(feed.lang)}</language>`,
			`<lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
			`<atom:link href="${escapeXml(feed.urls.rss)}" rel="self" type="${FEED_FORMATS.rss.type}"/>`,
			feed.hub ? `<atom:link href="${escapeXml(feed.hub)}" rel="hub"/>` : '',
		].join(''),
		items: feed.entries.map((entry) => ({
			title: escapeXml(entry.title),
			link: entry.url,
			pubDate: entry.published,
			...(entry.summary !== undefined && { description: escapeXml(entry.summary) }),
			content: entry.contentHtml,
			categories: entry.categories.map((category) => category.label),
		})),
	});
}
