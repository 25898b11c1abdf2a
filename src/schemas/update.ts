import { z } from 'astro/zod';
import { idSchema, instantSchema } from './common.ts';
import { phaseSchema } from './state.ts';

/**
 * A service's new state in an update: either the state alone (`mug: unavailable`) or the
 * state with a short note shown next to it (`{ state: postponed, note: We will call you. }`).
 * The short form is read as the long one, so errors always point at `state` or `note`.
 *
 * A change may be announced ahead of time with `from` (it takes effect then) and `until` (a
 * window: afterwards the service returns to the state it would have had without it). A later
 * update cancels what earlier updates planned for a service with `cancel: true`, and moves it
 * by writing `cancel: true` together with the new `state` and `from`.
 */
export const serviceEntrySchema = z.preprocess(
	(value) => (typeof value === 'string' ? { state: value } : value),
	z.strictObject({
		/**
		 * The state the service is in from this update on (or from `from`), one of the site's states
		 * (checked against site.yaml's set as the update is read). Leave out only with `cancel: true` alone.
		 */
		state: z.string().optional(),
		/** One sentence for the public, shown beside the state until the service changes again. */
		note: z.string().trim().min(1).optional(),
		/** When the change takes effect, with offset; not before `published`. Leave out for "now". */
		from: instantSchema.optional(),
		/** The end of a window, with offset: afterwards the service returns to its state before the window. */
		until: instantSchema.optional(),
		/** `true` cancels what earlier updates planned for this service and has not begun; a window under way ends now. */
		cancel: z.literal(true).optional(),
	}),
);

/** The frontmatter of an update in the source language: the text and every shared fact. */
export const sourceUpdateSchema = z.strictObject({
	/** The id of the incident this update is about (a file in content/incidents/). */
	incident: idSchema,
	/** When the update was published, with offset. A time in the future holds it back (embargo). */
	published: instantSchema,
	/** When the published text was last corrected, with offset; leave out if it never was. */
	updated: instantSchema.optional(),
	/** The incident's phase as of this update. */
	phase: phaseSchema,
	/** The headline, short enough for a phone screen. */
	title: z.string().trim().min(1),
	/** One or two sentences: the gist for people who read nothing else. */
	summary: z.string().trim().min(1).optional(),
	/** Only the services whose state changes; every other service keeps its state. */
	services: z.record(z.string(), serviceEntrySchema).default({}),
	/** When the next update is expected, with offset. Leave out once the incident is resolved. */
	next_update: instantSchema.optional(),
	/** `true` keeps the update out of the public site until it is removed. */
	draft: z.boolean().default(false),
});

/**
 * The frontmatter of a translation: its text only. States and times live in the source file,
 * so that a translation can never contradict it.
 */
export const translationSchema = z.strictObject({
	/** The headline, translated. */
	title: z.string().trim().min(1),
	/** The summary, translated. */
	summary: z.string().trim().min(1).optional(),
	/** Translations of the source file's service notes, by service id. */
	notes: z.record(idSchema, z.string().trim().min(1)).default({}),
	/**
	 * The fingerprint of the source text this translates (written by `npm run translate`).
	 * When the source text changes, the fingerprint no longer matches and the page warns.
	 */
	source_hash: z.string().regex(/^[0-9a-f]{12}$/, '12 hexadecimal characters written by npm run translate'),
});

export type SourceUpdateInput = z.infer<typeof sourceUpdateSchema>;
export type TranslationInput = z.infer<typeof translationSchema>;
