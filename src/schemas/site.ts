import { z } from 'astro/zod';
import { announceSchema } from './announce.ts';
import { capSettingsSchema } from './cap.ts';
import { placeTypeSchema } from './place-type.ts';
import { idSchema, languageCodeSchema, localTextSchema } from './common.ts';
import { siteStatesSchema } from './state.ts';

/** A phone number as people dial it: digits, spaces, `+`, `/`, `.`, `-` and brackets. */
const phoneSchema = z.string().regex(/^\+?[0-9][0-9 ./()-]*$/, 'a phone number such as 112 or +32 9 123 45 00');

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

/** Another hospital people can go to instead (the `hospitals:` list, as site.yaml has always had it). */
export const hospitalSchema = z.strictObject({
	/** The hospital's name, the same in every language. */
	name: z.string().min(1),
	/** Its general phone number. */
	phone: phoneSchema,
	/** Its own website (a link readers click; nothing is loaded from it). */
	url: urlSchema.optional(),
});

/** A place people can go to instead: another hospital, the town's other office, a partner's shop. */
export const placeSchema = hospitalSchema.partial({ phone: true });

/**
 * How a contact is named in templates and updates: `{customer_line}`, `<Contact kind="customer_line" />`.
 * Underscores, not dashes, as in the names site.yaml has always had (`gp_on_call`).
 */
export const contactIdSchema = z
	.string()
	.regex(/^[a-z][a-z0-9_]*$/, 'an id of lower-case letters, digits and underscores, such as customer_line');

/**
 * One number or place under "What to do now", after the emergency number: a GP on-call service,
 * a town's information line, a company's customer line, the hospitals nearby. Something to call,
 * write to, open or go to: a phone, an email address, a web address, places, or several of them.
 */
export const contactSchema = z.strictObject({
	/**
	 * Its name in templates (`{customer_line}` becomes its number) and in updates
	 * (`<Contact kind="customer_line" />`); never shown. Each id once. Lantern knows
	 * `gp_on_call`, `info_line` and `hospitals`, and has words for them in every language.
	 */
	id: contactIdSchema,
	/**
	 * The words before it, per language, in every language of the site: “Questions about your
	 * order? Call our customer line:”. Optional for `gp_on_call`, `info_line` and `hospitals`,
	 * which take Lantern's words (whatToDo in src/lib/i18n/words/) in a language without one.
	 */
	label: localTextSchema.optional(),
	/** The number to call; a template's `{id}` becomes this number. */
	phone: phoneSchema.optional(),
	/** An email address to write to (one that works without the organisation's own IT). */
	email: z.email({ error: 'an email address such as status@example.org' }).optional(),
	/** A web address to open (a link readers click; nothing is loaded from it). */
	url: urlSchema.optional(),
	/** A line after it, per language, in every language of the site: opening hours, who it is for. */
	note: localTextSchema.optional(),
	/** Places people can go to instead, in the order they should be suggested, each with its own phone and web address. */
	places: z.array(placeSchema).default([]),
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
	/**
	 * Numbers and places for "What to do now", on the home page, the print notice, alerts and
	 * the API. `emergency` comes first everywhere; then `gp_on_call`, `info_line` and `hospitals`
	 * (the fields site.yaml has always had), then `others`, in their order.
	 */
	contacts: z.strictObject({
		/** The emergency number (112 in Europe), shown first, on the first screen. */
		emergency: phoneSchema,
		/** The GP on-call service's number (1733 in Belgium): the same as an entry `id: gp_on_call` in `others`. */
		gp_on_call: phoneSchema.optional(),
		/** The organisation's own information line, if it still has one: the same as an entry `id: info_line`. */
		info_line: phoneSchema.optional(),
		/** Nearby hospitals, in the order they should be suggested: the same as an entry `id: hospitals` with `places`. */
		hospitals: z.array(hospitalSchema).default([]),
		/** Every other number and place, in the order they are shown: each with an id, its words per language and a phone, email, web address or places. */
		others: z.array(contactSchema).default([]),
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
	/**
	 * How the CAP alerts describe themselves: `category`, CAP's categories (Health and Infra for a
	 * site with the hospital states, Infra for a set of its own, unless given here).
	 */
	cap: capSettingsSchema.optional(),
	/**
	 * What kind of place the organisation is, for search engines (schema.org): Hospital, CityHall,
	 * School, LocalBusiness, ... (Hospital for a site with the hospital states, CivicStructure for a
	 * set of its own, unless given here).
	 */
	place_type: placeTypeSchema.optional(),
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
