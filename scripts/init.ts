/**
 * `npm run init`: starts a status site of one's own. Asks for the organisation, its languages,
 * time zone, address, sites, services (from a starting list for its kind of organisation, in
 * starters/), numbers to call and mirrors, or takes them as flags (`--yes` never asks), and
 * writes a content folder that passes `npm run check` and builds, with no update in it. It
 * refuses to replace a folder that has updates, unless `--force`.
 */
import * as prompt from '@clack/prompts';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { initFiles, type InitAnswers, type InitContact } from '../src/lib/authoring/init-files.ts';
import { slugOf } from '../src/lib/authoring/slug.ts';
import { readStarter, starterKinds, type Starter } from '../src/lib/authoring/starter.ts';
import { isKnownContact } from '../src/lib/contacts.ts';
import { OWN_FOLDER } from '../src/lib/content/content-folder.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { pickText } from '../src/lib/i18n/local-text.ts';
import { languageName } from '../src/lib/i18n/locales.ts';
import { lanternWords } from '../src/lib/i18n/read-words.ts';
import { shippedWordFiles } from '../src/lib/i18n/shipped-words.ts';
import { idSchema, languageCodeSchema } from '../src/schemas/common.ts';
import { contactIdSchema, contactSchema, siteSchema } from '../src/schemas/site.ts';
import { isPlacelessZone } from '../src/lib/time.ts';
import { commandLine } from './lib/command-line.ts';

const STARTERS = path.resolve(import.meta.dirname, '../starters');
/** The flags of the contacts Lantern has always asked for, by id. */
const CONTACT_FLAGS: Record<string, 'emergency' | 'gp-on-call' | 'info-line'> = {
	emergency: 'emergency',
	gp_on_call: 'gp-on-call',
	info_line: 'info-line',
};
const kinds = await starterKinds(STARTERS);

