import { z } from 'astro/zod';
import { instantSchema, localTextSchema } from './common.ts';

/**
 * `content/incidents/<id>.yaml`. The id is the file name. The phase is not written here:
 * it is the phase of the incident's latest update, so there is one place to change it.
 */
export const incidentSchema = z.strictObject({
	/** The incident's name per language, such as "Cyberattack on our hospital network". */
	title: localTextSchema,
	/** When it began, with offset. */
	started: instantSchema,
	/** One or two sentences per language: what happened, in plain words. */
	summary: localTextSchema.optional(),
});

export type IncidentInput = z.infer<typeof incidentSchema>;
