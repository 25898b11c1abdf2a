import type { SiteStatesInput, StateDefinitionInput } from '../../schemas/state.ts';
import { languageName } from '../i18n/locales.ts';
import {
	DEFAULT_STATE_DEFINITIONS,
	HOSPITAL_STATES,
	ICON_OF,
	stateDefinition,
	stateSet,
	statuspageSeverity,
	type StateDefinition,
	type StateSet,
} from '../states.ts';
import { duplicateIdProblems, localTextProblems, type FieldPlace } from './content-rules.ts';
import type { Site } from './model.ts';
import type { Problem } from './problems.ts';

/**
 * The site's states from `states:` in site.yaml: the default hospital states when it has none,
 * those with the added ones placed among them by rank (`add:`), or the site's own set
 * (`replace:`). `states` is absent when the set has an error, so no update is judged against
 * a set that is wrong. Every problem names site.yaml, the line, the state and, for missing
 * words, the language.
 */
export function readStates(
	input: SiteStatesInput | undefined,
	site: Site,
	{ file, source, path }: FieldPlace,
): { states?: StateSet; problems: Problem[] } {
	if (!input) return { states: HOSPITAL_STATES, problems: [] };
	const at = (field: readonly PropertyKey[], message: string, extra: Partial<Problem> = {}): Problem => ({
		severity: 'error',
		file,
		...source.locate([...path, ...field]),
		field: [...path, ...field].join('.'),
		message,
		...extra,
	});
	if (input.add && input.replace) {
		return {
			problems: [
				at(
					['replace'],
					'write either add: (states added to the hospital states) or replace: (a set of your own), not both',
				),
			],
		};
	}
	const mode = input.add ? 'add' : input.replace ? 'replace' : undefined;
	if (!mode) {
		return {
			problems: [
				at(
					[],
					'write add: (states added to the hospital states) or replace: (a set of your own), with a list of states',
				),
			],
		};
	}
	const written = input[mode]!;
	const own = written.map((state) => definitionOf(state));
	const place = (index: number, field: string) => ({ file, source, path: [...path, mode, index, field] });
	const problems: Problem[] = [
		...duplicateIdProblems(
			own.map((state) => state.key),
			(index) => {
				const { path: keyPath } = place(index, 'key');
				return { file, ...source.locate(keyPath), field: keyPath.join('.') };
			},
			'state',
		),
		...written.flatMap((state, index) => wordProblems(state, site, place(index, 'label'))),
		...sameWordProblems(written, place),
	];

	if (mode === 'add') {
		for (const [index, state] of own.entries()) {
			if (HOSPITAL_STATES.has(state.key)) {
				problems.push(
					at(
						[mode, index, 'key'],
						'this is one of the hospital states already: change its words in i18n/<lang>.yaml, or write your whole set under replace instead of add',
						{ found: state.key },
					),
				);
			}
			if (state.rank === 0) {
				problems.push(
					at(
						[mode, index, 'rank'],
						'rank 0 is the normal state, which is "open" among the hospital states; an added state has rank 1 or more',
						{ found: '0' },
					),
				);
			}
		}
	} else {
		const normal = own.filter((state) => state.rank === 0);
		if (normal.length === 0) {
			problems.push(
				at(
					[mode],
					'one state needs rank 0: the normal state, which every service starts in and which alone counts as working normally',
				),
			);
		}
		for (const extra of normal.slice(1)) {
			problems.push(
				at(
					[mode, own.indexOf(extra), 'rank'],
					`only one state can have rank 0 (the normal state), and "${normal[0]!.key}" has it`,
					{ found: '0' },
				),
			);
		}
	}
	problems.push(
		...statuspageProblems(
			own,
			mode === 'add' ? DEFAULT_STATE_DEFINITIONS : [],
			(index) => [mode, index, 'statuspage'],
			at,
		),
	);
	if (problems.length) return { problems };
	return { states: stateSet(mode === 'add' ? placedByRank(DEFAULT_STATE_DEFINITIONS, own) : own), problems };
}

