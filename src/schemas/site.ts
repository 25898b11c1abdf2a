import { z } from 'astro/zod';
import { announceSchema } from './announce.ts';
import { idSchema, languageCodeSchema, localTextSchema } from './common.ts';
import { siteStatesSchema } from './state.ts';

/** A phone number as people dial it: digits, spaces, `+`, `/`, `.`, `-` and brackets. */
const phoneSchema = z.string().regex(/^\+?[0-9][0-9 ./()-]*$/, 'a phone number such as 112 or +32 9 123 45 00');

/**
 * The numbers in `contacts`, by their names in site.yaml; prepared texts (templates, starters)
 * name them as placeholders, `{emergency}`, and never write a number of their own.
 */
export const CONTACT_NUMBERS = ['emergency', 'gp_on_call', 'info_line'] as const;

/** A web address starting with http:// or https://. */
const urlSchema = z.url({ protocol: /^https?$/, error: 'a web address starting with https://' });

/** One site of the organisation; services belong to a campus. */
export const campusSchema = z.strictObject({
	/** Used in service entries (`campus: noord`) and never shown. */
	id: idSchema,
	/** The campus name per language. */
	name: localTextSchema,
	/** Street address, shown to help people find the campus. */
	address: z.string().optional(),
});

/** Another hospital people can go to instead. */
export const hospitalSchema = z.strictObject({
	/** The hospital's name, the same in every language. */
	name: z.string().min(1),
	/** Its general phone number. */
	phone: phoneSchema,
	/** Its own website (a link readers click; nothing is loaded from it). */
	url: urlSchema.optional(),
});

/** `content/site.yaml`: the organisation and the settings of the whole site. */
export const siteSchema = z.strictObject({
	/** The organisation's name per language, shown in every page header. */
	organisation: localTextSchema,
	/** The site's languages; the first is the source language, which holds service states. */
	languages: z.array(languageCodeSchema).min(1),
	/** IANA time zone in which times are shown, such as Europe/Brussels. */
	time_zone: z.string().refine(isTimeZone, 'a time zone such as Europe/Brussels'),
	/** The public address of the site, used for canonical links, feeds and QR codes. */
	site_url: urlSchema,
	/** The organisation's campuses, in the order the board shows them. */
	campuses: z.array(campusSchema).min(1),
	/** Numbers and places for "what to do now". */
	contacts: z.strictObject({
		/** The emergency number (112 in Europe). */
		emergency: phoneSchema,
		/** The GP on-call service's number (1733 in Belgium). */
		gp_on_call: phoneSchema,
		/** The organisation's own information line, if it still has one. */
		info_line: phoneSchema.optional(),
		/** Nearby hospitals, in the order they should be suggested. */
		hospitals: z.array(hospitalSchema).default([]),
	}),
	/**
	 * The states services can be in, when the default hospital states do not say it (a town hall's
	 * "open by appointment only"): `add:` a list to them, or `replace:` them with a list of the
	 * site's own. Each state has its `key`, `rank` (0 for the normal state, higher is worse), the
	 * `statuspage` status it is reported as, an `icon` and its `label` in every language of the site.
	 */
	states: siteStatesSchema.optional(),
	/** Other addresses where a copy of this site is served. */
	mirrors: z.array(urlSchema).default([]),
	/** The area the organisation serves, named in CAP alerts so alerting systems can place them. */
	area: z
		.strictObject({
			/** The area in words, per language (such as "Gent and surroundings"). */
			description: localTextSchema,
			/** A circle around it: `latitude,longitude radius-in-km` (WGS 84), as CAP writes it. */
			circle: z
				.string()
				.regex(
					/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)? \d+(\.\d+)?$/,
					'latitude,longitude radius, such as "51.05,3.72 15"',
				)
				.optional(),
		})
		.optional(),
	/** Feeds for subscribers. */
	feeds: z
		.strictObject({
			/** How many of the newest updates a feed carries; the pages keep the whole archive. */
			items: z.number().int().min(1).max(1000).default(50),
		})
		.default({ items: 50 }),
	/** Where `npm run announce` sends each new update (docs/announcing.md); no announcing without it. */
	announce: announceSchema.optional(),
	/**
	 * A drill (docs/rehearsing.md): every page, feed, API, alert, badge and announcement says first
	 * that nothing in it is real, and no page may be indexed. For a rehearsal on an address of its
	 * own; `LANTERN_EXERCISE=1` does the same for one build.
	 */
	exercise: z.boolean().default(false),
});

export type SiteInput = z.infer<typeof siteSchema>;

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
