import { contactNumbers } from './contact-placeholders.ts';
import type { LanternContent } from '../content/model.ts';
import type { Problem } from '../content/problems.ts';
import type { RawContent, RawFile } from '../content/raw-content.ts';
import { validateContent } from '../content/validate-content.ts';
import { alternatives } from '../i18n/locales.ts';
import { lanternWords } from '../i18n/read-words.ts';
import type { Words } from '../i18n/words-schema.ts';
import { TEXT_LIMITS } from '../content/text-limits.ts';
import { stateLabel } from '../states.ts';
import { statusOn } from '../status/board-reading.ts';
import { computeStatus } from '../status/engine.ts';
import { publishedUpdates } from '../status/publication.ts';
import { PHASES, type Phase } from '../../schemas/state.ts';
import { readIssueBody, type HeadingProblem } from './issue-body.ts';
import { idOfChoice, serviceLabel, translationForm, updateForm, type FormName, type IssueForm } from './issue-forms.ts';
import { newUpdateId } from './new-update.ts';
import {
	answerWords,
	readNextUpdate,
	readPlannedTime,
	repeatedTimeText,
	timeProblemText,
	type TypedTime,
} from './typed-time.ts';
import { sourceUpdateFile, translationFile, type SourceFileFields } from './update-files.ts';

/** Something wrong in a form: the field as its label reads, and what is wrong, in the form's language. */
export interface FormProblem {
	field: string;
	message: string;
}

/** The files an issue becomes, by path inside the content folder, and the update they belong to. */
export interface IssueFiles {
	updateId: string;
	/** The language of the file written: the source language, or the translation's. */
	lang: string;
	files: { path: string; text: string }[];
	/** The content with the new files, as the content check read it. */
	content: LanternContent;
	/** What the reviewer should know of how an answer was read (a time that happens twice), in the form's language. */
	notices: string[];
}

/** What the converter answers: the files, or the problems by form field, in the form's `language`. */
export interface IssueReading {
	result?: IssueFiles;
	problems: FormProblem[];
	language: string;
	/** The interface words of `language`, as the site has them, for what is said around the problems. */
	words: Words;
	/** The form's headings in order, when the issue's headings are not the form's: the comment lists them. */
	formHeadings?: string[];
}

/**
 * Turns an issue made with one of the forms, as the git host renders its body (`### Label`, a
 * blank line, the answer, `_No response_` for an empty field), into content files, written by
 * the one writer and checked by the content check as if they were in the folder. The body must
 * have the form's headings, each once (issue-body.ts), or nothing else is read. Every problem
 * names the form field the author saw, never a file or line; nothing is returned with a problem.
 */
export function filesFromIssue(form: FormName, body: string, raw: RawContent, now: Date): IssueReading {
	const { content, problems } = validateContent(raw);
	if (!content)
		return {
			problems: problems.map((problem) => ({ field: problem.file, message: problem.message })),
			// The content's own problems are in English (as `npm run check` says them): so is the comment around them.
			language: 'en',
			words: lanternWords('en'),
		};
	const language = content.site.sourceLanguage;
	const words = content.words.for(language);
	const template = form === 'update' ? updateForm(content) : translationForm(content);
	const issue = readIssueBody(body, template);
	if (issue.problems.length)
		return {
			problems: issue.problems.map((problem) => headingProblem(problem, template, words)),
			language,
			words,
			formHeadings: template.body.flatMap((field) => ('id' in field ? [field.attributes.label] : [])),
		};
	const answers = answersOf(issue.answers, template);
	const read = form === 'update' ? updateFromAnswers(answers, content, now) : translationFromAnswers(answers, content);
	if (!read.result) return { problems: read.problems, language, words };
	// The new files are checked with everything else, as the build would check them.
	const files = read.result.files.map((file): RawFile => ({ file: `content/${file.path}`, text: file.text }));
	const checked = validateContent(withFiles(raw, read.result.updateId, files));
	// Its errors, and the warnings the form has words for (a long title, a placeholder); a warning
	// the form cannot act on (a plan still standing needs cancel:, which the form has no field for) does not stop it.
	const own = checked.problems.filter(
		(problem) =>
			files.some((file) => file.file === problem.file) && (problem.severity === 'error' || problem.code !== undefined),
	);
	if (own.length || !checked.content)
		return { problems: own.map((problem) => formProblem(problem, template, content)), language, words };
	return { result: { ...read.result, content: checked.content }, problems: [], language, words };
}

interface Answers {
	value(id: string): string | undefined;
	label(id: string): string;
	/** A list's choices, as the author saw them. */
	choices(id: string): string[];
	/** True for a field the form shows as one line. */
	oneLine(id: string): boolean;
}

