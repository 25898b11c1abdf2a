import type { LanternContent, Update } from '../content/model.ts';
import { findService } from '../content/find-service.ts';
import { serviceNameWithCampus } from '../content/names.ts';
import { noteIn } from '../content/update-text.ts';
import { ui } from '../i18n/ui.ts';
import { stateLabel } from '../states.ts';
import type { ServiceChange } from './engine.ts';

/**
 * One change in plain words, for feeds and alerts: "Emergency department, Campus Noord:
 * Reduced capacity (was: Open as normal). Walk-ins are still seen."
 */
export function changeText(change: ServiceChange, update: Update, content: LanternContent, lang: string): string {
	const t = ui(lang);
	const service = findService(content, change.serviceId);
	const name = service ? serviceNameWithCampus(service, content, lang).text : change.serviceId;
	const state = change.restored ? `${stateLabel('open', lang)} (${t.changes.restored})` : stateLabel(change.to, lang);
	const before = change.noteOnly ? t.changes.newNote : t.changes.was(stateLabel(change.from, lang));
	const note = noteIn(update, change.serviceId, lang);
	return `${name}${t.colon}${state} (${before})${note ? `. ${note.text}` : ''}`;
}
