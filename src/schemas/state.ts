import { z } from 'astro/zod';
import { idSchema, localTextSchema } from './common.ts';

/**
 * The default states, in hospital words: what a site without `states:` in site.yaml has. The
 * order here is the order in which they are offered to writers; their rank, Statuspage status
 * and icon are in src/lib/states.ts, and their words in every language's words file
 * (src/lib/i18n/words/, `states:`). A site adds states or replaces the set in site.yaml
 * (`siteStatesSchema` below); nothing else in the code lists state keys.
 */
export const DEFAULT_STATE_KEYS = [
	'open',
	'delays',
	'reduced',
	'urgent-only',
	'no-ambulance',
	'postponed',
	'unavailable',
	'closed',
] as const;

/** A state's key, as comms staff write it in an update: one of the site's state set (content.states). */
export type StateKey = string;

/** Statuspage's component statuses, mildest first: what the compatible API reports for a state. */
export const STATUSPAGE_STATUSES = ['operational', 'degraded_performance', 'partial_outage', 'major_outage'] as const;

export type StatuspageStatus = (typeof STATUSPAGE_STATUSES)[number];

/**
 * The icons Lantern draws beside a state's words (src/components/StateIcon.astro), named by what
 * they show, so that states differ in shape as well as colour (and in grey print).
 */
export const STATE_ICONS = [
	/** A circle with a tick: open as normal. */
	'check',
	/** A clock: open, with delays. */
	'clock',
	/** A half-filled circle: reduced capacity. */
	'half',
	/** A triangle with an exclamation mark: urgent cases only. */
	'warning',
	/** A circle struck through: one way in is closed (no ambulance arrivals). */
	'slash',
	/** A calendar with a cross: postponed. */
	'calendar',
	/** A circle with a cross: unavailable. */
	'cross',
	/** A stop sign with a bar: closed. */
	'stop',
] as const;

export type StateIcon = (typeof STATE_ICONS)[number];

/** One state a site defines in site.yaml (`states:`), with every fact the outputs need. */
export const stateDefinitionSchema = z.strictObject({
	/** What writers type in an update (`counter-noord: appointment-only`): lower-case letters, digits and dashes. */
	key: idSchema,
	/**
	 * How bad the state is: 0 for the normal state (every service starts in it, and only it counts
	 * as working normally), higher is worse. The worst state decides the headline, a campus's
	 * state and the Statuspage indicator; states may share a rank.
	 */
	rank: z.number().int().min(0).max(99),
	/**
	 * What the Statuspage-compatible API reports for it. It also gives the state its colour, the
	 * headline's sentence, CAP's severity and a push message's priority: `operational` (the normal
	 * state only), `degraded_performance`, `partial_outage`, `major_outage`.
	 */
	statuspage: z.enum(STATUSPAGE_STATUSES),
	/** The icon beside its words; without it, the one of its Statuspage status (check, clock, warning or cross). */
	icon: z.enum(STATE_ICONS).optional(),
	/** The state in words, in every language of the site: what the public reads on the board. */
	label: localTextSchema.default({}),
});

export type StateDefinitionInput = z.infer<typeof stateDefinitionSchema>;

/**
 * `states:` in site.yaml: states `add`ed to the default hospital states, or a set that
 * `replace`s them (exactly one of the two). A replaced set has exactly one state of rank 0,
 * the normal one; an added state has rank 1 or more, as `open` is the normal state.
 */
export const siteStatesSchema = z.strictObject({
	/** States added to the default hospital states, each placed among them by its rank. */
	add: z.array(stateDefinitionSchema).min(1).optional(),
	/** The site's own states instead of the hospital ones, in the order writers are offered them. */
	replace: z.array(stateDefinitionSchema).min(1).optional(),
});

export type SiteStatesInput = z.infer<typeof siteStatesSchema>;

/** The phases of an incident as the public sees them. */
export const PHASES = ['ongoing', 'recovering', 'resolved'] as const;

export type Phase = (typeof PHASES)[number];

export const phaseSchema = z.enum(PHASES);
