import type { LanternContent, Update } from '../content/model.ts';
import { serviceNameWithCampusById } from '../content/names.ts';
import { noteIn } from '../content/update-text.ts';
import type { PickedText } from '../i18n/local-text.ts';
import { stateLabel } from '../states.ts';
import type { ServiceChange } from './engine.ts';

/** The words of one change, apart, so a page can link and style each and a feed can join them. */
export interface ChangeWording {
	/** The service with its campus ("Emergency department, Campus Noord"); its id if it is unknown. */
	name: PickedText;
	/** The state now: "Reduced capacity", or "Open as normal (back to normal)" after a disruption. */
	state: string;
	/** What came before, without brackets: "was: Open as normal", or "new information" for a new note alone. */
	before: string;
	/** The update's note on the service, with the language it is in. */
	note: { text: string; lang: string } | undefined;
}

export function changeWording(
	change: ServiceChange,
	update: Update,
	content: LanternContent,
	lang: string,
): ChangeWording {
	const t = content.words.for(lang);
	return {
		name: serviceNameWithCampusById(change.serviceId, content, lang),
		state: change.restored ? `${stateLabel(change.to, t)} (${t.changes.restored})` : stateLabel(change.to, t),
		before: change.noteOnly ? t.changes.newNote : t.changes.was({ state: stateLabel(change.from, t) }),
		note: noteIn(update, change.serviceId, lang),
	};
}

/**
 * One change in plain words, for feeds and alerts: "Emergency department, Campus Noord:
 * Reduced capacity (was: Open as normal). Walk-ins are still seen."
 */
export function changeText(change: ServiceChange, update: Update, content: LanternContent, lang: string): string {
	const { name, state, before, note } = changeWording(change, update, content, lang);
	return `${name.text}${content.words.for(lang).colon}${state} (${before})${note ? `. ${note.text}` : ''}`;
}