const { values: flags, wrong } = commandLine({
	name: 'init',
	about: 'starts a status site of your own: writes a content folder that checks and builds, with no update in it.',
	flags: {
		yes: {
			type: 'boolean',
			default: false,
			about: 'never ask: every answer comes from the flags, and a missing one is an error',
		},
		kind: {
			type: 'string',
			value: 'KIND',
			about: `the kind of organisation, whose services, states, numbers, words and prepared texts it starts from (${kinds.join(', ')}; default: hospital, or asked in a terminal)`,
		},
		organisation: { type: 'string', value: 'TEXT', about: "the organisation's name, as the public knows it" },
		languages: {
			type: 'string',
			value: 'LIST',
			about: 'the languages, the source language first: en, or nl,en,fr (default: en)',
		},
		'time-zone': {
			type: 'string',
			value: 'ZONE',
			about: "the time zone of the site's times (default: this computer's)",
		},
		'site-url': { type: 'string', value: 'URL', about: 'the public address of the status site' },
		campus: {
			type: 'string',
			value: 'ID=NAME',
			multiple: true,
			default: [],
			about: 'a site or campus (default: one, named after the organisation)',
		},
		service: {
			type: 'string',
			value: 'ID[=NAME]',
			multiple: true,
			default: [],
			about:
				"a service: a starter's id alone takes its texts; with =NAME it is one of your own (default: the starter's list)",
		},
		key: {
			type: 'string',
			value: 'ID',
			multiple: true,
			default: [],
			about: 'a service kept on the first screen (default: the starter’s choice)',
		},
		advice: {
			type: 'string',
			value: 'ID=TEXT',
			multiple: true,
			default: [],
			about: 'what to do while a service is not open, in the source language ({emergency} gives the number)',
		},
		'service-campus': {
			type: 'string',
			value: 'ID=CAMPUS',
			multiple: true,
			default: [],
			about: "a service's campus (with one campus, every service is on it)",
		},
		emergency: { type: 'string', value: 'NUMBER', about: 'the emergency number, such as 112 or 999' },
		'gp-on-call': {
			type: 'string',
			value: 'NUMBER',
			about: 'the number for urgent care that is not an emergency (a GP on call, NHS 111)',
		},
		'info-line': { type: 'string', value: 'NUMBER', about: 'your own information line (optional)' },
		contact: {
			type: 'string',
			value: 'ID=[LABEL=]NUMBER',
			multiple: true,
			default: [],
			about:
				'another number (or email or web address) under "What to do now", in this order: ID is its placeholder in templates ({ID}), LABEL the words before it in the source language (not needed for gp_on_call, info_line or the starter\'s own)',
		},
		'contact-label': {
			type: 'string',
			value: 'ID.LANG=LABEL',
			multiple: true,
			default: [],
			about: "a contact's words in another language of the site (every language needs them)",
		},
		mirror: {
			type: 'string',
			value: 'URL',
			multiple: true,
			default: [],
			about: 'the address of a copy of the site on another host',
		},
		out: { type: 'string', value: 'DIR', default: OWN_FOLDER, about: 'the content folder to write' },
		force: {
			type: 'boolean',
			default: false,
			about: 'replace a site that is there already (its updates and incidents are deleted)',
		},
		lang: { type: 'string', value: 'LANG', default: 'en', about: 'the language of the questions (en, nl, fr, de)' },
	},
	notes: [
		'Without --yes, in a terminal, it asks for every answer the flags do not give.',
		'Then: npm run check, and npm run new for the first update (docs/getting-started.md).',
	],
	examples: [
		'npm run init',
		'npm run init -- --yes --organisation "Riverside Hospitals NHS Trust" --languages en --time-zone Europe/London --site-url https://status.riverside.example/ --emergency 999 --gp-on-call 111',
		'npm run init -- --yes --kind municipality --organisation "Gemeinde Lindenberg" --languages de,fr --time-zone Europe/Brussels --site-url https://status.lindenberg.example/ --emergency 112 --contact "town_info_line=+32 87 55 40 00"',
		'npm run init -- --yes --organisation "Example Ltd" --languages en,nl --site-url https://status.example.org/ --emergency 112 --contact "customer_line=Questions about your order? Call us:=+32 3 555 00 00" --contact-label "customer_line.nl=Vragen over uw bestelling? Bel ons:"',
	],
});
if (flags.kind !== undefined && !kinds.includes(flags.kind))
	wrong(`--kind ${flags.kind}: there is no such starting point (allowed: ${kinds.join(', ')})`);
const interactive = !flags.yes && Boolean(process.stdin.isTTY);
if (!shippedWordFiles().has(flags.lang))
	wrong(
		`--lang ${flags.lang}: Lantern has no words in this language (allowed: ${[...shippedWordFiles().keys()].join(', ')})`,
	);
const words = lanternWords(flags.lang);
const say = words.authoring.init;
/** A path as the person sees it: relative to where they are, unless it is elsewhere. */
const relative = (file: string) => {
	const shown = path.relative(process.cwd(), file);
	return shown.startsWith('..') ? file : shown || '.';
};

// Never over a site that is there already, unless told to: its updates are what the public has
// read, and its site.yaml and services.yaml hold what was set up by hand since the last init.
const out = path.resolve(flags.out);
const updatesThere = await readdir(path.join(out, 'updates')).catch(() => []);
if ((updatesThere.length || existsSync(path.join(out, 'site.yaml'))) && !flags.force) {
	console.error(
		`${relative(out)}/ ${updatesThere.length ? `has ${updatesThere.length} update(s) already` : 'has a site.yaml already'}; init would replace that site. Use --out for another folder, or --force to replace it (site.yaml, services.yaml and the templates${updatesThere.length ? ', and its updates and incidents,' : ''} are replaced).`,
	);
	process.exit(1);
}

if (interactive) prompt.intro(say.intro);
const kind = flags.kind ?? (interactive ? await askKind() : 'hospital');
const { starter, problems: starterProblems } = await readStarter(STARTERS, kind, relative);
if (!starter) {
	console.error(formatProblems(starterProblems));
	process.exit(1);
}
const answers = await ask(starter);
const { files, notes, problems } = initFiles(starter, answers, (file) => relative(path.join(STARTERS, kind, file)));

