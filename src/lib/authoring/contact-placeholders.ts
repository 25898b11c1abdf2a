import type { Site } from '../content/model.ts';
import { CONTACT_NUMBERS } from '../../schemas/site.ts';

/**
 * The numbers a prepared text may name by placeholder, filled from site.yaml's `contacts` when
 * the text is used, so that no template (and no starting set of services) carries a phone
 * number of its own: `{emergency}`, `{gp_on_call}`, `{info_line}`. They differ from the
 * `[CAPITALS]` placeholders a writer fills in by hand, which the content check refuses to publish.
 */
export const CONTACT_PLACEHOLDERS = CONTACT_NUMBERS;
export type ContactPlaceholder = (typeof CONTACT_NUMBERS)[number];

/** Any `{word}` in a text: a contact placeholder, or a mistake to name. */
const BRACED = /\{([a-z_]+)\}/g;

/** The numbers as site.yaml gives them, by placeholder; an absent one (the info line is optional) is undefined. */
export function contactNumbers(contacts: Site['contacts']): Record<ContactPlaceholder, string | undefined> {
	return { emergency: contacts.emergency, gp_on_call: contacts.gpOnCall, info_line: contacts.infoLine };
}

export interface FilledText {
	text: string;
	/** `{words}` that are not contact placeholders, each once. */
	unknown: string[];
}

/**
 * Puts the numbers into a text. A number the site does not have becomes `missing`, a
 * `[CAPITALS]` placeholder in the text's language, so the content check stops it until a
 * writer fills it in.
 */
export function fillContacts(
	text: string,
	numbers: Record<ContactPlaceholder, string | undefined>,
	missing: string,
): FilledText {
	const unknown = new Set<string>();
	const filled = text.replace(BRACED, (whole, name: string) => {
		if (!(CONTACT_PLACEHOLDERS as readonly string[]).includes(name)) {
			unknown.add(whole);
			return whole;
		}
		return numbers[name as ContactPlaceholder] ?? missing;
	});
	return { text: filled, unknown: [...unknown] };
}
