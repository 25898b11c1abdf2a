import type { StateKey } from '../schemas/state.ts';
import type { Words } from './i18n/words-schema.ts';

/** Statuspage's component statuses, which the compatible API reports. */
export type StatuspageStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage';

/** The tones of the states, from open as normal to the worst: each has its colour, fill and overall sentence. */
export const TONES = ['ok', 'minor', 'major', 'critical'] as const;

export interface StateDefinition {
	key: StateKey;
	/** Higher is worse; the worst state of a set decides the overall state. */
	rank: number;
	statuspage: StatuspageStatus;
	/** A CSS custom property name suffix for the state's colour (`--state-<tone>`). */
	tone: (typeof TONES)[number];
}

/**
 * The one table of service states (DESIGN.md, "Service states"). Their words are in each
 * language's words file (`states`), where the schema requires every one.
 */
export const STATES: Record<StateKey, StateDefinition> = {
	open: {
		key: 'open',
		rank: 0,
		statuspage: 'operational',
		tone: 'ok',
	},
	delays: {
		key: 'delays',
		rank: 1,
		statuspage: 'degraded_performance',
		tone: 'minor',
	},
	reduced: {
		key: 'reduced',
		rank: 2,
		statuspage: 'degraded_performance',
		tone: 'minor',
	},
	'urgent-only': {
		key: 'urgent-only',
		rank: 3,
		statuspage: 'partial_outage',
		tone: 'major',
	},
	'no-ambulance': {
		key: 'no-ambulance',
		rank: 3,
		statuspage: 'partial_outage',
		tone: 'major',
	},
	postponed: {
		key: 'postponed',
		rank: 4,
		statuspage: 'major_outage',
		tone: 'critical',
	},
	unavailable: {
		key: 'unavailable',
		rank: 4,
		statuspage: 'major_outage',
		tone: 'critical',
	},
	closed: {
		key: 'closed',
		rank: 5,
		statuspage: 'major_outage',
		tone: 'critical',
	},
};

/** The worst of some states; `open` when there are none. Ties keep the first seen, so order is stable. */
export function worstState(states: Iterable<StateKey>): StateKey {
	let worst: StateKey = 'open';
	for (const state of states) if (STATES[state].rank > STATES[worst].rank) worst = state;
	return worst;
}

/** The state in words, in the language of `words`. */
export function stateLabel(state: StateKey, words: Words): string {
	return words.states[state];
}

/**
 * A picture's key: each fill (tone) that appears, with the states it stands for, from open to
 * the worst, so a reader can tell what "stripes" or "dots" mean in words.
 */
export function legendOf(states: Iterable<StateKey>): { tone: StateDefinition['tone']; states: StateKey[] }[] {
	const shown = new Set(states);
	const legend: { tone: StateDefinition['tone']; states: StateKey[] }[] = [];
	for (const state of Object.values(STATES).sort((a, b) => a.rank - b.rank)) {
		if (!shown.has(state.key)) continue;
		const entry = legend.find((candidate) => candidate.tone === state.tone);
		if (entry) entry.states.push(state.key);
		else legend.push({ tone: state.tone, states: [state.key] });
	}
	return legend;
}