// Checked in memory before anything is written: a folder init writes always passes npm run check.
const shown = (file: string) => `${relative(out)}/${file}`;
const checked = validateContent({
	site: { file: shown('site.yaml'), text: files.get('site.yaml')! },
	services: { file: shown('services.yaml'), text: files.get('services.yaml')! },
	incidents: new Map(),
	updates: new Map(),
	i18n: new Map(
		[...files].flatMap(([file, text]) => {
			const lang = /^i18n\/(.+)\.yaml$/.exec(file)?.[1];
			return lang ? [[lang, { file: shown(file), text }] as const] : [];
		}),
	),
});
problems.push(...checked.problems);
if (problems.some((problem) => problem.severity === 'error')) {
	console.error(`${formatProblems(problems)}\n\nNothing was written; correct the answers above and run it again.`);
	process.exit(1);
}

for (const part of ['site.yaml', 'services.yaml', 'templates', ...(flags.force ? ['incidents', 'updates'] : [])])
	await rm(path.join(out, part), { recursive: true, force: true });
for (const [file, text] of files) {
	await mkdir(path.dirname(path.join(out, file)), { recursive: true });
	await writeFile(path.join(out, file), text);
}
const report = [
	`${say.written}${words.colon}${relative(out)}/ (${[...files.keys()].filter((file) => !file.startsWith('templates/')).join(', ')}, templates/)`,
	...notes,
	...(flags['time-zone'] === undefined && !interactive
		? [`Times are shown in ${answers.timeZone}, this computer's time zone (time_zone in site.yaml).`]
		: []),
	...(out === path.resolve(OWN_FOLDER) ? [] : [`LANTERN_CONTENT=${relative(out)} makes every command use it.`]),
	say.then,
].join('\n');
if (interactive) prompt.outro(report);
else console.log(report);

/** The kind of organisation, chosen from the starting points, each told by its `about` in the questions' language. */
async function askKind(): Promise<string> {
	const options = [];
	for (const candidate of kinds) {
		const { starter } = await readStarter(STARTERS, candidate, relative);
		const about = starter && pickText(starter.settings.about, flags.lang, 'en').text;
		options.push({ value: candidate, label: about ?? candidate, hint: candidate });
	}
	return stopped(
		await prompt.select<string>({
			message: say.kind,
			options,
			initialValue: kinds.includes('hospital') ? 'hospital' : kinds[0]!,
		}),
	);
}