function answersOf(values: ReadonlyMap<string, string>, template: IssueForm): Answers {
	const fields = new Map(template.body.flatMap((field) => ('id' in field ? [[field.id, field] as const] : [])));
	return {
		value: (id) => values.get(id),
		label: (id) => fields.get(id)?.attributes.label ?? id,
		choices: (id) => {
			const field = fields.get(id);
			return field?.type === 'dropdown' ? field.attributes.options : [];
		},
		oneLine: (id) => fields.get(id)?.type !== 'textarea',
	};
}

/** A problem with the issue's headings, said in the form's language on the heading it is about. */
function headingProblem(problem: HeadingProblem, template: IssueForm, language: Words): FormProblem {
	const words = language.authoring.form.problems;
	switch (problem.kind) {
		case 'missing':
			return { field: problem.heading, message: words.missingHeading };
		case 'unknown':
			return {
				field: problem.heading,
				message: problem.suggestion
					? words.unknownHeadingLike({ suggestion: problem.suggestion })
					: words.unknownHeading,
			};
		case 'repeated':
			return { field: problem.heading, message: words.repeatedHeading({ count: problem.count }) };
		case 'text-before':
			return { field: template.name, message: words.textBeforeHeadings };
	}
}

function updateFromAnswers(
	answers: Answers,
	content: LanternContent,
	now: Date,
): { result?: Omit<IssueFiles, 'content'>; problems: FormProblem[] } {
	const { site } = content;
	const lang = site.sourceLanguage;
	const t = content.words.for(lang);
	const words = t.authoring.form;
	const answerable = answerWords(content.words);
	const { problems, problem, optional, required, unknownChoice } = problemsOf(answers, t, lang);
	const notices: string[] = [];
	/** A typed time, its problem told on its field and a time that happens twice noted for the reviewer. */
	const timeOf = (id: string, typed: TypedTime) => {
		if (typed.kind === 'problem') problem(id, timeProblemText(typed.problem, t, lang));
		if (typed.kind === 'time' && typed.repeated)
			notices.push(`${answers.label(id)}: ${repeatedTimeText(typed.repeated, t)}`);
		return typed.kind === 'time' ? typed.date : undefined;
	};

	const incidentAnswer = required('incident');
	const incident = incidentAnswer && idOfChoice(incidentAnswer);
	if (incidentAnswer && !content.incidents.some((candidate) => candidate.id === incident)) unknownChoice('incident');
	const phaseAnswer = required('phase');
	const phase = PHASES.find((candidate) => t.phase[candidate] === phaseAnswer);
	if (phaseAnswer && !phase) unknownChoice('phase');
	const title = required('title');
	const summary = required('summary');
	const body = required('body');

	// A service's note without a new state is new information about the state it is in.
	const current = computeStatus(content, publishedUpdates(content.updates, { now, includeDrafts: false }), now).current;
	const services: SourceFileFields['services'] = {};
	for (const service of content.services) {
		const stateAnswer = optional(`state-${service.id}`);
		const note = optional(`note-${service.id}`);
		// A change announced ahead of time: when it begins, in the forms the next update takes.
		const fromAnswer = optional(`from-${service.id}`);
		const from =
			fromAnswer === undefined
				? undefined
				: timeOf(`from-${service.id}`, readPlannedTime(fromAnswer, now, site.timeZone, answerable));
		if (from && from < now) problem(`from-${service.id}`, words.problems.pastFrom);
		const changed = stateAnswer !== undefined && stateAnswer !== words.noChange;
		const state = changed
			? content.states.keys.find((key) => stateLabel(key, t) === stateAnswer)
			: statusOn(current, service.id).state;
		if (!state) unknownChoice(`state-${service.id}`);
		else if (changed || note) services[service.id] = { state, ...(note && { note }), ...(from && { from }) };
	}

	const nextAnswer = optional('next-update');
	const nextUpdate =
		nextAnswer === undefined
			? undefined
			: timeOf('next-update', readNextUpdate(nextAnswer, now, site.timeZone, answerable));
	if (nextUpdate && nextUpdate <= now) problem('next-update', words.problems.pastTime);

	if (problems.length || !incident || !phase || !title || !body) return { problems };
	const id = freeUpdateId(content, newUpdateId(now, title, site.timeZone));
	const text = sourceUpdateFile(
		{ incident, published: now, phase: phase as Phase, title, summary, services, nextUpdate, body },
		site.timeZone,
	);
	return { result: { updateId: id, lang, files: [{ path: `updates/${id}/${lang}.mdx`, text }], notices }, problems };
}

