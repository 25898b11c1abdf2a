/**
 * `npm run new`: writes a new update, asking for what it needs (in the site's source language
 * when Lantern has words for it, else English; --lang chooses). The first update of an incident
 * can start the incident too. Every answer can be given as a flag instead, for scripts and tests:
 *   npm run new -- --yes --incident 2026-01-cyberattack --title "…" --summary "…"
 *     --service emergency-noord=reduced --note emergency-noord="…" --next-update +4h
 *     [--from consultations-noord="2026-01-19 08:00"] [--until consultations-noord="2026-01-19 10:00"]
 *     [--phase ongoing] [--template first-hour] [--draft]
 *   npm run new -- --yes --new-incident "IT outage" [--started 06:30] --title "…" …
 * --yes never asks: a missing answer is an error.
 */
import * as prompt from '@clack/prompts';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newIncidentId, readStartedTime, type StartedTime } from '../src/lib/authoring/new-incident.ts';
import { newUpdateId, phaseChoices, standardBody } from '../src/lib/authoring/new-update.ts';
import {
	answerWords,
	readNextUpdate,
	readPlannedTime,
	repeatedTimeText,
	timeProblemText,
	type TypedTime,
} from '../src/lib/authoring/typed-time.ts';
import { contactNumbers, fillContacts, placeholderNames } from '../src/lib/authoring/contact-placeholders.ts';
import { placeholdersIn } from '../src/lib/authoring/placeholders.ts';
import { readTemplate, templateNames, templateWithContacts } from '../src/lib/authoring/templates.ts';
import {
	incidentFile,
	sourceUpdateFile,
	translationFile,
	type SourceFileFields,
} from '../src/lib/authoring/update-files.ts';
import { ownContentFolder } from '../src/lib/content/content-folder.ts';
import { serviceNameWithCampus } from '../src/lib/content/names.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { isSourceText, sourceTextHash } from '../src/lib/content/source-hash.ts';
import { lengthOverLimit, TEXT_LIMITS, type LimitedText } from '../src/lib/content/text-limits.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { pickText } from '../src/lib/i18n/local-text.ts';
import { computeStatus } from '../src/lib/status/engine.ts';
import { publishedUpdates } from '../src/lib/status/publication.ts';
import { stateLabel } from '../src/lib/states.ts';
import { buildClock, isoWithOffset } from '../src/lib/time.ts';
import { PHASES, type Phase, type StateKey } from '../src/schemas/state.ts';
import { commandLine } from './lib/command-line.ts';

const { values: flags, wrong } = commandLine({
	name: 'new',
	about: 'writes a new update (and, for the first update of an incident, the incident), asking for what it needs.',
	flags: {
		yes: {
			type: 'boolean',
			default: false,
			about: 'never ask: every answer comes from the flags, and a missing one is an error',
		},
		incident: { type: 'string', value: 'ID', about: 'the incident the update is about' },
		'new-incident': {
			type: 'string',
			value: 'TITLE',
			about: 'start a new incident with this name (source language) instead',
		},
		started: {
			type: 'string',
			value: 'TIME',
			about: 'when the new incident began: now, 06:30, 2026-01-13 06:30 (default: now)',
		},
		title: { type: 'string', value: 'TEXT', about: "the update's title" },
		summary: { type: 'string', value: 'TEXT', about: 'one or two sentences everyone must know' },
		body: {
			type: 'string',
			value: 'TEXT',
			about: "the update's text in Markdown (default: the template's, or headings to write under)",
		},
		service: { type: 'string', value: 'ID=STATE', multiple: true, default: [], about: "a service's new state" },
		note: {
			type: 'string',
			value: 'ID=TEXT',
			multiple: true,
			default: [],
			about: "a short note on a changed service's state",
		},
		from: {
			type: 'string',
			value: 'ID=TIME',
			multiple: true,
			default: [],
			about: 'a change announced ahead of time: when it begins',
		},
		until: {
			type: 'string',
			value: 'ID=TIME',
			multiple: true,
			default: [],
			about: 'the end of a window, after which the service returns to its state before',
		},
		'next-update': {
			type: 'string',
			value: 'TIME',
			about: 'when the next update comes: +4h, 16:00, 2026-01-13 16:00 or none',
		},
		phase: { type: 'string', value: 'PHASE', about: `the incident's phase: ${PHASES.join(', ')}` },
		template: { type: 'string', value: 'NAME', about: 'start from a prepared text in templates/' },
		draft: { type: 'boolean', default: false, about: 'keep the update off the public site (npm run dev shows it)' },
		lang: {
			type: 'string',
			value: 'LANG',
			about: "the language of the questions (default: the site's source language, else English)",
		},
	},
	notes: ['Writes into LANTERN_CONTENT (default content/); LANTERN_NOW sets the clock.'],
	examples: [
		'npm run new',
		'npm run new -- --yes --new-incident "IT outage" --title "Our IT systems are down" --summary "The emergency department is open." --service emergency=delays --next-update +2h',
		'npm run new -- --yes --incident 2026-01-it-outage --template ongoing --service surgery=postponed --next-update 16:00',
	],
});
const interactive = !flags.yes && Boolean(process.stdin.isTTY);
if (flags.incident !== undefined && flags['new-incident'] !== undefined)
	wrong('--incident and --new-incident do not go together: the update is about one incident');
