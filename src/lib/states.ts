import {
	DEFAULT_STATE_KEYS,
	STATUSPAGE_STATUSES,
	type StateIcon,
	type StateKey,
	type StatuspageStatus,
} from '../schemas/state.ts';
import type { LocalText } from '../schemas/common.ts';
import type { Words } from './i18n/words-schema.ts';

export type { StateKey, StatuspageStatus } from '../schemas/state.ts';

/** The tones of the states, from open as normal to the worst: each has its colour, fill and overall sentence. */
export const TONES = ['ok', 'minor', 'major', 'critical'] as const;

export type Tone = (typeof TONES)[number];

/**
 * A state's tone follows its Statuspage status, so the colour a reader sees and the status a
 * partner's tool shows never disagree.
 */
export const TONE_OF: Record<StatuspageStatus, Tone> = {
	operational: 'ok',
	degraded_performance: 'minor',
	partial_outage: 'major',
	major_outage: 'critical',
};

/** The icon of a state that names none: the one its Statuspage status suggests. */
export const ICON_OF: Record<StatuspageStatus, StateIcon> = {
	operational: 'check',
	degraded_performance: 'clock',
	partial_outage: 'warning',
	major_outage: 'cross',
};

/** How severe a Statuspage status is, 0 for operational: a worse state may not have a milder one. */
export function statuspageSeverity(status: StatuspageStatus): number {
	return STATUSPAGE_STATUSES.indexOf(status);
}

export interface StateDefinition {
	key: StateKey;
	/** Higher is worse; 0 is the normal state. The worst state of a set decides the overall state. */
	rank: number;
	statuspage: StatuspageStatus;
	/** A CSS custom property name suffix for the state's colour (`--state-<tone>`), from its Statuspage status. */
	tone: Tone;
	icon: StateIcon;
	/** The state's words per language, for a state the site defines (the default states' words are in the words files). */
	label?: LocalText;
}

/**
 * The default states (DESIGN.md, "Service states"), in the order writers are offered them. Their
 * words are in each language's words file (`states`), where the schema requires every one.
 */
const DEFAULT_STATES: Record<(typeof DEFAULT_STATE_KEYS)[number], Omit<StateDefinition, 'key' | 'tone'>> = {
	open: { rank: 0, statuspage: 'operational', icon: 'check' },
	delays: { rank: 1, statuspage: 'degraded_performance', icon: 'clock' },
	reduced: { rank: 2, statuspage: 'degraded_performance', icon: 'half' },
	'urgent-only': { rank: 3, statuspage: 'partial_outage', icon: 'warning' },
	'no-ambulance': { rank: 3, statuspage: 'partial_outage', icon: 'slash' },
	postponed: { rank: 4, statuspage: 'major_outage', icon: 'calendar' },
	unavailable: { rank: 4, statuspage: 'major_outage', icon: 'cross' },
	closed: { rank: 5, statuspage: 'major_outage', icon: 'stop' },
};

/** A state with its tone, as every output sees it. */
export function stateDefinition(fields: Omit<StateDefinition, 'tone'>): StateDefinition {
	return { ...fields, tone: TONE_OF[fields.statuspage] };
}

/**
 * The states of a site: the default hospital states, or what site.yaml adds to them or puts in
 * their place (src/lib/content/read-states.ts). The one answer to "which states are there, how
 * bad is each, and which is normal" that the engine and every output ask (`content.states`).
 */
export interface StateSet {
	/** Every state, in the order writers are offered them. */
	readonly all: readonly StateDefinition[];
	readonly keys: readonly StateKey[];
	/** The state every service starts in, and the only one that counts as working normally (rank 0). */
	readonly normal: StateKey;
	has(key: string): boolean;
	/** A state of the set; asking for another is a mistake in the code (the content check refuses unknown states). */
	of(key: StateKey): StateDefinition;
	/** The worst of some states; the normal state when there are none. Ties keep the first seen, so order is stable. */
	worst(states: Iterable<StateKey>): StateKey;
}

/** A set of states, from definitions the content check has found sound (exactly one of rank 0). */
export function stateSet(definitions: readonly StateDefinition[]): StateSet {
	const byKey = new Map(definitions.map((state) => [state.key, state]));
	const normal = definitions.find((state) => state.rank === 0);
	if (!normal) throw new Error('A state set needs a normal state (rank 0)');
	const of = (key: StateKey) => {
		const state = byKey.get(key);
		if (!state) throw new Error(`There is no state "${key}" (there are: ${[...byKey.keys()].join(', ')})`);
		return state;
	};
	return {
		all: definitions,
		keys: definitions.map((state) => state.key),
		normal: normal.key,
		has: (key) => byKey.has(key),
		of,
		worst(states) {
			let worst = normal;
			for (const key of states) {
				const state = of(key);
				if (state.rank > worst.rank) worst = state;
			}
			return worst.key;
		},
	};
}

/** The default states' definitions, in the order writers are offered them. */
export const DEFAULT_STATE_DEFINITIONS: readonly StateDefinition[] = DEFAULT_STATE_KEYS.map((key) =>
	stateDefinition({ key, ...DEFAULT_STATES[key] }),
);

/** The default hospital states: the set of a site whose site.yaml has no `states:`. */
export const HOSPITAL_STATES: StateSet = stateSet(DEFAULT_STATE_DEFINITIONS);

/**
 * The state in words, in the language of `words`: the site's own states' words are in the
 * word book beside the default ones (src/lib/i18n/state-words.ts).
 */
export function stateLabel(state: StateKey, words: Words): string {
	const label = (words.states as Readonly<Record<string, string>>)[state];
	if (label === undefined) throw new Error(`There are no words for the state "${state}"`);
	return label;
}

/**
 * A picture's key: each fill (tone) that appears, with the states it stands for, from open to
 * the worst, so a reader can tell what "stripes" or "dots" mean in words.
 */
export function legendOf(set: StateSet, states: Iterable<StateKey>): { tone: Tone; states: StateKey[] }[] {
	const shown = new Set(states);
	const legend: { tone: Tone; states: StateKey[] }[] = [];
	for (const state of [...set.all].sort((a, b) => a.rank - b.rank)) {
		if (!shown.has(state.key)) continue;
		const entry = legend.find((candidate) => candidate.tone === state.tone);
		if (entry) entry.states.push(state.key);
		else legend.push({ tone: state.tone, states: [state.key] });
	}
	return legend;
}
