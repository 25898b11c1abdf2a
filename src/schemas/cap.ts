import { z } from 'astro/zod';

/**
 * CAP 1.2's categories of an event (the `category` element, section 3.2.2 of the standard), as
 * alerting systems filter and route alerts by them: Health is "medical and public health", Infra
 * "utility, telecommunication, other non-transport infrastructure".
 */
export const CAP_CATEGORIES = [
	'Geo',
	'Met',
	'Safety',
	'Security',
	'Rescue',
	'Fire',
	'Health',
	'Env',
	'Transport',
	'Infra',
	'CBRNE',
	'Other',
] as const;

export type CapCategory = (typeof CAP_CATEGORIES)[number];

/** What a site with the hospital states says its alerts are about: medical services, hit through their IT. */
export const HOSPITAL_CAP_CATEGORIES: readonly CapCategory[] = ['Health', 'Infra'];

/** What a site with a state set of its own says: services hit through their IT. */
export const OWN_CAP_CATEGORIES: readonly CapCategory[] = ['Infra'];

/**
 * `cap:` in site.yaml: how the site's CAP alerts (`/cap/`) describe themselves. The event's words
 * are interface words (`cap.event`, changed in the site's own `i18n/<lang>.yaml`).
 */
export const capSettingsSchema = z.strictObject({
	/**
	 * The categories of every alert, each once. Without it: Health and Infra for a site with the
	 * hospital states, Infra for a site with a set of its own (`states: replace:`).
	 */
	category: z
		.array(z.enum(CAP_CATEGORIES))
		.min(1)
		.refine((list) => new Set(list).size === list.length, 'each category once'),
});

export type CapSettingsInput = z.infer<typeof capSettingsSchema>;
