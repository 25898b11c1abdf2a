/**
 * `npm run new`: writes a new update, asking for what it needs (in Dutch, English or French
 * with --lang). Every answer can be given as a flag instead, for scripts and tests:
 *   npm run new -- --yes --incident 2026-01-cyberattack --title "…" --summary "…"
 *     --service emergency-noord=reduced --note emergency-noord="…" --next-update +4h
 *     [--from consultations-noord="2026-01-19 08:00"] [--until consultations-noord="2026-01-19 10:00"]
 *     [--phase ongoing] [--template first-hour] [--draft]
 * --yes never asks: a missing answer is an error.
 */
import * as prompt from '@clack/prompts';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newUpdateId, standardBody } from '../src/lib/authoring/new-update.ts';
import {
	readNextUpdate,
	readPlannedTime,
	repeatedTimeText,
	timeProblemText,
	type TypedTime,
} from '../src/lib/authoring/typed-time.ts';
import { placeholdersIn } from '../src/lib/authoring/placeholders.ts';
import { readTemplate, templateNames } from '../src/lib/authoring/templates.ts';
import { sourceUpdateFile, translationFile, type SourceFileFields } from '../src/lib/authoring/update-files.ts';
import { contentFolder } from '../src/lib/content/load-content.ts';
import { serviceNameWithCampus } from '../src/lib/content/names.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { readContentFolder } from '../src/lib/content/read-content-folder.ts';
import { sourceTextHash } from '../src/lib/content/source-hash.ts';
import { lengthOverLimit, TEXT_LIMITS, type LimitedText } from '../src/lib/content/text-limits.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { pickText } from '../src/lib/i18n/local-text.ts';
import { ui } from '../src/lib/i18n/ui.ts';
import { computeStatus } from '../src/lib/status/engine.ts';
import { publishedUpdates } from '../src/lib/status/publication.ts';
import { stateLabel } from '../src/lib/states.ts';
import { buildClock, isoWithOffset } from '../src/lib/time.ts';
import { PHASES, STATE_KEYS, type Phase, type StateKey } from '../src/schemas/state.ts';

const { values: flags } = parseArgs({
	options: {
		incident: { type: 'string' },
		title: { type: 'string' },
		summary: { type: 'string' },
		service: { type: 'string', multiple: true, default: [] },
		note: { type: 'string', multiple: true, default: [] },
		from: { type: 'string', multiple: true, default: [] },
		until: { type: 'string', multiple: true, default: [] },
		'next-update': { type: 'string' },
		phase: { type: 'string' },
		template: { type: 'string' },
		draft: { type: 'boolean', default: false },
		lang: { type: 'string', default: 'nl' },
		yes: { type: 'boolean', default: false },
	},
});

const say = ui(flags.lang).authoring.cli;
/** Between a label and its value, as the prompt language writes it (French puts a space before the colon). */
const colon = ui(flags.lang).colon;
const interactive = !flags.yes && Boolean(process.stdin.isTTY);

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

const folder = contentFolder();
const now = buildClock();
const raw = await readContentFolder(folder);
const { content, problems } = validateContent(raw);
if (!content) {
	for (const problem of problems) console.error(formatProblem(problem));
	fail('\nThe content has errors (above); fix them first, so the new update starts from the right states.');
}
const { site } = content;
const lang = site.sourceLanguage;
/** The language of the questions' lists (service names, states): the prompt language where the site has it. */
const shown = site.languages.includes(flags.lang) ? flags.lang : lang;
const status = computeStatus(content, publishedUpdates(content.updates, { now, includeDrafts: true }), now);

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

const incidentsNewestFirst = [...content.incidents].sort((a, b) => b.started.getTime() - a.started.getTime());
const incident = await answer(flags.incident, 'incident', () =>
	ask(
		prompt.select({
			message: say.incident,
			options: incidentsNewestFirst.map((item) => ({
				value: item.id,
				label: pickText(item.title, lang, lang).text,
				hint: item.id,
			})),
		}),
	),
);
if (!content.incidents.some((item) => item.id === incident)) {
	fail(
		`There is no incident "${incident}" (allowed: ${content.incidents.map((item) => item.id).join(', ')}). Add content/incidents/${incident}.yaml first.`,
	);
}

