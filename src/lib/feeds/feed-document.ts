/** A feed, independent of its format: what RSS, Atom and JSON Feed are each written from. */
export interface FeedDocument {
	title: string;
	description: string;
	/** The page the feed follows (the home page, or a service page). */
	homeUrl: string;
	/** The feed's own URL in each format; `self` is the one being written. */
	urls: { rss: string; atom: string; json: string };
	/** BCP 47 language of the feed. */
	lang: string;
	/** The newest entry's time; the build time of an empty feed would change every build. */
	updated: Date;
	author: { name: string; url: string };
	/** The WebSub hub that `npm run announce` tells of each new update; only the site's own feeds name it. */
	hub?: string;
	entries: FeedEntry[];
}

export interface FeedEntry {
	/** The permalink: never changes, even when the text is corrected later. */
	id: string;
	url: string;
	title: string;
	summary?: string;
	/** Full HTML: the changes as a list, then the body. */
	contentHtml: string;
	published: Date;
	updated: Date;
	/** Incident, phase and services, as a machine term and a label for people. */
	categories: { term: string; label: string }[];
	/** The language the entry is written in (the source language where no translation exists). */
	lang: string;
}