function definitionOf(state: StateDefinitionInput): StateDefinition {
	return {
		...stateDefinition({
			key: state.key,
			rank: state.rank,
			statuspage: state.statuspage,
			icon: state.icon ?? ICON_OF[state.statuspage],
		}),
		label: state.label,
	};
}

/** A state's words: every language of the site (they are interface words, so none falls back), and no other. */
function wordProblems(state: StateDefinitionInput, site: Site, place: FieldPlace): Problem[] {
	const missing = site.languages
		.filter((lang) => state.label[lang] === undefined)
		.map<Problem>((lang) => ({
			severity: 'error',
			file: place.file,
			...place.source.locate(place.path),
			field: [...place.path, lang].join('.'),
			message: `the state "${state.key}" has no words in ${languageName(lang, 'en')} (${lang}); every language of the site needs them`,
		}));
	return [...missing, ...localTextProblems(site, state.label, place, false)];
}

/**
 * Two of the site's states with the same words in a language could not be told apart by a
 * reader, nor by the issue form, which offers each state by its words.
 */
function sameWordProblems(
	written: readonly StateDefinitionInput[],
	place: (index: number, field: string) => FieldPlace,
): Problem[] {
	return written.flatMap((state, index) =>
		Object.entries(state.label).flatMap(([lang, words]) => {
			const earlier = written.slice(0, index).find((other) => other.label[lang] === words);
			if (!earlier) return [];
			const { file, source, path } = place(index, 'label');
			return [
				{
					severity: 'error' as const,
					file,
					...source.locate([...path, lang]),
					field: [...path, lang].join('.'),
					message: `the state "${earlier.key}" has these words already; give each state its own, so readers can tell them apart`,
					found: words,
				},
			];
		}),
	);
}

/**
 * The normal state alone is operational, and a worse rank never has a milder Statuspage status
 * than a better one: the worst state by rank decides the headline's tone and the Statuspage
 * indicator, which must not say less than a component does. Each clash is told once, at the
 * site's state that comes later (the hospital states are fixed).
 */
function statuspageProblems(
	own: readonly StateDefinition[],
	fixed: readonly StateDefinition[],
	field: (index: number) => PropertyKey[],
	at: (field: readonly PropertyKey[], message: string, extra?: Partial<Problem>) => Problem,
): Problem[] {
	return own.flatMap((state, index) => {
		if (state.rank === 0 && state.statuspage !== 'operational') {
			return [
				at(field(index), 'the normal state (rank 0) must be operational', {
					found: state.statuspage,
					allowed: ['operational'],
				}),
			];
		}
		if (state.rank > 0 && state.statuspage === 'operational') {
			return [
				at(
					field(index),
					'only the normal state (rank 0) is operational; a state that is not working normally is reported as one of',
					{
						found: state.statuspage,
						allowed: ['degraded_performance', 'partial_outage', 'major_outage'],
					},
				),
			];
		}
		const clash = [...fixed, ...own.slice(0, index)].find(
			(other) =>
				(other.rank < state.rank && statuspageSeverity(other.statuspage) > statuspageSeverity(state.statuspage)) ||
				(other.rank > state.rank && statuspageSeverity(other.statuspage) < statuspageSeverity(state.statuspage)),
		);
		if (!clash) return [];
		const worse = clash.rank > state.rank;
		return [
			at(
				field(index),
				`"${state.key}" has rank ${state.rank}, and "${clash.key}" ${worse ? 'a worse' : 'a milder'} rank (${clash.rank}) with the Statuspage status ${clash.statuspage}; a worse rank needs the same or a more severe status`,
				{ found: state.statuspage },
			),
		];
	});
}

/** The hospital states with the site's added ones, each after the states of its rank and milder. */
function placedByRank(base: readonly StateDefinition[], added: readonly StateDefinition[]): StateDefinition[] {
	const placed = [...base];
	for (const state of added) {
		const after = placed.findLastIndex((other) => other.rank <= state.rank);
		placed.splice(after + 1, 0, state);
	}
	return placed;
}