if (flags.started !== undefined && flags['new-incident'] === undefined) wrong('--started is for --new-incident');

/** A path as the writer sees it in messages. */
const relative = (file: string) => path.relative(process.cwd(), file);

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

async function ask<T>(answer: Promise<T>): Promise<Exclude<T, symbol>> {
	const value = await answer;
	if (prompt.isCancel(value)) {
		prompt.cancel(say.cancelled);
		process.exit(1);
	}
	return value as Exclude<T, symbol>;
}

/** A flag's value, or the prompt's answer when interactive, or an error under --yes. */
async function answer(flag: string | undefined, name: string, question: () => Promise<string>): Promise<string> {
	if (flag !== undefined) return flag;
	if (!interactive) fail(`--${name} is required with --yes (or run npm run new in a terminal to be asked).`);
	return question();
}

const own = ownContentFolder('writing an update');
if ('refused' in own) fail(own.refused);
const { folder } = own;
const now = buildClock();
const raw = await readContentFolder(folder);
const { content, problems } = validateContent(raw);
if (!content) {
	for (const problem of problems) console.error(formatProblem(problem));
	fail('\nThe content has errors (above); fix them first, so the new update starts from the right states.');
}
const { site, words: book } = content;
/** The numbers a text may name, as templates do: `{emergency}`, and the site's contacts by id. */
const numbers = contactNumbers(site.contacts);
const lang = site.sourceLanguage;
/** The language of the questions: the site's own (the content check requires words for it), or --lang. */
const promptLang = flags.lang ?? lang;
if (!content.words.languages.includes(promptLang))
	fail(`--lang ${promptLang}: there are no words in this language (allowed: ${content.words.languages.join(', ')}).`);
const words = content.words.for(promptLang);
const say = words.authoring.cli;
/** Between a label and its value, as the prompt language writes it (French puts a space before the colon). */
const colon = words.colon;
/** "now" and "none" in every language, besides a time. */
const answerable = answerWords(content.words);
/** The language of the questions' lists (service names, states): the prompt language where the site has it. */
const shown = site.languages.includes(promptLang) ? promptLang : lang;
const status = computeStatus(content, publishedUpdates(content.updates, { now, includeDrafts: true }), now);

// The next update given as a flag is read first, so a time the check would refuse stops the command
// before any question: written, it would stop this update and every later `npm run new`.
const nextFromFlag =
	flags['next-update'] === undefined
		? undefined
		: typedTime(
				`--next-update ${flags['next-update']}`,
				readNextUpdate(flags['next-update'], now, site.timeZone, answerable),
			);
if (nextFromFlag && nextFromFlag <= now) fail(`--next-update ${flags['next-update']}: ${say.nextTooEarly}`);

