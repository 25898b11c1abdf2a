import type { Contact, Place, Site } from './content/model.ts';
import type { Words } from './i18n/words-schema.ts';
import { addressText } from './url.ts';

/**
 * The contacts Lantern has words for, by id, with the word (`whatToDo` in the words files) that
 * stands before each: a site lists them without a label, so every site.yaml written before
 * contacts were a list reads as it always did. Any other id brings its own words.
 */
export const KNOWN_CONTACTS = {
	gp_on_call: 'gpOnCall',
	info_line: 'infoLine',
	hospitals: 'hospitals',
} as const satisfies Record<string, keyof Words['whatToDo']>;

export type KnownContact = keyof typeof KNOWN_CONTACTS;

export function isKnownContact(id: string): id is KnownContact {
	return Object.hasOwn(KNOWN_CONTACTS, id);
}

/** The words before a contact in a language: the site's own, else Lantern's for a known id. */
export function contactLabel(contact: Contact, lang: string, words: Words): string {
	const own = contact.label?.[lang];
	if (own !== undefined) return own;
	if (isKnownContact(contact.id)) return words.whatToDo[KNOWN_CONTACTS[contact.id]];
	// The content check requires a label in every language of the site for any other id.
	throw new Error(`The contact "${contact.id}" has no label in "${lang}"`);
}

/** What a template's `{id}` stands for: the number to call, else the address to write to, else the web address. */
export function contactReach(contact: Contact): string | undefined {
	return contact.phone ?? contact.email ?? contact.url;
}

/**
 * The organisation's own line for questions, which does not depend on its own phone system: its
 * information line, else the first number of its own on the list (the GP on-call service and the
 * places nearby are other organisations').
 */
export function ownContact(contacts: Site['contacts']): Contact | undefined {
	return (
		contacts.others.find((contact) => contact.id === 'info_line' && contact.phone) ??
		contacts.others.find((contact) => !isKnownContact(contact.id) && contact.phone)
	);
}

/** The number for questions about an alert (CAP's `contact`): the organisation's own line, else the emergency number. */
export function ownLine(contacts: Site['contacts']): string {
	return ownContact(contacts)?.phone ?? contacts.emergency;
}

/**
 * The contacts that name one thing to reach (a number, an address, a web address), each as its
 * words and that thing, for texts that only say it in a line: an alert's instruction, status.txt.
 * Lists of places stay on the pages, where each place has its own number and link.
 */
export function reachableContacts(
	contacts: Site['contacts'],
	lang: string,
	words: Words,
): { contact: Contact; label: string; reach: string; note?: string }[] {
	return contacts.others.flatMap((contact) => {
		const reach = contactReach(contact);
		if (reach === undefined) return [];
		const note = contact.note?.[lang];
		return [{ contact, label: contactLabel(contact, lang, words), reach, ...(note !== undefined && { note }) }];
	});
}

/** How updates have always written `<Contact kind>` for these contacts, by the id each stands for. */
const KIND_SPELLINGS: Record<string, string> = { 'gp-on-call': 'gp_on_call', 'info-line': 'info_line' };

/** The contact an update's `<Contact kind="…" />` names, by its id or its older spelling. */
export function contactOfKind<Entry extends { id: string }>(
	contacts: readonly Entry[],
	kind: string,
): Entry | undefined {
	const id = KIND_SPELLINGS[kind] ?? kind;
	return contacts.find((contact) => contact.id === id);
}

/**
 * Every `kind` an update may give `<Contact>`: the emergency number, each contact's id, and the
 * kinds updates could always name (on a site without that contact, they show nothing).
 */
export function contactKinds(contacts: Site['contacts']): string[] {
	return [
		...new Set(['emergency', 'gp-on-call', 'info-line', 'hospitals', ...contacts.others.map((contact) => contact.id)]),
	];
}

/** A contact as a page shows it in one language: its words, what to reach, its note and its places. */
export interface ShownContact {
	id: string;
	label: string;
	phone?: string;
	email?: string;
	/** The web address, and how it reads in a text. */
	url?: { href: string; text: string };
	note?: string;
	places: Place[];
}

/** The contacts after the emergency number, in order, in the words of one language. */
export function shownContacts(contacts: Site['contacts'], lang: string, words: Words): ShownContact[] {
	return contacts.others.map((contact) => ({
		id: contact.id,
		label: contactLabel(contact, lang, words),
		...(contact.phone !== undefined && { phone: contact.phone }),
		...(contact.email !== undefined && { email: contact.email }),
		...(contact.url !== undefined && { url: { href: contact.url, text: addressText(contact.url) } }),
		...(contact.note?.[lang] !== undefined && { note: contact.note[lang] }),
		places: contact.places,
	}));
}
