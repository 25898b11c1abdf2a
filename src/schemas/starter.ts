import { z } from 'astro/zod';
import { idSchema, localTextSchema } from './common.ts';
import { serviceGroupSchema, serviceSchema } from './services.ts';
import { KNOWN_PLACEHOLDERS } from '../lib/authoring/contact-placeholders.ts';
import { contactIdSchema } from './site.ts';
import { capSettingsSchema } from './cap.ts';
import { placeTypeSchema } from './place-type.ts';
import { phaseSchema, siteStatesSchema } from './state.ts';

/**
 * A number init asks for: `emergency`, `gp_on_call` or `info_line`, which Lantern asks for in its
 * own words (the first two must be answered), or one of this kind's own, with its words.
 */
const starterContactSchema = z.union([
	z.enum(KNOWN_PLACEHOLDERS),
	z.strictObject({
		/** Its id in site.yaml, and its placeholder in the starter's texts (`{customer_line}`). */
		id: contactIdSchema,
		/** The words before it on the site, per language, as site.yaml's `label` (init asks: the number for “…”). */
		label: localTextSchema,
		/** Init insists on an answer; otherwise an empty answer leaves it out (its placeholder asks the writer). */
		required: z.boolean().default(false),
	}),
]);

export type StarterContact = z.infer<typeof starterContactSchema>;

/**
 * `starters/<kind>/starter.yaml`: the starting point of `npm run init` for one kind of
 * organisation (a hospital, a town hall, a school, a company), in every language it has words
 * for. Data, not code: a new kind is a new folder, with `templates/<name>/<lang>.mdx` beside it
 * and, optionally, `i18n/<lang>.yaml` (Lantern's words this kind says otherwise, copied into the
 * site as its own). Its texts name numbers only by placeholder (`{emergency}`, `{gp_on_call}`,
 * `{info_line}` and its own contacts' ids), filled from init's answers.
 */
export const starterSchema = z.strictObject({
	/** What the kind is, per language, for init's list of kinds. */
	about: localTextSchema,
	/** The numbers init asks for, in this order (site.yaml's `contacts`, shown in this order too). */
	contacts: z.array(starterContactSchema).min(1),
	/** The board's groups, in order; optional, as in services.yaml. */
	groups: z.array(serviceGroupSchema).default([]),
	/** The services the public of such an organisation asks about, as services.yaml writes them, without a campus. */
	services: z.array(serviceSchema.omit({ campus: true })).min(1),
	/**
	 * The states its services can be in, as site.yaml's `states:` writes them (init copies them there,
	 * in the site's languages): `replace:` for a set of its own, `add:` for states beside the
	 * hospital states; absent, the hospital states.
	 */
	states: siteStatesSchema.optional(),
	/** How its CAP alerts describe themselves, as site.yaml's `cap:` (init copies it there). */
	cap: capSettingsSchema.optional(),
	/** What kind of place it is for search engines, as site.yaml's `place_type:` (init copies it there). */
	place_type: placeTypeSchema.optional(),
	/** The prepared texts in `templates/<name>/<lang>.mdx`, by name, with the phase each is meant for. */
	templates: z.record(idSchema, phaseSchema).default({}),
});

export type StarterInput = z.infer<typeof starterSchema>;