if (interactive) prompt.intro(say.intro);

// A template: pre-approved text in every language.
const templates = await templateNames(folder);
let templateName = flags.template;
if (templateName === undefined && interactive && templates.length) {
	templateName = await ask(
		prompt.select({
			message: say.template,
			options: [{ value: '', label: say.noTemplate }, ...templates.map((name) => ({ value: name, label: name }))],
		}),
	);
}
const template = templateName ? await chosenTemplate(templateName) : undefined;

// The incident: one there is, or a new one (the first update of the first hour needs no file written by hand).
const incidentIds = content.incidents.map((item) => item.id);
const incidentsNewestFirst = [...content.incidents].sort((a, b) => b.started.getTime() - a.started.getTime());
/** The picker's value for "a new incident": not an id, since ids are lower case. */
const NEW_INCIDENT = 'NEW';
let incident = await chosenIncident();
let newIncident: { id: string; file: string; text: string } | undefined;
if (incident === NEW_INCIDENT) {
	const incidentTitle = withNumbers(
		(
			await answer(flags['new-incident'], 'new-incident', () =>
				ask(
					prompt.text({
						message: say.newIncidentTitle,
						validate: (value) => required(value) ?? sameIncident(value ?? '') ?? unknownContact(value),
					}),
				),
			)
		).trim(),
		'--new-incident',
	);
	if (!incidentTitle) fail('--new-incident needs a name: the incident as the public will read it.');
	const same = sameIncident(incidentTitle);
	if (same) fail(`--new-incident: ${same}`);
	const startedAnswer = flags.started ?? (interactive ? await askStarted() : '');
	const reading = readStartedTime(startedAnswer, now, site.timeZone, answerable);
	const problem = startedProblem(reading);
	if (problem) fail(`--started "${startedAnswer}": ${problem}`);
	const started = typedTime('--started', reading as TypedTime) ?? now;
	let id = newIncidentId(started, incidentTitle, site.timeZone);
	for (let suffix = 2; incidentIds.includes(id); suffix++)
		id = `${newIncidentId(started, incidentTitle, site.timeZone)}-${suffix}`;
	incident = id;
	newIncident = {
		id,
		file: path.join(folder, 'incidents', `${id}.yaml`),
		text: incidentFile({ title: { [lang]: incidentTitle }, started }, site.timeZone),
	};
} else if (!incidentIds.includes(incident)) {
	fail(
		`There is no incident "${incident}" (allowed: ${incidentIds.join(', ')}). Start one with --new-incident "Title".`,
	);
}

// A number named as in a template (`{emergency}`, `{customer_line}`) is written into the update:
// what is published is a record, and `npm run check` refuses a placeholder left in it.
const title = withNumbers(
	await answer(flags.title ?? (interactive ? undefined : template?.source.title), 'title', () =>
		ask(
			prompt.text({
				message: say.title,
				initialValue: template?.source.title ?? '',
				validate: (value) => required(value) ?? unknownContact(value),
			}),
		),
	),
	'--title',
);
const summary = withNumbers(
	await answer(flags.summary ?? (interactive ? undefined : (template?.source.summary ?? '')), 'summary', () =>
		ask(
			prompt.text({
				message: say.summary,
				initialValue: template?.source.summary ?? '',
				validate: (value) => tooLong('summary', value) ?? unknownContact(value),
			}),
		),
	),
	'--summary',
);
for (const [field, value] of [
	['title', title],
	['summary', summary],
] as const) {
	const problem = tooLong(field, value);
	if (problem) fail(`--${field}: ${problem}`);
}

