import { Feed } from 'feed';
import type { FeedDocument } from './feed-document.ts';

/** Atom 1.0 through the `feed` library: feed and entry ids, author, updated, categories with terms. */
export function toAtom(feed: FeedDocument): string {
	const atom = new Feed({
		id: feed.urls.atom,
		title: feed.title,
		description: feed.description,
		link: feed.homeUrl,
		language: feed.lang,
		updated: feed.updated,
		generator: 'Lantern',
		author: { name: feed.author.name, link: feed.author.url },
		feedLinks: { atom: feed.urls.atom },
		copyright: feed.author.name,
		...(feed.hub && { hub: feed.hub }),
	});
	for (const entry of feed.entries) {
		atom.addItem({
			id: entry.id,
			title: entry.title,
			link: entry.url,
			date: entry.updated,
			published: entry.published,
			...(entry.summary !== undefined && { description: entry.summary }),
			content: entry.contentHtml,
			category: entry.categories.map((category) => ({ term: category.term, name: category.label })),
		});
	}
	// The library leaves the language out of Atom; xml:lang on the root is how Atom says it.
	return atom
		.atom1()
		.replace(
			'<feed xmlns="http://www.w3.org/2005/Atom">',
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
		);
}
