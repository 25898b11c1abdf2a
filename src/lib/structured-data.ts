import type { Site } from './content/model.ts';
import { organisationName } from './content/names.ts';
import { asExercise } from './exercise.ts';
import type { Words } from './i18n/words-schema.ts';

/**
 * schema.org SpecialAnnouncement for one update, so search engines can show it as an
 * official announcement of the organisation, at a place of its kind (site.yaml's `place_type`).
 */
export function specialAnnouncement(input: {
	site: Site;
	lang: string;
	/** The interface words of `lang`. */
	words: Words;
	url: string;
	homeUrl: string;
	title: string;
	summary?: string | undefined;
	published: Date;
	updated: Date;
}) {
	const organisation = organisationName(input.site, input.lang);
	return {
		'@context': 'https://schema.org',
		'@type': 'SpecialAnnouncement',
		name: asExercise(input.site, input.words, input.title),
		...(input.summary && { text: input.summary }),
		url: input.url,
		inLanguage: input.lang,
		datePosted: input.published.toISOString(),
		dateModified: input.updated.toISOString(),
		publisher: { '@type': 'Organization', name: organisation, url: input.homeUrl },
		announcementLocation: { '@type': input.site.placeType, name: organisation, url: input.homeUrl },
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLd(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