/** Every answer: from its flag, or asked in the terminal, or an error under --yes. */
async function ask(starter: Starter): Promise<InitAnswers> {
	if (!interactive) {
		const missing = missingFlags(starter);
		if (missing.length)
			wrong(`missing ${missing.join(', ')} (with --yes, or outside a terminal, every answer comes from a flag)`);
	}
	const organisation = (await answer(flags.organisation, 'organisation', say.organisation)).trim();
	const languages = (
		await answer(flags.languages ?? (interactive ? undefined : 'en'), 'languages', say.languages, {
			initial: 'en',
			check: (value) => (languageList(value) ? undefined : say.invalidLanguages),
		})
	)
		.split(',')
		.map((lang) => lang.trim().toLowerCase());
	if (!languageList(languages.join(','))) wrong(`--languages ${languages.join(',')}: ${say.invalidLanguages}`);
	const localZone = machineZone();
	const timeZone = await answer(
		flags['time-zone'] ?? (interactive || !localZone ? undefined : localZone),
		'time-zone',
		say.timeZone,
		{
			...(localZone && { initial: localZone }),
			check: (value) => (isTimeZone(value) ? undefined : say.invalidTimeZone),
		},
	);
	if (!isTimeZone(timeZone)) wrong(`--time-zone ${timeZone}: ${say.invalidTimeZone}`);
	const siteUrl = await answer(flags['site-url'], 'site-url', say.siteUrl, {
		check: (value) => (isWebAddress(value) ? undefined : say.invalidUrl),
	});
	if (!isWebAddress(siteUrl)) wrong(`--site-url ${siteUrl}: ${say.invalidUrl}`);
	const campuses = flags.campus.length
		? flags.campus.map(campusFromFlag)
		: interactive
			? namesToCampuses(await askText(say.campuses, { initial: organisation }))
			: [{ id: 'main', name: organisation }];

	const contacts = await askContacts(starter, languages);

	const services: InitAnswers['services'] = flags.service.length
		? flags.service.map(serviceFromFlag)
		: interactive
			? (
					await askServices(
						starter,
						say.services,
						starter.settings.services.map((service) => service.id),
					)
				).map((id) => ({ id }))
			: starter.settings.services.map((service) => ({ id: service.id }));
	const serviceIds = services.map((service) => service.id);
	const serviceNamed = (flag: string, id: string) =>
		services.find((service) => service.id === id) ??
		wrong(`${flag}: there is no service "${id}" (allowed: ${serviceIds.join(', ')})`);
	for (const entry of flags.advice) {
		const [id, text] = pair(entry, '--advice');
		serviceNamed(`--advice ${entry}`, id).advice = text;
	}
	for (const entry of flags['service-campus']) {
		const [id, campus] = pair(entry, '--service-campus');
		if (!campuses.some((candidate) => candidate.id === campus))
			wrong(
				`--service-campus ${entry}: there is no campus "${campus}" (allowed: ${campuses.map((candidate) => candidate.id).join(', ')})`,
			);
		serviceNamed(`--service-campus ${entry}`, id).campus = campus;
	}
	for (const id of flags.key) serviceNamed(`--key ${id}`, id);
	const keyServices = flags.key.length
		? flags.key
		: interactive && !flags.service.length
			? await askServices(
					starter,
					say.keyServices,
					starter.settings.services.filter((service) => service.key).map((service) => service.id),
					serviceIds,
				)
			: undefined;

	const mirrors = flags.mirror.length
		? flags.mirror
		: interactive
			? (await askText(say.mirrors, { optional: true }))
					.split(',')
					.map((mirror) => mirror.trim())
					.filter(Boolean)
			: [];
	for (const mirror of mirrors) if (!isWebAddress(mirror)) wrong(`--mirror ${mirror}: ${say.invalidUrl}`);

	return {
		organisation,
		languages,
		timeZone,
		siteUrl,
		campuses,
		contacts,
		mirrors,
		services,
		...(keyServices && { keyServices }),
	};
}

/**
 * The numbers to call: the starter's, in its order (from their flags, `--contact`, or asked), then
 * each other `--contact` in the order given, then, in a terminal, any more the person adds. Every
 * contact but those Lantern has words for gets its words in every language of the site.
 */