// Services: from --service id=state and --note id=text, or chosen from the list with their current state.
const services: SourceFileFields['services'] = {};
for (const entry of flags.service) {
	const [id, state] = entry.split('=') as [string, string | undefined];
	if (!content.services.some((service) => service.id === id))
		fail(
			`--service ${entry}: there is no service "${id}" (allowed: ${content.services.map((service) => service.id).join(', ')}).`,
		);
	if (state === undefined || !content.states.has(state))
		fail(`--service ${entry}: "${state}" is not a state (allowed: ${content.states.keys.join(', ')}).`);
	services[id] = { state };
}
for (const entry of flags.note) {
	const at = entry.indexOf('=');
	const id = entry.slice(0, at);
	if (!services[id]) fail(`--note ${entry}: give the service's state with --service ${id}=… first.`);
	services[id]!.note = withNumbers(entry.slice(at + 1), `--note ${id}`);
}
// A change announced ahead of time: --from id=<time> (and --until id=<time> for a window).
for (const field of ['from', 'until'] as const) {
	for (const entry of flags[field]) {
		const at = entry.indexOf('=');
		const id = entry.slice(0, at);
		if (!services[id]) fail(`--${field} ${entry}: give the service's state with --service ${id}=… first.`);
		const time = typedTime(`--${field} ${entry}`, readPlannedTime(entry.slice(at + 1), now, site.timeZone, answerable));
		if (time) services[id]![field] = time;
	}
}
if (!flags.service.length && interactive) {
	const current = (id: string) => status.current.services.get(id)?.state ?? content.states.normal;
	const chosen = await ask(
		prompt.multiselect({
			message: say.services,
			required: false,
			options: content.services.map((service) => ({
				value: service.id,
				label: serviceNameWithCampus(service, content, shown).text,
				hint: `${say.now}${colon}${stateLabel(current(service.id), content.words.for(shown))}`,
			})),
		}),
	);
	for (const id of chosen) {
		const name = serviceNameWithCampus(
			content.services.find((service) => service.id === id)!,
			content,
			lang,
		).text;
		const state = await ask(
			prompt.select<StateKey>({
				message: say.stateOf({ service: name }),
				initialValue: current(id),
				options: content.states.keys.map((key) => ({
					value: key,
					label: stateLabel(key, content.words.for(shown)),
					hint: key,
				})),
			}),
		);
		const note = withNumbers(
			await ask(prompt.text({ message: say.note({ service: name }), defaultValue: '', validate: unknownContact })),
			'--note',
		);
		const from = await askTime(say.from({ service: name }));
		// A window only makes sense for a change announced ahead of time; a change now holds until a later update.
		const until = from ? await askTime(say.until({ service: name })) : undefined;
		services[id] = { state, ...(note.trim() && { note: note.trim() }), ...(from && { from }), ...(until && { until }) };
	}
}

const currentPhase = (!newIncident && status.incident(incident)?.phase) || 'ongoing';
const phase = (await answer(flags.phase ?? (interactive ? undefined : (template?.phase ?? currentPhase)), 'phase', () =>
	ask(
		prompt.select<Phase>({
			message: say.phase,
			initialValue: template?.phase ?? currentPhase,
			options: phaseChoices(words),
		}),
	),
)) as Phase;
if (!PHASES.includes(phase)) fail(`--phase ${phase} is not a phase (allowed: ${PHASES.join(', ')}).`);

const nextUpdate =
	flags['next-update'] !== undefined
		? nextFromFlag
		: phase === 'resolved' && !interactive
			? undefined
			: await askNextUpdate(phase);

// Write the incident, if new, and the update folder; never over an existing one.
if (newIncident) {
	await mkdir(path.dirname(newIncident.file), { recursive: true });
	await writeFile(newIncident.file, newIncident.text);
}
let id = newUpdateId(now, title, site.timeZone);
for (let suffix = 2; existsSync(path.join(folder, 'updates', id)); suffix++)
	id = `${newUpdateId(now, title, site.timeZone)}-${suffix}`;
const updateFolder = path.join(folder, 'updates', id);
await mkdir(updateFolder, { recursive: true });
const body =
	flags.body !== undefined
		? withNumbers(flags.body, '--body')
		: (template?.source.body ?? standardBody(content.words.for(lang)));
