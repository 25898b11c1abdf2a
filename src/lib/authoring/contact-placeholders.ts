import type { Site } from '../content/model.ts';
import { contactReach } from '../contacts.ts';
import { placesOf, type PlaceInText } from './placeholders.ts';

/**
 * The placeholders every prepared text may use, whether or not a site has the contact: the
 * emergency number and the two numbers Lantern has always known. A site's other contacts add
 * their own ids (`{customer_line}`).
 */
export const KNOWN_PLACEHOLDERS = ['emergency', 'gp_on_call', 'info_line'] as const;

/**
 * What each placeholder becomes, by name: the emergency number and each contact's number (or
 * email, or web address), by its id; a known one the site lacks is undefined. A contact with
 * only places to go has no placeholder: a list of places does not fit in a sentence.
 */
export type ContactNumbers = Readonly<Record<string, string | undefined>>;

/**
 * The numbers a prepared text may name by placeholder, filled from site.yaml's `contacts` when
 * the text is used, so that no template (and no starting set of services) carries a phone
 * number of its own. They differ from the `[CAPITALS]` placeholders a writer fills in by hand,
 * which the content check refuses to publish.
 */
export function contactNumbers(contacts: Site['contacts']): ContactNumbers {
	const numbers: Record<string, string | undefined> = Object.fromEntries(
		KNOWN_PLACEHOLDERS.map((name) => [name, undefined]),
	);
	numbers['emergency'] = contacts.emergency;
	for (const contact of contacts.others) {
		const reach = contactReach(contact);
		if (reach !== undefined) numbers[contact.id] = reach;
	}
	return numbers;
}

/** The numbers of the contacts the site has, by placeholder: `contactNumbers` without those it lacks. */
export function availableNumbers(contacts: Site['contacts']): Record<string, string> {
	return Object.fromEntries(
		Object.entries(contactNumbers(contacts)).flatMap(([name, number]) =>
			number === undefined ? [] : [[name, number]],
		),
	);
}

/** Any `{word}` in a text: a contact placeholder, or a mistake to name. */
const BRACED = /\{([a-z][a-z0-9_]*)\}/g;

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
export function fillContacts(text: string, numbers: ContactNumbers, missing: string): FilledText {
	const unknown = new Set<string>();
	const filled = text.replace(BRACED, (whole, name: string) => {
		if (!Object.hasOwn(numbers, name)) {
			unknown.add(whole);
			return whole;
		}
		return numbers[name] ?? missing;
	});
	return { text: filled, unknown: [...unknown] };
}

/** Each contact placeholder in a text (`{emergency}`, `{customer_line}`), where it stands, with its contact's id. */
export function contactPlaceholderPlaces(text: string, numbers: ContactNumbers): (PlaceInText & { name: string })[] {
	return placesOf(text, BRACED).flatMap((place) => {
		const name = place.found.slice(1, -1);
		return Object.hasOwn(numbers, name) ? [{ ...place, name }] : [];
	});
}

/** The placeholders a text may use, as a writer types them, for messages. */
export function placeholderNames(numbers: ContactNumbers): string[] {
	return Object.keys(numbers).map((name) => `{${name}}`);
}