async function askContacts(starter: Starter, languages: string[]): Promise<InitAnswers['contacts']> {
	const [source] = languages as [string, ...string[]];
	const given = new Map(
		flags.contact.map((entry) => contactFromFlag(entry, source)).map((contact) => [contact.id, contact]),
	);
	const labels = labelsFromFlags(languages);
	const reachCheck = (optional: boolean) => (value: string) =>
		(optional && !value.trim()) || reachOf(value) ? undefined : say.invalidReach;
	const phoneCheck = (value: string) => (phoneNumber(value) ? undefined : say.invalidPhone);
	const result: InitAnswers['contacts'] = { others: [] };
	const add = (contact: InitContact) => {
		const label = { ...contact.label, ...labels.get(contact.id) };
		result.others.push({ ...contact, ...(Object.keys(label).length && { label }) });
	};
	const emergency = async () => {
		const reply = await answer(flags.emergency, 'emergency', say.emergency, { check: phoneCheck });
		if (phoneCheck(reply)) wrong(`--emergency ${reply}: ${say.invalidPhone}`);
		result.emergency = reply.trim();
	};

	for (const entry of starter.settings.contacts) {
		if (entry === 'emergency') {
			await emergency();
			continue;
		}
		const own = typeof entry === 'string' ? undefined : entry;
		const id = own?.id ?? (entry as string);
		const optional = !isRequiredContact(entry);
		const flag = CONTACT_FLAGS[id];
		const question = own
			? say.contactReach({ label: pickText(own.label, flags.lang, 'en').text })
			: id === 'gp_on_call'
				? say.gpOnCall
				: say.infoLine;
		const flagged = given.get(id);
		given.delete(id);
		const written = (flag && flags[flag]) ?? flagged?.reach;
		const reply =
			written ??
			(optional && !interactive
				? ''
				: await answer(undefined, flag ?? `contact ${id}=NUMBER`, question, { check: reachCheck(optional), optional }));
		if (reachCheck(optional)(reply)) wrong(`${flag ? `--${flag} ` : `--contact ${id}=`}${reply}: ${say.invalidReach}`);
		const label = { ...own?.label, ...flagged?.label };
		if (reply.trim()) add({ id, ...reachOf(reply), ...(Object.keys(label).length && { label }) });
	}
	if (result.emergency === undefined) await emergency();
	// Numbers Lantern knows that the starter does not ask for, given by their own flags.
	for (const id of ['gp_on_call', 'info_line']) {
		const written = flags[CONTACT_FLAGS[id]!];
		if (written === undefined || result.others.some((contact) => contact.id === id)) continue;
		add({ id, ...(reachOf(written) ?? wrong(`--${CONTACT_FLAGS[id]} ${written}: ${say.invalidReach}`)) });
	}
	for (const contact of given.values()) add(contact);

	// In a terminal, any number of one's own, each with its words in every language.
	while (interactive) {
		const id = (
			await askText(say.moreContact, {
				optional: true,
				check: (value) =>
					!value.trim() || (contactIdSchema.safeParse(value.trim()).success && !taken(result, value.trim()))
						? undefined
						: say.invalidContactId,
			})
		).trim();
		if (!id) break;
		const label: Record<string, string> = {};
		if (!isKnownContact(id))
			label[source] = await askText(say.contactLabel({ language: languageName(source, flags.lang) }));
		const reach = await askText(say.contactReach({ label: label[source] ?? id }), { check: reachCheck(false) });
		if (!isKnownContact(id))
			for (const lang of languages.slice(1))
				label[lang] = await askText(say.contactLabel({ language: languageName(lang, flags.lang) }));
		add({ id, ...reachOf(reach), ...(Object.keys(label).length && { label }) });
	}

	// The starter's own take its English words where it has none, as its services do (init says so).
	const starters = new Set(starter.settings.contacts.map((entry) => (typeof entry === 'string' ? entry : entry.id)));
	for (const contact of result.others) {
		if (isKnownContact(contact.id) || starters.has(contact.id)) continue;
		const missing = languages.filter((lang) => contact.label?.[lang] === undefined);
		if (missing.length)
			wrong(
				`--contact ${contact.id}: no words for it in ${missing.join(', ')}; give them with ${missing.map((lang) => (lang === source ? `--contact "${contact.id}=LABEL=NUMBER"` : `--contact-label "${contact.id}.${lang}=LABEL"`)).join(' ')}`,
			);
	}
	for (const id of labels.keys())
		if (!result.others.some((contact) => contact.id === id))
			wrong(`--contact-label ${id}: there is no contact "${id}" (give it with --contact ${id}=NUMBER)`);
	return result;
}

/** `--contact id=number` or `--contact "id=label=number"`: the label in the source language. */
function contactFromFlag(entry: string, source: string): InitContact & { reach: string } {
	const first = entry.indexOf('=');
	const last = entry.lastIndexOf('=');
	if (first < 1) wrong(`--contact ${entry}: expected ID=NUMBER or ID=LABEL=NUMBER`);
	const id = entry.slice(0, first).trim();
	if (!contactIdSchema.safeParse(id).success || id === 'emergency')
		wrong(
			`--contact ${entry}: "${id}" is not a contact id (lower-case letters, digits and underscores, such as customer_line)`,
		);
	const reach = entry.slice(last + 1).trim();
	const found = reachOf(reach) ?? wrong(`--contact ${entry}: "${reach}": ${say.invalidReach}`);
	const label = last > first ? entry.slice(first + 1, last).trim() : '';
	return { id, reach, ...found, ...(label && { label: { [source]: label } }) };
}

