import type { LocalText } from '../../schemas/common.ts';
import type { Problem } from '../content/problems.ts';
import { ui } from '../i18n/ui.ts';
import { fillContacts, type ContactPlaceholder } from './contact-placeholders.ts';
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
	contacts: Record<ContactPlaceholder, string | undefined>;
	mirrors: string[];
	/**
	 * The services, in order. An id of the starter's alone takes the starter's texts in every
	 * language; with a name it is a service of one's own, named in the source language.
	 */
	services: { id: string; name?: string; advice?: string; campus?: string }[];
	/** The services kept on the first screen; absent: the starter's choice. */
	keyServices?: string[];
}

export interface InitFiles {
	/** Path in the content folder → text. */
	files: Map<string, string>;
	/** What the writer should know: texts the starter has no words for in a language. */
	notes: string[];
	problems: Problem[];
}

/**
 * The files of a new content folder: site.yaml, services.yaml and the starter's templates in
 * the site's languages. Numbers go into the services' texts now; the templates keep their
 * placeholders, filled when an update starts from them, so a changed number is never stale.
 */
export function initFiles(starter: Starter, answers: InitAnswers, starterFile: (file: string) => string): InitFiles {
	const [source] = answers.languages as [string, ...string[]];
	const notes: string[] = [];
	const problems: Problem[] = [];
	const untranslated = new Set<string>();

	/** A starter's text in the site's languages, with the numbers filled in. */
	const localText = (text: LocalText): LocalText =>
		Object.fromEntries(
			answers.languages.map((lang) => {
				const words = text[lang] ?? text['en'] ?? Object.values(text)[0]!;
				if (text[lang] === undefined) untranslated.add(lang);
				const filled = fillContacts(words, answers.contacts, ui(lang).authoring.missingNumber);
				for (const placeholder of filled.unknown)
					problems.push({
						severity: 'error',
						file: starterFile('starter.yaml'),
						field: '',
						message: 'a starter names numbers only by these placeholders',
						found: placeholder,
						allowed: ['{emergency}', '{gp_on_call}', '{info_line}'],
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

	const files = new Map<string, string>([
		['site.yaml', siteYaml(answers)],
		['services.yaml', servicesYaml(groups, services, answers.languages)],
	]);
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
			`The ${starter.kind} starting point has no words in ${[...untranslated].join(', ')}: services.yaml has its English texts there; translate them.`,
		);
	return { files, notes, problems };
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

function siteYaml(answers: InitAnswers): string {
	const { contacts } = answers;
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
		'# The numbers to call, shown on every page and filled into the templates ({emergency}, ...).',
		'contacts:',
		'  # For a life-threatening emergency.',
		`  emergency: ${yamlText(contacts.emergency ?? '')}`,
		'  # Urgent care that is not an emergency: a GP on call, a health line.',
		`  gp_on_call: ${yamlText(contacts.gp_on_call ?? '')}`,
		...(contacts.info_line
			? [
					'  # Your own information line, on a phone system that works without your IT.',
					`  info_line: ${yamlText(contacts.info_line)}`,
				]
			: []),
		'  # Other places people can go to instead: - name: ..., phone: "...", url: https://...',
		'  hospitals: []',
		'',
		'# Copies of this site on other hosts, in case this one is slow or down (docs/deploying.md).',
		answers.mirrors.length ? 'mirrors:' : 'mirrors: []',
		...answers.mirrors.map((mirror) => `  - ${yamlText(mirror)}`),
		'',
		'feeds:',
		'  # How many of the newest updates each feed carries. The website keeps them all.',
		'  items: 50',
		'',
		'# To send each new update by mail, Mastodon, Bluesky, ntfy or webhooks, add an announce:',
		'# section: docs/announcing.md says how.',
		'',
	].join('\n');
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
