import type { CapSettingsInput } from '../../schemas/cap.ts';
import type { LocalText } from '../../schemas/common.ts';
import type { PlaceType } from '../../schemas/place-type.ts';
import type { StateDefinitionInput } from '../../schemas/state.ts';
import type { Problem } from '../content/problems.ts';
import { lanternWords } from '../i18n/read-words.ts';
import { shippedWordFiles } from '../i18n/shipped-words.ts';
import { fillContacts, KNOWN_PLACEHOLDERS, placeholderNames, type ContactNumbers } from './contact-placeholders.ts';
import type { Starter } from './starter.ts';
import { yamlText } from './update-files.ts';

/** What `npm run init` asked (or was given as flags): the site of one organisation. */
export interface InitAnswers {
	organisation: string;
	/** The source language first. */
	languages: string[];
	timeZone: string;
	siteUrl: string;
	campuses: { id: string; name: string }[];
	contacts: {
		emergency?: string;
		/** After the emergency number, in order: the starter's that were answered, then one's own. */
		others: InitContact[];
	};
	mirrors: string[];
	/**
	 * The services, in order. An id of the starter's alone takes the starter's texts in every
	 * language; with a name it is a service of one's own, named in the source language.
	 */
	services: { id: string; name?: string; advice?: string; campus?: string }[];
	/** The services kept on the first screen; absent: the starter's choice. */
	keyServices?: string[];
}

/** A contact of the new site, as site.yaml's `others` writes it. */
export interface InitContact {
	id: string;
	/** Per language; absent for a contact Lantern has words for (gp_on_call, info_line). */
	label?: LocalText;
	phone?: string;
	email?: string;
	url?: string;
}

export interface InitFiles {
	/** Path in the content folder → text. */
	files: Map<string, string>;
	/** What the writer should know: texts the starter has no words for in a language. */
	notes: string[];
	problems: Problem[];
}

/**
 * The files of a new content folder: site.yaml (with the kind's states, CAP categories and place type),
 * services.yaml, the kind's own words (`i18n/<lang>.yaml`) and its templates, in the site's
 * languages only. Numbers go into the services' texts now; the templates keep their
 * placeholders, filled when an update starts from them, so a changed number is never stale.
 */