// The template's translations are pre-approved; stamped with the template's source text, so
// they show as out of date as soon as the source text is changed from the template.
const sourceHash = template && sourceTextHash(template.source);
// A translation the template has only in the source's words (a starter without that language)
// is left out: the check would refuse it, and the pages show the source text, saying so.
const translated = Object.entries(template?.translations ?? {}).filter(
	([, text]) => !isSourceText(text, template!.source),
);
const written = [
	{
		file: path.join(updateFolder, `${lang}.mdx`),
		text: sourceUpdateFile(
			{ incident, published: now, title, summary, phase, services, nextUpdate, draft: flags.draft, body },
			site.timeZone,
		),
	},
	...translated.map(([other, text]) => ({
		file: path.join(updateFolder, `${other}.mdx`),
		text: translationFile({ ...text, sourceHash: sourceHash! }),
	})),
];
for (const { file, text } of written) await writeFile(file, text);

const placeholders = written.flatMap(({ file, text }) => {
	const found = placeholdersIn(text);
	return found.length ? [[file, found] as const] : [];
});
const report = [
	`${say.written}${colon}${[...(newIncident ? [newIncident] : []), ...written].map(({ file }) => relative(file)).join(', ')}`,
	`published: ${isoWithOffset(now, site.timeZone)}`,
	...placeholders.map(([file, found]) => `${say.fill} ${relative(file)}${colon}${found.join(' ')}`),
	...(translated.length
		? [say.stamp({ command: `npm run translate -- --stamp ${id} ${translated.map(([other]) => other).join(' ')}` })]
		: []),
	...(newIncident ? [say.forms] : []),
	say.then,
].join('\n');
if (interactive) prompt.outro(report);
else console.log(report);

/** An incident's id, NEW_INCIDENT for a new one: from the flags, or chosen from the incidents there are. */
async function chosenIncident(): Promise<string> {
	if (flags.incident !== undefined) return flags.incident;
	if (flags['new-incident'] !== undefined) return NEW_INCIDENT;
	if (!interactive)
		fail(
			`--incident or --new-incident is required with --yes (${incidentIds.length ? `incidents: ${incidentIds.join(', ')}` : 'there is no incident yet'}).`,
		);
	if (!incidentsNewestFirst.length) return NEW_INCIDENT;
	return ask(
		prompt.select({
			message: say.incident,
			options: [
				...incidentsNewestFirst.map((item) => ({
					value: item.id,
					label: pickText(item.title, lang, lang).text,
					hint: item.id,
				})),
				{ value: NEW_INCIDENT, label: say.newIncident },
			],
		}),
	);
}

/** An incident of the same name in the source language, said as the prompt language says it; undefined when there is none. */
function sameIncident(title: string): string | undefined {
	// The same words, whatever their capitals and spaces.
	const plain = (text: string | undefined) => text?.trim().replace(/\s+/g, ' ').toLowerCase();
	const existing = incidentsNewestFirst.find((item) => plain(item.title[lang]) === plain(title));
	return existing && say.incidentExists({ title: existing.title[lang]!, id: existing.id });
}

/** A `{word}` in an answer that names no number of the site, said in the prompt language; undefined when there is none. */
function unknownContact(value: string | undefined): string | undefined {
	const [found] = fillContacts(value ?? '', numbers, '').unknown;
	if (found === undefined) return undefined;
	return say.unknownContact({ found, allowed: placeholderNames(numbers).join(', ') });
}

/** A text with the site's numbers in place of their placeholders; one the site lacks becomes a [PLACEHOLDER] to fill in. */
function withNumbers(text: string, flag: string): string {
	const problem = unknownContact(text);
	if (problem) fail(`${flag}: ${problem}`);
	return fillContacts(text, numbers, book.for(lang).authoring.missingNumber).text;
}

/** When the next update comes, asked (or, under --yes, required): a time after this update, or none. */
async function askNextUpdate(phase: Phase): Promise<Date | undefined> {
	const answered = await answer(undefined, 'next-update', () =>
		ask(
			prompt.text({
				message: say.next,
				initialValue: phase === 'resolved' ? 'none' : '+4h',
				validate: (value) => nextUpdateProblem(readNextUpdate(value ?? '', now, site.timeZone, answerable)),
			}),
		),
	);
	return chosenTime(readNextUpdate(answered, now, site.timeZone, answerable));
}