function translationFromAnswers(
	answers: Answers,
	content: LanternContent,
): { result?: Omit<IssueFiles, 'content'>; problems: FormProblem[] } {
	const t = content.words.for(content.site.sourceLanguage);
	const words = t.authoring.form;
	const { problems, problem, required, unknownChoice } = problemsOf(answers, t, content.site.sourceLanguage);
	const updateId = required('update');
	const update = content.updates.find((candidate) => candidate.id === updateId);
	if (updateId && !update) problem('update', words.problems.noUpdate({ id: updateId }));
	const languageAnswer = required('language');
	const lang = languageAnswer && idOfChoice(languageAnswer);
	const translations = content.site.languages.filter((other) => other !== content.site.sourceLanguage);
	if (languageAnswer && !translations.includes(lang ?? '')) unknownChoice('language');
	const title = required('title');
	const body = required('body');
	const notes: Record<string, string> = {};
	for (const line of (answers.value('notes') ?? '').split('\n').filter((text) => text.trim())) {
		const match = /^\s*([a-z0-9-]+)\s*:\s*(.+)$/.exec(line);
		if (match) notes[match[1]!] = match[2]!.trim();
		else problem('notes', words.problems.notesLine({ line: line.trim() }));
	}
	if (problems.length || !update || !lang || !title || !body) return { problems };
	const text = translationFile({
		title,
		summary: answers.value('summary'),
		notes,
		sourceHash: update.sourceHash,
		body,
	});
	return {
		result: { updateId: update.id, lang, files: [{ path: `updates/${update.id}/${lang}.mdx`, text }], notices: [] },
		problems,
	};
}

/**
 * The problems of a form's answers; a reader of a required answer that notes when it is empty;
 * a one-line field's answer that spans lines is noted too (a heading deleted above it would do that).
 */
function problemsOf(answers: Answers, language: Words, lang: string) {
	const words = language.authoring.form.problems;
	const problems: FormProblem[] = [];
	const problem = (id: string, message: string) => problems.push({ field: answers.label(id), message });
	const optional = (id: string) => {
		const value = answers.value(id);
		if (value !== undefined && answers.oneLine(id) && value.includes('\n')) problem(id, words.oneLine);
		return value;
	};
	const required = (id: string) => {
		const value = optional(id);
		if (value === undefined) problem(id, words.empty);
		return value;
	};
	const unknownChoice = (id: string) =>
		problem(
			id,
			words.unknownChoice({
				choices: alternatives(
					answers.choices(id).map((label) => words.choice({ label })),
					lang,
				),
			}),
		);
	return { problems, problem, optional, required, unknownChoice };
}

/** `id`, or `id-2`, `id-3` … when an update of that name exists already. */
function freeUpdateId(content: LanternContent, id: string): string {
	const taken = new Set(content.updates.map((update) => update.id));
	let free = id;
	for (let suffix = 2; taken.has(free); suffix++) free = `${id}-${suffix}`;
	return free;
}

/** The raw content with an update folder's files added (or replaced). */
function withFiles(raw: RawContent, updateId: string, files: RawFile[]): RawContent {
	const updates = new Map(raw.updates);
	const folder = new Map(updates.get(updateId));
	for (const file of files) folder.set(file.file.replace(/^.*\/([^/]+)\.mdx$/, '$1'), file);
	updates.set(updateId, folder);
	return { ...raw, updates };
}

/** A problem of the written file, told as a problem of the form field it came from. */
function formProblem(problem: Problem, template: IssueForm, content: LanternContent): FormProblem {
	const labelOf = (id: string) => {
		const field = template.body.find((candidate) => 'id' in candidate && candidate.id === id);
		return field && 'id' in field ? field.attributes.label : template.name;
	};
	const [top, serviceId, part] = problem.field.split('.');
	const service = serviceId ? content.services.find((candidate) => candidate.id === serviceId) : undefined;
	const field =
		top === 'services' && service
			? part === 'note' || part === 'from'
				? labelOf(`${part}-${service.id}`)
				: serviceLabel(service, content)
			: top === 'notes'
				? labelOf('notes')
				: labelOf(top === 'next_update' ? 'next-update' : top || 'body');
	// The form's language where the content check names the kind of problem; its English words otherwise.
	const { authoring } = content.words.for(content.site.sourceLanguage);
	const limit = problem.code === 'long-summary' ? TEXT_LIMITS.summary : TEXT_LIMITS.title;
	// The number a contact placeholder stands for (site.yaml), so the form says which number to write.
	const name = problem.code === 'contact-placeholder' ? problem.found?.slice(1, -1) : undefined;
	const number = (name && contactNumbers(content.site.contacts)[name]) ?? authoring.missingNumber;
	const message = problem.code ? authoring.form.problems.content[problem.code]({ limit, number }) : problem.message;
	return { field, message: `${message}${problem.found === undefined ? '' : `: "${problem.found}"`}` };
}
