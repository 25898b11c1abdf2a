import type { FeedDocument } from './feed-document.ts';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Written as a typed object: JSON needs no
 * escaping library, and the `feed` library only writes version 1.0 (no `language`, `authors`).
 */
export interface JsonFeed {
	version: 'https://jsonfeed.org/version/1.1';
	title: string;
	home_page_url: string;
	feed_url: string;
	description: string;
	language: string;
	authors: { name: string; url: string }[];
	/** WebSub hubs, where feed readers subscribe to be told of a new item. */
	hubs?: { type: 'WebSub'; url: string }[];
	items: {
		id: string;
		url: string;
		title: string;
		summary?: string;
		content_html: string;
		date_published: string;
		date_modified: string;
		tags: string[];
		language: string;
	}[];
}

export function toJsonFeed(feed: FeedDocument): JsonFeed {
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: feed.title,
		home_page_url: feed.homeUrl,
		feed_url: feed.urls.json,
		description: feed.description,
		language: feed.lang,
		authors: [feed.author],
		...(feed.hub && { hubs: [{ type: 'WebSub' as const, url: feed.hub }] }),
		items: feed.entries.map((entry) => ({
			id: entry.id,
			url: entry.url,
			title: entry.title,
			...(entry.summary !== undefined && { summary: entry.summary }),
			content_html: entry.contentHtml,
			date_published: entry.published.toISOString(),
			date_modified: entry.updated.toISOString(),
			tags: entry.categories.map((category) => category.label),
			language: entry.lang,
		})),
	};
}
