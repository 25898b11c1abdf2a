import type { StateKey } from '../schemas/state.ts';

/** Statuspage's component statuses, which the compatible API reports. */
export type StatuspageStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage';

export interface StateDefinition {
	key: StateKey;
	/** Higher is worse; the worst state of a set decides the overall state. */
	rank: number;
	statuspage: StatuspageStatus;
	/** The state in words, per language; never told by colour alone. */
	label: Record<string, string>;
	/** A CSS custom property name suffix for the state's colour (`--state-<tone>`). */
	tone: 'ok' | 'minor' | 'major' | 'critical';
}

/** The one table of service states (DESIGN.md, "Service states"). */
export const STATES: Record<StateKey, StateDefinition> = {
	open: {
		key: 'open',
		rank: 0,
		statuspage: 'operational',
		tone: 'ok',
		label: { en: 'Open as normal', nl: 'Open', fr: 'Ouvert' },
	},
	delays: {
		key: 'delays',
		rank: 1,
		statuspage: 'degraded_performance',
		tone: 'minor',
		label: { en: 'Open, expect delays', nl: 'Open, met wachttijden', fr: 'Ouvert, attente prolongée' },
	},
	reduced: {
		key: 'reduced',
		rank: 2,
		statuspage: 'degraded_performance',
		tone: 'minor',
		label: { en: 'Reduced capacity', nl: 'Beperkte capaciteit', fr: 'Capacité réduite' },
	},
	'urgent-only': {
		key: 'urgent-only',
		rank: 3,
		statuspage: 'partial_outage',
		tone: 'major',
		label: { en: 'Urgent cases only', nl: 'Enkel dringende zorg', fr: 'Urgences uniquement' },
	},
	'no-ambulance': {
		key: 'no-ambulance',
		rank: 3,
		statuspage: 'partial_outage',
		tone: 'major',
		label: {
			en: 'No ambulance arrivals (walk-ins seen)',
			nl: 'Geen aanvoer per ziekenwagen',
			fr: "Pas d'arrivées en ambulance",
		},
	},
	postponed: {
		key: 'postponed',
		rank: 4,
		statuspage: 'major_outage',
		tone: 'critical',
		label: {
			en: 'Postponed, we will contact you',
			nl: 'Uitgesteld, u wordt gecontacteerd',
			fr: 'Reporté, nous vous contacterons',
		},
	},
	unavailable: {
		key: 'unavailable',
		rank: 4,
		statuspage: 'major_outage',
		tone: 'critical',
		label: { en: 'Temporarily unavailable', nl: 'Tijdelijk niet beschikbaar', fr: 'Temporairement indisponible' },
	},
	closed: {
		key: 'closed',
		rank: 5,
		statuspage: 'major_outage',
		tone: 'critical',
		label: { en: 'Closed', nl: 'Gesloten', fr: 'Fermé' },
	},
};

/** The worst of some states; `open` when there are none. Ties keep the first seen, so order is stable. */
export function worstState(states: Iterable<StateKey>): StateKey {
	let worst: StateKey = 'open';
	for (const state of states) if (STATES[state].rank > STATES[worst].rank) worst = state;
	return worst;
}

/** The state in words in a language, falling back to English for a language the table lacks. */
export function stateLabel(state: StateKey, lang: string): string {
	const labels = STATES[state].label;
	return labels[lang] ?? labels['en']!;
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