export function initFiles(starter: Starter, answers: InitAnswers, starterFile: (file: string) => string): InitFiles {
	const [source] = answers.languages as [string, ...string[]];
	const notes: string[] = [];
	const problems: Problem[] = [];
	const untranslated = new Set<string>();
	/** The files that hold a starter's English text in place of another language's. */
	const untranslatedIn = new Set<'services.yaml' | 'site.yaml'>();
	const numbers = initNumbers(starter, answers);

	/** A starter's text in a language of the site: English (or its first) where it has none, noted. */
	const inLanguage = (text: LocalText, lang: string, file: 'services.yaml' | 'site.yaml'): string => {
		if (text[lang] === undefined) {
			untranslated.add(lang);
			untranslatedIn.add(file);
		}
		return text[lang] ?? text['en'] ?? Object.values(text)[0]!;
	};
	/** A starter's text in site.yaml, in the site's languages. */
	const siteText = (text: LocalText): LocalText =>
		Object.fromEntries(answers.languages.map((lang) => [lang, inLanguage(text, lang, 'site.yaml')]));
	// services.yaml keeps the placeholder of each number the site has: the content reader fills it
	// in, so a number changed later in site.yaml is right in every advice. A number the site does
	// not have becomes the writer's placeholder in its place.
	const kept: ContactNumbers = Object.fromEntries(
		Object.entries(numbers).map(([id, number]) => [id, number === undefined ? undefined : `{${id}}`]),
	);
	/** A starter's text in services.yaml, in the site's languages, naming the site's numbers by placeholder. */
	const localText = (text: LocalText): LocalText =>
		Object.fromEntries(
			answers.languages.map((lang) => {
				const filled = fillContacts(inLanguage(text, lang, 'services.yaml'), kept, missingNumber(lang));
				for (const placeholder of filled.unknown)
					problems.push({
						severity: 'error',
						file: starterFile('starter.yaml'),
						field: '',
						message: 'a starter names numbers only by these placeholders',
						found: placeholder,
						allowed: placeholderNames(numbers),
					});
				return [lang, filled.text];
			}),
		);

	const byId = new Map(starter.settings.services.map((service) => [service.id, service]));
	const onlyCampus = answers.campuses.length === 1 ? answers.campuses[0]!.id : undefined;
	const services = answers.services.map(({ id, name, advice, campus }) => {
		const known = name === undefined ? byId.get(id) : undefined;
		const texts = known
			? {
					name: localText(known.name),
					...(known.description && { description: localText(known.description) }),
					...(known.advice && { advice: localText(known.advice) }),
				}
			: { name: { [source]: name ?? id } };
		if (advice !== undefined) texts.advice = localText({ [source]: advice });
		return {
			id,
			campus: campus ?? onlyCampus,
			group: known?.group,
			key: answers.keyServices ? answers.keyServices.includes(id) : (known?.key ?? false),
			...texts,
		};
	});
	const usedGroups = new Set(services.map((service) => service.group));
	const groups = starter.settings.groups
		.filter((group) => usedGroups.has(group.id))
		.map((group) => ({ id: group.id, name: localText(group.name) }));

	const contacts = answers.contacts.others.map((contact) =>
		contact.label ? { ...contact, label: siteText(contact.label) } : contact,
	);
	const { states, cap, place_type: placeType } = starter.settings;
	const mode: SiteStates['mode'] = states?.replace ? 'replace' : 'add';
	const siteStates = states?.[mode] && {
		mode,
		list: states[mode].map((state) => ({ ...state, label: siteText(state.label) })),
	};
	const files = new Map<string, string>([
		['site.yaml', siteYaml(answers, contacts, siteStates, { cap, placeType })],
		['services.yaml', servicesYaml(groups, services, answers.languages)],
	]);
	// The kind's own words, for the languages of the site it has them in: the site's own from now on.
	for (const lang of answers.languages) {
		const words = starter.words.get(lang);
		if (words !== undefined) files.set(`i18n/${lang}.yaml`, words);
	}
	if (starter.templates.size && ![...starter.templates.values()].every((texts) => texts.has(source))) {
		notes.push(
			`The ${starter.kind} starting point has no templates in ${source}; write your own in templates/ (templates/README.md says how).`,
		);
	} else {
		for (const [name, texts] of starter.templates)
			for (const lang of answers.languages) {
				const text = texts.get(lang);
				if (text !== undefined)
					files.set(
						`templates/${name}/${lang}.mdx`,
						lang === source ? withPhase(text, starter.settings.templates[name]!) : text,
					);
			}
	}
	if (starter.templatesReadme !== undefined) files.set('templates/README.md', starter.templatesReadme);
	if (untranslated.size)
		notes.push(
			`The ${starter.kind} starting point has no words in ${[...untranslated].join(', ')}: ${[...untranslatedIn].sort().join(' and ')} ${untranslatedIn.size > 1 ? 'have' : 'has'} its English texts there; translate them.`,
		);
	return { files, notes, problems };
}

/**
 * What the starter's placeholders become: the answers, and for a number the starter knows that
 * was left empty, nothing yet (the writer is asked for it where a text names it).
 */
function initNumbers(starter: Starter, answers: InitAnswers): ContactNumbers {
	const numbers: Record<string, string | undefined> = Object.fromEntries(
		[
			...KNOWN_PLACEHOLDERS,
			...starter.settings.contacts.map((entry) => (typeof entry === 'string' ? entry : entry.id)),
		].map((id) => [id, undefined]),
	);
	numbers['emergency'] = answers.contacts.emergency;
	for (const contact of answers.contacts.others) numbers[contact.id] = contact.phone ?? contact.email ?? contact.url;
	return numbers;
}

