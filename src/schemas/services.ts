import { z } from 'astro/zod';
import { idSchema, localTextSchema } from './common.ts';

/** A heading on the board under which related services are listed. */
export const serviceGroupSchema = z.strictObject({
	/** Used in service entries (`group: acute`). */
	id: idSchema,
	/** The group's heading per language. */
	name: localTextSchema,
});

/** One service the public cares about. */
export const serviceSchema = z.strictObject({
	/** Used in updates (`services: { emergency-noord: reduced }`) and in URLs; never change it. */
	id: idSchema,
	/** The campus where the service is; leave out for a service on every campus. */
	campus: idSchema.optional(),
	/** The group it is listed under; leave out on a site without groups (its services form one list). */
	group: idSchema.optional(),
	/** Its name per language, in words patients use. */
	name: localTextSchema,
	/** One sentence per language on what the service is for. */
	description: localTextSchema.optional(),
	/** What a patient should do while the service is not open as normal, per language. */
	advice: localTextSchema.optional(),
	/**
	 * `true` keeps the service on the home page's first screen in every state, open or not: the
	 * few services most readers come to ask about (the emergency departments, maternity).
	 */
	key: z.boolean().default(false),
});

/** `content/services.yaml`. */
export const servicesFileSchema = z.strictObject({
	/**
	 * Board groups, in the order the board shows them. Optional: a small site lists its services
	 * in one list; services without a group come after those with one.
	 */
	groups: z.array(serviceGroupSchema).default([]),
	/** Services, in the order the board shows them within a group. */
	services: z.array(serviceSchema).min(1),
});

export type ServiceInput = z.infer<typeof serviceSchema>;
export type ServiceGroupInput = z.infer<typeof serviceGroupSchema>;
