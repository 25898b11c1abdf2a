import { z } from 'astro/zod';
import { phaseSchema } from './state.ts';

/**
 * The frontmatter of a template's translation (`content/templates/<name>/<lang>.mdx`): a
 * pre-approved text only. States, times and the incident are added when an update starts from it.
 */
export const templateTranslationSchema = z.strictObject({
	/** The headline, with [PLACEHOLDERS] to fill in. */
	title: z.string().trim().min(1),
	/** The summary, with [PLACEHOLDERS] to fill in. */
	summary: z.string().trim().min(1).optional(),
});

/** The frontmatter of a template's source-language file: its text, and the phase it is meant for. */
export const templateSourceSchema = templateTranslationSchema.extend({
	/** The phase an update from this template usually has; the writer can change it. */
	phase: phaseSchema.optional(),
});