/** The source-language template carries the phase an update from it usually has. */
function withPhase(text: string, phase: string): string {
	return text.replace(/^---\n/, `---\nphase: ${phase}\n`);
}

/** A text per language as a YAML block, each text quoted (so a comma never starts a new entry). */
function localBlock(name: string, text: LocalText, indent: string): string[] {
	return [
		`${indent}${name}:`,
		...Object.entries(text).map(([lang, value]) => `${indent}  ${lang}: ${yamlText(value)}`),
	];
}

/** The kind's states for site.yaml: added to the hospital states or replacing them, with words in the site's languages. */
interface SiteStates {
	mode: 'add' | 'replace';
	list: StateDefinitionInput[];
}

function siteYaml(
	answers: InitAnswers,
	contacts: InitContact[],
	states: SiteStates | undefined,
	{ cap, placeType }: { cap?: CapSettingsInput | undefined; placeType?: PlaceType | undefined },
): string {
	const [source, ...others] = answers.languages;
	return [
		'# Settings for this status site, written by npm run init. Comms staff rarely need to change this file.',
		`# Every text a reader sees is given per language: ${source} (the source language)${others.length ? `, ${others.join(', ')}` : ''}.`,
		'# A text missing in a language falls back to the source language.',
		'',
		'# The organisation whose status this site tells.',
		...localBlock('organisation', { [source!]: answers.organisation }, ''),
		'',
		'# Languages of this site. The first one is the source language: updates are',
		'# written in it first, and it holds the service states.',
		`languages: [${answers.languages.join(', ')}]`,
		'',
		'# Times on the site are shown in this time zone.',
		`time_zone: ${answers.timeZone}`,
		'',
		'# The address where this site is published (used for links in feeds and QR codes).',
		`site_url: ${yamlText(answers.siteUrl)}`,
		'',
		'# Your sites or campuses, in the order the board shows them. A service names its own',
		'# (campus: id in services.yaml); a service without one is on every site.',
		'campuses:',
		...answers.campuses.flatMap((campus) => [
			`  - id: ${campus.id}`,
			...localBlock('name', { [source!]: campus.name }, '    '),
		]),
		'',
		...contactsYaml(answers.contacts.emergency ?? '', contacts),
		'',
		...(states ? [...statesYaml(states), ''] : []),
		'# Copies of this site on other hosts, in case this one is slow or down (docs/deploying.md).',
		answers.mirrors.length ? 'mirrors:' : 'mirrors: []',
		...answers.mirrors.map((mirror) => `  - ${yamlText(mirror)}`),
		'',
		'feeds:',
		'  # How many of the newest updates each feed carries. The website keeps them all.',
		'  items: 50',
		'',
		...(cap
			? [
					'# CAP alerts (/cap/): the categories alerting systems file them under (CAP 1.2: Geo, Met,',
					'# Safety, Security, Rescue, Fire, Health, Env, Transport, Infra, CBRNE, Other).',
					'cap:',
					`  category: [${cap.category.join(', ')}]`,
					'',
				]
			: []),
		...(placeType
			? [
					'# What kind of place the organisation is, for search engines (schema.org): Hospital,',
					'# CityHall, School, LocalBusiness, ...',
					`place_type: ${placeType}`,
					'',
				]
			: []),
		'# To send each new update by mail, Mastodon, Bluesky, ntfy or webhooks, add an announce:',
		'# section: docs/announcing.md says how.',
		'',
	].join('\n');
}

/** Why each contact Lantern knows is there, above it in site.yaml. */
const CONTACT_COMMENTS: Record<string, string> = {
	gp_on_call: 'Urgent care that is not an emergency: a GP on call, a health line.',
	info_line: 'Your own information line, on a phone system that works without your IT.',
};

