import type { Service } from '../content/model.ts';
import type { PickedText } from '../i18n/local-text.ts';
import { fillTemplate } from '../i18n/template.ts';
import type { Words } from '../i18n/words-schema.ts';
import { stateLabel, type StateKey } from '../states.ts';
import { statusOn } from './board-reading.ts';
import type { Board } from './engine.ts';

/**
 * How a group of services stands (a campus, or the whole site): how many are not open as
 * normal, and the most affected one. A reader takes "Campus Noord: Temporarily unavailable"
 * for a closed campus when only its mobile team is out; a count and a name do not mislead.
 */
export interface GroupSummary {
	total: number;
	notNormal: number;
	/** The service in the worst state; the first listed among equals. Absent when all are open. */
	mostAffected?: { service: Service; state: StateKey };
}

export function summarizeGroup(board: Board, services: readonly Service[]): GroupSummary {
	let notNormal = 0;
	let mostAffected: GroupSummary['mostAffected'];
	for (const service of services) {
		const { state } = statusOn(board, service.id);
		if (state === board.states.normal) continue;
		notNormal++;
		const rank = (key: StateKey) => board.states.of(key).rank;
		if (!mostAffected || rank(state) > rank(mostAffected.state)) mostAffected = { service, state };
	}
	return { total: services.length, notNormal, ...(mostAffected && { mostAffected }) };
}

/** The summary's sentence in the language of `words`, with its `{service}` and `{state}` gaps still open. */
export function groupSummaryTemplate(summary: GroupSummary, words: Words): string {
	const { allNormal, notNormal } = words.group;
	return summary.notNormal === 0
		? allNormal({ count: summary.total })
		: notNormal.open({ count: summary.notNormal, total: summary.total });
}

/** The summary as plain text (status.txt, print, APIs); `nameOf` names the most affected service. */
export function groupSummaryText(
	summary: GroupSummary,
	words: Words,
	nameOf: (service: Service) => PickedText,
): string {
	const worst = summary.mostAffected;
	return fillTemplate(groupSummaryTemplate(summary, words), {
		...(worst && { service: nameOf(worst.service).text, state: stateLabel(worst.state, words) }),
	});
}
