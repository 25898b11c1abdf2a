import type { SiteInput } from '../../schemas/site.ts';
import { isKnownContact, KNOWN_CONTACTS } from '../contacts.ts';
import { duplicateIdProblems, localTextProblems, type FieldPlace } from './content-rules.ts';
import { closestMatch } from './did-you-mean.ts';
import type { Contact, Site } from './model.ts';
import type { Problem } from './problems.ts';
import { withoutUndefined } from './without-undefined.ts';

type ContactsInput = SiteInput['contacts'];

/** An entry of the list, with the path in `contacts` where it was written (for messages). */
interface WrittenContact {
	contact: Contact;
	path: PropertyKey[];
}

/**
 * site.yaml's `contacts` after the emergency number, as one list: `gp_on_call`, `info_line` and
 * `hospitals` (the fields site.yaml has always had) first, in that order, then `others` in theirs.
 */
function writtenContacts(input: ContactsInput): WrittenContact[] {
	return [
		...(input.gp_on_call
			? [{ contact: { id: 'gp_on_call', phone: input.gp_on_call, places: [] }, path: ['gp_on_call'] }]
			: []),
		...(input.info_line
			? [{ contact: { id: 'info_line', phone: input.info_line, places: [] }, path: ['info_line'] }]
			: []),
		...(input.hospitals.length
			? [
					{
						contact: { id: 'hospitals', places: input.hospitals.map((place) => withoutUndefined({ ...place })) },
						path: ['hospitals'],
					},
				]
			: []),
		...input.others.map((entry, index) => ({
			contact: withoutUndefined({ ...entry, places: entry.places.map((place) => withoutUndefined({ ...place })) }),
			path: ['others', index],
		})),
	];
}

/** The contacts after the emergency number, in the order every output shows them. */
export function contactList(input: ContactsInput): Contact[] {
	return writtenContacts(input).map(({ contact }) => contact);
}

/**
 * `contacts` rules beyond its schema: each id once (the emergency number's included, as templates
 * name it `{emergency}`); a label and a note in every language of the site, and in no other (an
 * id Lantern knows takes Lantern's words where it has no label); and something to reach in each.
 */
export function contactProblems(input: ContactsInput, site: Site, place: FieldPlace): Problem[] {
	const { file, source, path } = place;
	const at = (rest: readonly PropertyKey[]) => ({
		file,
		...source.locate([...path, ...rest]),
		field: [...path, ...rest].join('.'),
	});
	const written = writtenContacts(input);
	const problems = duplicateIdProblems(
		['emergency', ...written.map(({ contact }) => contact.id)],
		(index) => {
			const entry = written[index - 1];
			return at(!entry ? ['emergency'] : entry.path[0] === 'others' ? [...entry.path, 'id'] : entry.path);
		},
		'contact',
	);
	const known = Object.keys(KNOWN_CONTACTS);
	input.others.forEach((entry, index) => {
		const entryPath = ['others', index];
		const texts = { label: entry.label, note: entry.note };
		for (const [field, text] of Object.entries(texts)) {
			if (text)
				problems.push(...localTextProblems(site, text, { ...place, path: [...path, ...entryPath, field] }, false));
			// A note is optional, a label is not, except for an id whose words Lantern has.
			const needed = field === 'note' ? text !== undefined : !isKnownContact(entry.id);
			const missing = needed ? site.languages.filter((lang) => text?.[lang] === undefined) : [];
			if (!missing.length) continue;
			const suggestion = field === 'label' && !text ? closestMatch(entry.id, known) : undefined;
			problems.push({
				severity: 'error',
				...at([...entryPath, field]),
				message:
					field === 'label'
						? `there are no words for this contact in ${missing.join(', ')}: it needs a label in every language of the site (only ${known.join(', ')} have Lantern's words)`
						: `the note is missing in ${missing.join(', ')}: a note is shown in every language of the site`,
				...(suggestion && { suggestion }),
			});
		}
		if (!entry.phone && !entry.email && !entry.url && !entry.places.length)
			problems.push({
				severity: 'error',
				...at(entryPath),
				message:
					'this contact has nothing to call, write to, open or go to: give it a phone, an email, a url or places',
			});
	});
	return problems;
}