/** site.yaml's `contacts`: the emergency number, then the others in order, each explained once. */
function contactsYaml(emergency: string, contacts: InitContact[]): string[] {
	return [
		'# The numbers to call and places to go, shown under "What to do now" on every page in this',
		'# order, and filled into the templates by id: {emergency}, {gp_on_call}, {customer_line}, ...',
		'contacts:',
		'  # For a life-threatening emergency.',
		`  emergency: ${yamlText(emergency)}`,
		"  # Then each of these: an id (never shown; a template's {id} becomes its number), a label",
		'  # (the words before it, in every language: gp_on_call, info_line and hospitals have',
		"  # Lantern's own), and a phone, email or url; a note (a line after it, in every language)",
		'  # and places people can go to instead (- name: ..., phone: "...", url: https://...) are optional.',
		contacts.length ? '  others:' : '  others: []',
		...contacts.flatMap((contact) => [
			...(CONTACT_COMMENTS[contact.id] ? [`    # ${CONTACT_COMMENTS[contact.id]}`] : []),
			`    - id: ${contact.id}`,
			...(contact.label ? localBlock('label', contact.label, '      ') : []),
			...(['phone', 'email', 'url'] as const).flatMap((field) =>
				contact[field] === undefined ? [] : [`      ${field}: ${yamlText(contact[field])}`],
			),
		]),
	];
}

/** site.yaml's `states:`, each state with its every fact, explained once. */
function statesYaml({ mode, list }: SiteStates): string[] {
	return [
		mode === 'replace'
			? "# The states a service can be in, in this order; they replace Lantern's hospital states."
			: "# States added to Lantern's hospital states, each placed among them by its rank.",
		'# key: what an update writes; rank: 0 is the normal state, higher is worse; statuspage: what the',
		'# Statuspage-compatible API reports; icon and label: what the public sees (README, "States of your own").',
		'states:',
		`  ${mode}:`,
		...list.flatMap((state) => [
			`    - key: ${state.key}`,
			`      rank: ${state.rank}`,
			`      statuspage: ${state.statuspage}`,
			...(state.icon ? [`      icon: ${state.icon}`] : []),
			...localBlock('label', state.label, '      '),
		]),
	];
}

interface WrittenService {
	id: string;
	campus?: string | undefined;
	group?: string | undefined;
	key: boolean;
	name: LocalText;
	description?: LocalText;
	advice?: LocalText;
}

function servicesYaml(
	groups: { id: string; name: LocalText }[],
	services: WrittenService[],
	languages: string[],
): string {
	return [
		'# The services the public cares about, in the order the board shows them.',
		`# name, description and advice are given per language (${languages.join(', ')}); advice is what`,
		'# to do while the service is not open as normal. key: true keeps a service on the home',
		"# page's first screen in every state: the few services most people come to ask about.",
		'# The id is used in updates and web addresses: never change it once published.',
		'',
		...(groups.length
			? [
					'# Groups order the board; a service without a group comes after them.',
					'groups:',
					...groups.flatMap((group) => [`  - id: ${group.id}`, ...localBlock('name', group.name, '    ')]),
					'',
				]
			: []),
		'services:',
		...services.flatMap((service) => [
			`  - id: ${service.id}`,
			...(service.campus ? [`    campus: ${service.campus}`] : []),
			...(service.group ? [`    group: ${service.group}`] : []),
			...(service.key ? ['    key: true'] : []),
			...localBlock('name', service.name, '    '),
			...(service.description ? localBlock('description', service.description, '    ') : []),
			...(service.advice ? localBlock('advice', service.advice, '    ') : []),
		]),
		'',
	].join('\n');
}

/**
 * The placeholder for a number the new site has no contact for, in Lantern's words of `lang`: a
 * site in a language Lantern does not ship has no words of its own yet, so it is English there.
 */
function missingNumber(lang: string): string {
	return lanternWords(shippedWordFiles().has(lang) ? lang : 'en').authoring.missingNumber;
}