/** `--contact-label id.lang=label`, by contact id. */
function labelsFromFlags(languages: string[]): Map<string, Record<string, string>> {
	const labels = new Map<string, Record<string, string>>();
	for (const entry of flags['contact-label']) {
		const [name, label] = pair(entry, '--contact-label');
		const [id = '', lang = ''] = name.split('.');
		if (!id || !languages.includes(lang))
			wrong(`--contact-label ${entry}: expected ID.LANG=LABEL, LANG one of ${languages.join(', ')}`);
		labels.set(id, { ...labels.get(id), [lang]: label });
	}
	return labels;
}

/** A number, an email address or a web address, as site.yaml's contact fields take them. */
function reachOf(value: string): Pick<InitContact, 'phone' | 'email' | 'url'> | undefined {
	const text = value.trim();
	const { phone, email, url } = contactSchema.shape;
	if (phone.safeParse(text).success) return { phone: text };
	if (email.safeParse(text).success) return { email: text };
	if (url.safeParse(text).success) return { url: text };
	return undefined;
}

function phoneNumber(value: string): boolean {
	return siteSchema.shape.contacts.shape.emergency.safeParse(value.trim()).success;
}

function taken(contacts: InitAnswers['contacts'], id: string): boolean {
	return id === 'emergency' || contacts.others.some((contact) => contact.id === id);
}

/** A number the starter asks for that a site of its kind cannot do without: the info line is optional, a starter's own say. */
function isRequiredContact(entry: Starter['settings']['contacts'][number]): boolean {
	return typeof entry === 'string' ? entry !== 'info_line' : Boolean(entry.required);
}

/** The flags an answer must come from under --yes that are not given: all of them, said at once. */
function missingFlags(starter: Starter): string[] {
	const given = new Set(flags.contact.map((entry) => entry.slice(0, entry.indexOf('='))));
	const contacts = starter.settings.contacts.flatMap((entry) => {
		if (entry === 'emergency') return flags.emergency === undefined ? ['--emergency NUMBER'] : [];
		const id = typeof entry === 'string' ? entry : entry.id;
		const flag = CONTACT_FLAGS[id];
		if (!isRequiredContact(entry) || given.has(id) || (flag && flags[flag] !== undefined)) return [];
		return [flag ? `--${flag} NUMBER` : `--contact ${id}=NUMBER`];
	});
	return [
		...(flags.organisation === undefined ? ['--organisation TEXT'] : []),
		...(flags['time-zone'] === undefined && !machineZone() ? ['--time-zone ZONE (this computer says UTC)'] : []),
		...(flags['site-url'] === undefined ? ['--site-url URL'] : []),
		...(starter.settings.contacts.includes('emergency')
			? []
			: flags.emergency === undefined
				? ['--emergency NUMBER']
				: []),
		...contacts,
	];
}

/** A flag's value, or the answer to its question in the terminal, or an error under --yes. */
async function answer(
	flag: string | undefined,
	name: string,
	question: string,
	options: TextQuestion = {},
): Promise<string> {
	if (flag !== undefined) return flag;
	if (!interactive) wrong(`missing --${name} (with --yes, or outside a terminal, every answer comes from a flag)`);
	return askText(question, options);
}

interface TextQuestion {
	/** The suggested answer: shown, taken on Enter, replaced by what the person types. */
	initial?: string;
	/** What is wrong with an answer, or undefined when it will do. */
	check?: (value: string) => string | undefined;
	/** May be left empty. */
	optional?: boolean;
}

async function askText(message: string, { initial, check, optional }: TextQuestion = {}): Promise<string> {
	// The suggestion is shown and taken on Enter; typing replaces it (an initial value would be typed after).
	const suggested = initial ?? (optional ? '' : undefined);
	return stopped(
		await prompt.text({
			message,
			...(initial !== undefined && { placeholder: initial }),
			...(suggested !== undefined && { defaultValue: suggested }),
			validate: (value) =>
				!value?.trim() ? (suggested !== undefined ? undefined : words.authoring.cli.required) : check?.(value),
		}),
	);
}

