import { z } from 'astro/zod';
import { idSchema, localTextSchema } from './common.ts';
import { serviceGroupSchema, serviceSchema } from './services.ts';
import { CONTACT_NUMBERS } from './site.ts';
import { phaseSchema } from './state.ts';

/**
 * `starters/<kind>/starter.yaml`: the starting point of `npm run init` for one kind of
 * organisation (a hospital, a town hall, a school), in every language it has words for. Data,
 * not code: a new kind is a new folder. Its texts name numbers only by `{emergency}`,
 * `{gp_on_call}` and `{info_line}`, filled from init's answers.
 */
export const starterSchema = z.strictObject({
	/** What the kind is, per language, for init's list of kinds. */
	about: localTextSchema,
	/** The numbers init asks for, in this order (site.yaml's `contacts`). */
	contacts: z.array(z.enum(CONTACT_NUMBERS)).min(1),
	/** The board's groups, in order; optional, as in services.yaml. */
	groups: z.array(serviceGroupSchema).default([]),
	/** The services the public of such an organisation asks about, as services.yaml writes them, without a campus. */
	services: z.array(serviceSchema.omit({ campus: true })).min(1),
	/** The prepared texts in `templates/<name>/<lang>.mdx`, by name, with the phase each is meant for. */
	templates: z.record(idSchema, phaseSchema).default({}),
});

export type StarterInput = z.infer<typeof starterSchema>;