/** What is wrong with a next update's time, in the prompt language: one that cannot be read, or not after now. */
function nextUpdateProblem(typed: TypedTime): string | undefined {
	return problemOf(typed) ?? (typed.kind === 'time' && typed.date <= now ? say.nextTooEarly : undefined);
}

/** An answer that must be given, within the title's limit. */
function required(value: string | undefined) {
	return value?.trim() ? tooLong('title', value) : say.required;
}

/** A title or summary past its limit (the same rule as the content check and the forms), said in the prompt language. */
function tooLong(field: LimitedText, value: string | undefined) {
	const length = lengthOverLimit(field, value?.trim());
	return length === undefined ? undefined : say.tooLong({ limit: TEXT_LIMITS[field], length });
}

/** When a new incident began, asked in the terminal: empty means now. */
async function askStarted(): Promise<string> {
	return ask(
		prompt.text({
			message: say.started,
			defaultValue: '',
			validate: (value) => startedProblem(readStartedTime(value ?? '', now, site.timeZone, answerable)),
		}),
	);
}

/** A from- or until-time asked in the terminal: empty means now (or no end). */
async function askTime(message: string): Promise<Date | undefined> {
	const answered = await ask(
		prompt.text({
			message,
			defaultValue: '',
			validate: (value) => problemOf(readPlannedTime(value ?? '', now, site.timeZone, answerable)),
		}),
	);
	return chosenTime(readPlannedTime(answered, now, site.timeZone, answerable));
}

/** What is wrong with when an incident began, in the prompt language; undefined when it can be read. */
function startedProblem(reading: StartedTime): string | undefined {
	return reading.kind === 'not-a-start' ? say.notAStart : problemOf(reading);
}

/** What is wrong with a typed time, in the prompt language; undefined when it can be read. */
function problemOf(typed: TypedTime): string | undefined {
	return typed.kind === 'problem' ? timeProblemText(typed.problem, words, promptLang) : undefined;
}

/** A time given as a flag: its problem stops the command; a time that happens twice is taken by the rule, and said. */
function typedTime(flag: string, typed: TypedTime): Date | undefined {
	if (typed.kind === 'problem') fail(`${flag}: ${timeProblemText(typed.problem, words, promptLang)}`);
	if (typed.kind === 'time' && typed.repeated) console.log(`${flag}: ${repeatedTimeText(typed.repeated, words)}`);
	return typed.kind === 'time' ? typed.date : undefined;
}

/** A time answered in the terminal (already checked): when it happens twice, the writer chooses which. */
async function chosenTime(typed: TypedTime): Promise<Date | undefined> {
	if (typed.kind !== 'time') return undefined;
	if (!typed.repeated) return typed.date;
	const { written, taken, other } = typed.repeated;
	const chosen = await ask(
		prompt.select({
			message: say.whichTime({ written }),
			options: [
				{ value: taken, label: taken, hint: say.firstTime },
				{ value: other, label: other, hint: say.secondTime },
			],
		}),
	);
	const read = readPlannedTime(chosen, now, site.timeZone, answerable);
	return read.kind === 'time' ? read.date : typed.date;
}

/**
 * The template, every file checked, with the site's numbers in it; stops with its problems
 * (file, line, field) when it has any.
 */
async function chosenTemplate(name: string) {
	if (!templates.includes(name)) fail(`There is no template "${name}" (allowed: ${templates.join(', ')}).`);
	const { template: read, problems: templateProblems } = await readTemplate(folder, name, site.languages, relative);
	if (!read) fail(templateProblems.map(formatProblem).join('\n'));
	const filled = templateWithContacts(read, { site, words: book }, (language) =>
		relative(path.join(folder, 'templates', name, `${language}.mdx`)),
	);
	if (!filled.template) fail(filled.problems.map(formatProblem).join('\n'));
	return filled.template;
}