/** A choice from the starter's services (or those chosen already), with some chosen to begin with. */
async function askServices(starter: Starter, message: string, chosen: string[], among?: string[]): Promise<string[]> {
	const services = starter.settings.services.filter((service) => !among || among.includes(service.id));
	return stopped(
		await prompt.multiselect({
			message,
			required: false,
			initialValues: chosen,
			options: services.map((service) => ({
				value: service.id,
				label: pickText(service.name, flags.lang, 'en').text,
				hint: service.id,
			})),
		}),
	);
}

/** The answer, or the end when the person stopped (Ctrl+C, Escape) before anything was written. */
function stopped<Value>(value: Value): Exclude<Value, symbol> {
	if (prompt.isCancel(value)) {
		prompt.cancel(words.authoring.cli.cancelled);
		process.exit(1);
	}
	return value as Exclude<Value, symbol>;
}

/** `id=text`, split at its first `=`. */
function pair(entry: string, flag: string): [string, string] {
	const at = entry.indexOf('=');
	if (at < 1) wrong(`${flag} ${entry}: expected ID=VALUE`);
	return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
}

/** `--campus north="North site"`, or `--campus "North site"` (its id made from the name). */
function campusFromFlag(entry: string): { id: string; name: string } {
	const at = entry.indexOf('=');
	const [id, name] = at > 0 ? [entry.slice(0, at).trim(), entry.slice(at + 1).trim()] : [slugOf(entry), entry.trim()];
	if (!idSchema.safeParse(id).success)
		wrong(`--campus ${entry}: "${id}" is not an id (lower-case letters, digits, dashes)`);
	return { id, name };
}

/** Comma-separated names as campuses, each with an id made from its name. */
function namesToCampuses(names: string): { id: string; name: string }[] {
	const campuses: { id: string; name: string }[] = [];
	for (const name of names
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)) {
		const base = slugOf(name, 3) || 'site';
		let id = base;
		for (let suffix = 2; campuses.some((campus) => campus.id === id); suffix++) id = `${base}-${suffix}`;
		campuses.push({ id, name });
	}
	return campuses;
}

/** `--service emergency` (the starter's) or `--service pharmacy="Pharmacy"` (one's own). */
function serviceFromFlag(entry: string): InitAnswers['services'][number] {
	const at = entry.indexOf('=');
	const id = (at > 0 ? entry.slice(0, at) : entry).trim();
	if (!idSchema.safeParse(id).success)
		wrong(`--service ${entry}: "${id}" is not an id (lower-case letters, digits, dashes)`);
	if (at > 0) return { id, name: entry.slice(at + 1).trim() };
	if (!starter!.settings.services.some((service) => service.id === id))
		wrong(
			`--service ${id}: the ${starter!.kind} starting point has no such service (allowed: ${starter!.settings.services.map((service) => service.id).join(', ')}); give a name for one of your own: --service ${id}="Name"`,
		);
	return { id };
}

function languageList(value: string): boolean {
	const list = value.split(',').map((lang) => lang.trim().toLowerCase());
	return (
		list.length > 0 &&
		new Set(list).size === list.length &&
		list.every((lang) => languageCodeSchema.safeParse(lang).success)
	);
}

// The answers are checked by site.yaml's own schema, so init accepts exactly what the check does.
function isTimeZone(zone: string): boolean {
	return siteSchema.shape.time_zone.safeParse(zone).success;
}

function isWebAddress(value: string): boolean {
	return siteSchema.shape.site_url.safeParse(value).success;
}

/**
 * This computer's time zone, as a default for the site's; none when it is UTC, as on a server or
 * in a codespace, where it says nothing of where the organisation's readers are.
 */
function machineZone(): string | undefined {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	return isPlacelessZone(zone) ? undefined : zone;
}
