import { xmlDocument } from '../xml-document.ts';
import type { FeedDocument } from './feed-document.ts';

/**
 * Atom 1.0 (RFC 4287), written as the CAP alerts are (xml-document.ts). Titles, summaries,
 * names and categories are plain text, so they go out as `type="text"` and a feed reader shows
 * `<b>` or `< 2 uur` as written; only the entry's content is HTML, escaped once as text.
 * The `feed` library did neither: it put every title and summary in `type="html"` CDATA
 * (plain text read as markup) and split only the first `]]>` of a text, so a second one made
 * the whole feed malformed XML.
 */
export function toAtom(feed: FeedDocument): string {
	const text = (value: string) => ({ '@type': 'text', '#': value });
	const document = {
		feed: {
			'@xmlns': 'http://www.w3.org/2005/Atom',
			'@xml:lang': feed.lang,
			id: feed.urls.atom,
			title: text(feed.title),
			subtitle: text(feed.description),
			updated: feed.updated.toISOString(),
			generator: 'Lantern',
			author: { name: feed.author.name, uri: feed.author.url },
			link: [
				{ '@rel': 'alternate', '@type': 'text/html', '@href': feed.homeUrl },
				{ '@rel': 'self', '@type': 'application/atom+xml', '@href': feed.urls.atom },
				...(feed.hub ? [{ '@rel': 'hub', '@href': feed.hub }] : []),
			],
			rights: text(feed.author.name),
			entry: feed.entries.map((entry) => ({
				// An entry not yet translated is in the source language: say so where it differs from the feed's.
				...(entry.lang !== feed.lang && { '@xml:lang': entry.lang }),
				id: entry.id,
				title: text(entry.title),
				link: { '@rel': 'alternate', '@type': 'text/html', '@href': entry.url },
				published: entry.published.toISOString(),
				updated: entry.updated.toISOString(),
				...(entry.summary !== undefined && { summary: text(entry.summary) }),
				content: { '@type': 'html', '#': entry.contentHtml },
				category: entry.categories.map((category) => ({ '@term': category.term, '@label': category.label })),
			})),
		},
	};
	return xmlDocument(document);
}
