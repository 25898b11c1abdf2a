import { z } from 'astro/zod';

/**
 * The service states a comms officer may write, in hospital words. The order here is the
 * order in which they are offered to writers; the rank that decides the worst state lives
 * in the state table (src/lib/states.ts), and the words a reader sees for each state in every
 * language's interface strings (src/lib/i18n/), where a missing one is a type error.
 */
export const STATE_KEYS = [
	'open',
	'delays',
	'reduced',
	'urgent-only',
	'no-ambulance',
	'postponed',
	'unavailable',
	'closed',
] as const;

export type StateKey = (typeof STATE_KEYS)[number];

export const stateKeySchema = z.enum(STATE_KEYS);

/** The phases of an incident as the public sees them. */
export const PHASES = ['ongoing', 'recovering', 'resolved'] as const;

export type Phase = (typeof PHASES)[number];

export const phaseSchema = z.enum(PHASES);
