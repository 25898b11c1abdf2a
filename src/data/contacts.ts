import { shownContacts, type ShownContact } from '../lib/contacts.ts';
import { getLantern } from './lantern.ts';

/**
 * The numbers to call and the places to go, as a page in `lang` shows them (the emergency
 * number first, then site.yaml's other contacts in order), from the one load of the content.
 */
export async function getContacts(lang: string): Promise<{ emergency: string; others: ShownContact[] }> {
	const { content } = await getLantern();
	const { contacts } = content.site;
	return { emergency: contacts.emergency, others: shownContacts(contacts, lang, content.words.for(lang)) };
}
