import { HOSPITAL_CAP_CATEGORIES, OWN_CAP_CATEGORIES } from '../../schemas/cap.ts';
import { HOSPITAL_PLACE_TYPE, OWN_PLACE_TYPE } from '../../schemas/place-type.ts';
import { siteSchema, type SiteInput } from '../../schemas/site.ts';
import { withTrailingSlash } from '../url.ts';
import { duplicateIdProblems, localTextProblems } from './content-rules.ts';
import { announceProblems } from './read-announce.ts';
import { contactList, contactProblems } from './read-contacts.ts';
import { readStates } from './read-states.ts';
import type { StateSet } from '../states.ts';
import type { Site } from './model.ts';
import { parseYamlFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import type { RawFile } from './raw-content.ts';
import { withoutUndefined } from './without-undefined.ts';

/**
 * `site.yaml` read through its schema and checked; `site` is absent when it has an error, and
 * `states` (the site's state set) when its `states:` has one.
 */
export function readSite(raw: RawFile): { site?: Site; states?: StateSet; problems: Problem[] } {
	const { value, source, problems } = parseYamlFile(raw, siteSchema, { languages: listedLanguages });
	if (!value || !source) return { problems };
	const file = raw.file;
	problems.push(
		...duplicateIdProblems(
			value.languages,
			(index) => ({ file, ...source.locate(['languages', index]), field: `languages.${index}` }),
			'language',
		),
		...duplicateIdProblems(
			value.campuses.map((campus) => campus.id),
			(index) => ({ file, ...source.locate(['campuses', index, 'id']), field: `campuses.${index}.id` }),
			'campus',
		),
	);
	const site = siteFromInput(value);
	const place = (path: PropertyKey[]) => ({ file, source, path });
	problems.push(
		...localTextProblems(site, site.organisation, place(['organisation'])),
		...(value.area ? localTextProblems(site, value.area.description, place(['area', 'description'])) : []),
		...value.campuses.flatMap((campus, index) =>
			localTextProblems(site, campus.name, place(['campuses', index, 'name'])),
		),
		...contactProblems(value.contacts, site, place(['contacts'])),
		...(value.announce ? announceProblems(value.announce, site, place(['announce'])) : []),
	);
	const states = readStates(value.states, site, place(['states']));
	problems.push(...states.problems);
	return { site, ...(states.states && { states: states.states }), problems };
}

/** The model of site.yaml: names as the rest of Lantern uses them (camelCase, the source language named). */
function siteFromInput(value: SiteInput): Site {
	return withoutUndefined({
		organisation: value.organisation,
		languages: value.languages,
		sourceLanguage: value.languages[0]!,
		timeZone: value.time_zone,
		siteUrl: withTrailingSlash(value.site_url),
		campuses: value.campuses.map((campus) => withoutUndefined({ ...campus })),
		contacts: { emergency: value.contacts.emergency, others: contactList(value.contacts) },
		mirrors: value.mirrors,
		area: value.area && withoutUndefined({ ...value.area }),
		// The hospital states say the site is a hospital's (medical services); a set of its own says nothing of the kind.
		capCategories: value.cap?.category ?? (value.states?.replace ? OWN_CAP_CATEGORIES : HOSPITAL_CAP_CATEGORIES),
		placeType: value.place_type ?? (value.states?.replace ? OWN_PLACE_TYPE : HOSPITAL_PLACE_TYPE),
		feedItems: value.feeds.items,
		announce: value.announce,
		exercise: value.exercise,
	});
}

/** The languages site.yaml lists, read before the file is known to be valid, for its own messages. */
function listedLanguages(data: unknown): string[] | undefined {
	const listed = (data as { languages?: unknown } | undefined)?.languages;
	return Array.isArray(listed) ? listed.filter((lang): lang is string => typeof lang === 'string') : undefined;
}