/** A title or summary past its limit (the same rule as the content check and the forms), said in the prompt language. */
const tooLong = (field: LimitedText, value: string | undefined) => {
	const length = lengthOverLimit(field, value?.trim());
	return length === undefined ? undefined : say.tooLong(TEXT_LIMITS[field], length);
};
const required = (value: string | undefined) => (value?.trim() ? tooLong('title', value) : say.required);
const title = await answer(flags.title ?? (interactive ? undefined : template?.source.title), 'title', () =>
	ask(prompt.text({ message: say.title, initialValue: template?.source.title ?? '', validate: required })),
);
const summary = await answer(
	flags.summary ?? (interactive ? undefined : (template?.source.summary ?? '')),
	'summary',
	() =>
		ask(
			prompt.text({
				message: say.summary,
				initialValue: template?.source.summary ?? '',
				validate: (value) => tooLong('summary', value),
			}),
		),
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
	if (!STATE_KEYS.includes(state as StateKey))
		fail(`--service ${entry}: "${state}" is not a state (allowed: ${STATE_KEYS.join(', ')}).`);
	services[id] = { state: state as StateKey };
}
for (const entry of flags.note) {
	const at = entry.indexOf('=');
	const id = entry.slice(0, at);
	if (!services[id]) fail(`--note ${entry}: give the service's state with --service ${id}=… first.`);
	services[id]!.note = entry.slice(at + 1);
}
// A change announced ahead of time: --from id=<time> (and --until id=<time> for a window).
for (const field of ['from', 'until'] as const) {
	for (const entry of flags[field]) {
		const at = entry.indexOf('=');
		const id = entry.slice(0, at);
		if (!services[id]) fail(`--${field} ${entry}: give the service's state with --service ${id}=… first.`);
		const time = typedTime(`--${field} ${entry}`, readPlannedTime(entry.slice(at + 1), now, site.timeZone));
		if (time) services[id]![field] = time;
	}
}
if (!flags.service.length && interactive) {
	const current = (id: string) => status.current.services.get(id)?.state ?? 'open';
	const chosen = await ask(
		prompt.multiselect({
			message: say.services,
			required: false,
			options: content.services.map((service) => ({
				value: service.id,
				label: serviceNameWithCampus(service, content, shown).text,
				hint: `${say.now}${colon}${stateLabel(current(service.id), shown)}`,
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
				message: say.stateOf(name),
				initialValue: current(id),
				options: STATE_KEYS.map((key) => ({
					value: key,
					label: stateLabel(key, shown),
					hint: key,
				})),
			}),
		);
		const note = await ask(prompt.text({ message: say.note(name), defaultValue: '' }));
		const from = await askTime(say.from(name));
		// A window only makes sense for a change announced ahead of time; a change now holds until a later update.
		const until = from ? await askTime(say.until(name)) : undefined;
		services[id] = { state, ...(note.trim() && { note: note.trim() }), ...(from && { from }), ...(until && { until }) };
	}
}

const currentPhase = status.incident(incident)?.phase ?? 'ongoing';
const phase = (await answer(flags.phase ?? (interactive ? undefined : (template?.phase ?? currentPhase)), 'phase', () =>
	ask(
		prompt.select<Phase>({
			message: say.phase,
			initialValue: template?.phase ?? currentPhase,
			options: PHASES.map((value) => ({ value, label: value })),
		}),
	),
)) as Phase;
if (!PHASES.includes(phase)) fail(`--phase ${phase} is not a phase (allowed: ${PHASES.join(', ')}).`);

const nextAnswer = await answer(
	flags['next-update'] ?? (phase === 'resolved' && !interactive ? 'none' : undefined),
	'next-update',
	() =>
		ask(
			prompt.text({
				message: say.next,
				initialValue: phase === 'resolved' ? 'none' : '+4h',
				validate: (value) => problemOf(readNextUpdate(value ?? '', now, site.timeZone)),
			}),
		),
);
const nextUpdate =
	flags['next-update'] !== undefined
		? typedTime(`--next-update ${nextAnswer}`, readNextUpdate(nextAnswer, now, site.timeZone))
		: await chosenTime(readNextUpdate(nextAnswer, now, site.timeZone));

// Write the update folder; never over an existing one.
let id = newUpdateId(now, title, site.timeZone);
for (let suffix = 2; existsSync(path.join(folder, 'updates', id)); suffix++)
	id = `${newUpdateId(now, title, site.timeZone)}-${suffix}`;
const updateFolder = path.join(folder, 'updates', id);
await mkdir(updateFolder, { recursive: true });
const body = template?.source.body ?? standardBody(lang);
// The template's translations are pre-approved; stamped with the template's source text, so
// they show as out of date as soon as the source text is changed from the template.
const sourceHash = template && sourceTextHash(template.source);
const written = [
	{
		file: path.join(updateFolder, `${lang}.mdx`),
		text: sourceUpdateFile(
			{ incident, published: now, title, summary, phase, services, nextUpdate, draft: flags.draft, body },
			site.timeZone,
		),
	},
	...Object.entries(template?.translations ?? {}).map(([other, text]) => ({
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
	`${say.written}${colon}${written.map(({ file }) => relative(file)).join(', ')}`,
	`published: ${isoWithOffset(now, site.timeZone)}`,
	...placeholders.map(([file, found]) => `${say.fill} ${relative(file)}${colon}${found.join(' ')}`),
	...(template && written.length > 1
		? [say.stamp(`npm run translate -- --stamp ${id} ${Object.keys(template.translations).join(' ')}`)]
		: []),
	say.then,
].join('\n');
if (interactive) prompt.outro(report);
else console.log(report);

/** A from- or until-time asked in the terminal: empty means now (or no end). */
async function askTime(message: string): Promise<Date | undefined> {
	const answered = await ask(
		prompt.text({
			message,
			defaultValue: '',
			validate: (value) => problemOf(readPlannedTime(value ?? '', now, site.timeZone)),
		}),
	);
	return chosenTime(readPlannedTime(answered, now, site.timeZone));
}

/** What is wrong with a typed time, in the prompt language; undefined when it can be read. */
function problemOf(typed: TypedTime): string | undefined {
	return typed.kind === 'problem' ? timeProblemText(typed.problem, flags.lang) : undefined;
}

/** A time given as a flag: its problem stops the command; a time that happens twice is taken by the rule, and said. */
function typedTime(flag: string, typed: TypedTime): Date | undefined {
	if (typed.kind === 'problem') fail(`${flag}: ${timeProblemText(typed.problem, flags.lang)}`);
	if (typed.kind === 'time' && typed.repeated) console.log(`${flag}: ${repeatedTimeText(typed.repeated, flags.lang)}`);
	return typed.kind === 'time' ? typed.date : undefined;
}

/** A time answered in the terminal (already checked): when it happens twice, the writer chooses which. */
async function chosenTime(typed: TypedTime): Promise<Date | undefined> {
	if (typed.kind !== 'time') return undefined;
	if (!typed.repeated) return typed.date;
	const { written, taken, other } = typed.repeated;
	const chosen = await ask(
		prompt.select({
			message: say.whichTime(written),
			options: [
				{ value: taken, label: taken, hint: say.firstTime },
				{ value: other, label: other, hint: say.secondTime },
			],
		}),
	);
	const read = readPlannedTime(chosen, now, site.timeZone);
	return read.kind === 'time' ? read.date : typed.date;
}

/** The template, every file checked; stops with its problems (file, line, field) when it has any. */
async function chosenTemplate(name: string) {
	if (!templates.includes(name)) fail(`There is no template "${name}" (allowed: ${templates.join(', ')}).`);
	const { template: read, problems: templateProblems } = await readTemplate(folder, name, site.languages, relative);
	if (!read) fail(templateProblems.map(formatProblem).join('\n'));
	return read;
}
