import type { LocalText } from '../../schemas/common.ts';
import { servicesFileSchema } from '../../schemas/services.ts';
import { availableNumbers, fillContacts, placeholderNames } from '../authoring/contact-placeholders.ts';
import { duplicateIdProblems, localTextProblems, unknownIdProblem } from './content-rules.ts';
import type { Service, ServiceGroup, Site } from './model.ts';
import { parseYamlFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import type { RawFile } from './raw-content.ts';
import { withoutUndefined } from './without-undefined.ts';

export interface ReadServices {
	/** Absent when the file could not be read against its schema, so ids elsewhere cannot be checked against it. */
	services?: { groups: ServiceGroup[]; services: Service[] };
	problems: Problem[];
}

/**
 * `services.yaml` read through its schema and checked against site.yaml (campuses, languages).
 * A service's description and advice may name a contact of site.yaml by its id (`Call
 * {emergency}.`, `{customer_line}`), as templates do: the number is filled in here, as the
 * content is read, so every output shows it and a number changed in site.yaml follows everywhere.
 */
export function readServices(raw: RawFile, site: Site): ReadServices {
	const { value, source, problems } = parseYamlFile(raw, servicesFileSchema, { languages: site.languages });
	if (!value || !source) return { problems };
	const file = raw.file;
	const campusIds = site.campuses.map((campus) => campus.id);
	const groupIds = value.groups.map((group) => group.id);
	const place = (path: PropertyKey[]) => ({ file, source, path });
	problems.push(
		...duplicateIdProblems(
			groupIds,
			(index) => ({ file, ...source.locate(['groups', index, 'id']), field: `groups.${index}.id` }),
			'group',
		),
		...duplicateIdProblems(
			value.services.map((service) => service.id),
			(index) => ({ file, ...source.locate(['services', index, 'id']), field: `services.${index}.id` }),
			'service',
		),
		...value.groups.flatMap((group, index) => localTextProblems(site, group.name, place(['groups', index, 'name']))),
	);
	value.services.forEach((service, index) => {
		const path = ['services', index];
		if (service.campus !== undefined && !campusIds.includes(service.campus)) {
			problems.push(unknownIdProblem(place([...path, 'campus']), service.campus, campusIds, 'campus in site.yaml'));
		}
		if (service.group !== undefined && !groupIds.includes(service.group)) {
			problems.push(unknownIdProblem(place([...path, 'group']), service.group, groupIds, 'group in this file'));
		}
		problems.push(
			...localTextProblems(site, service.name, place([...path, 'name'])),
			...(service.description
				? localTextProblems(site, service.description, place([...path, 'description']), false)
				: []),
			...(service.advice ? localTextProblems(site, service.advice, place([...path, 'advice']), false) : []),
		);
	});
	const numbers = availableNumbers(site.contacts);
	/** A text with the site's numbers in it; a `{word}` that names no contact of the site is an error at its place. */
	const withNumbers = (text: LocalText | undefined, path: PropertyKey[]): LocalText | undefined =>
		text &&
		Object.fromEntries(
			Object.entries(text).map(([lang, written]) => {
				// Every number named is in `numbers`, so nothing is ever missing.
				const filled = fillContacts(written, numbers, '');
				for (const found of filled.unknown)
					problems.push({
						...unknownIdProblem(place([...path, lang]), found, placeholderNames(numbers), 'contact in site.yaml'),
						...source.locateText([...path, lang], found),
					});
				return [lang, filled.text];
			}),
		);
	return {
		services: {
			groups: value.groups,
			services: value.services.map((service, index) =>
				withoutUndefined({
					...service,
					description: withNumbers(service.description, ['services', index, 'description']),
					advice: withNumbers(service.advice, ['services', index, 'advice']),
				}),
			),
		},
		problems,
	};
}
