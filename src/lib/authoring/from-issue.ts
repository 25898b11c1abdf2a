import { parseIssue } from '@github/issue-parser';
import type { LanternContent } from '../content/model.ts';
import type { Problem } from '../content/problems.ts';
import type { RawContent, RawFile } from '../content/raw-content.ts';
import { validateContent } from '../content/validate-content.ts';
import { lanternWords } from '../i18n/read-words.ts';
import type { Words } from '../i18n/words-schema.ts';
import { stateLabel } from '../states.ts';
import { statusOn } from '../status/board-reading.ts';
import { computeStatus } from '../status/engine.ts';
import { publishedUpdates } from '../status/publication.ts';
import { PHASES, STATE_KEYS, type Phase } from '../../schemas/state.ts';
import {
	formFile,
	idOfChoice,
	serviceLabel,
	TIME_EXAMPLE,
	translationForm,
	updateForm,
	type FormName,
	type IssueForm,
} from './issue-forms.ts';
import { answerWords, newUpdateId, parseNextUpdate, parsePlannedTime } from './new-update.ts';
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
}

/**
 * Turns an issue made with one of the forms, as the git host renders its body (`### Label`, a
 * blank line, the answer, `_No response_` for an empty field), into content files, written by
 * the one writer and checked by the content check as if they were in the folder. Every problem
 * names the form field the author saw, never a file or line; nothing is returned with a problem.
 */
export function filesFromIssue(
	form: FormName,
	body: string,
	raw: RawContent,
	now: Date,
): { result?: IssueFiles; problems: FormProblem[]; words: Words } {
	const { content, problems } = validateContent(raw);
	if (!content)
		return {
			problems: problems.map((problem) => ({ field: problem.file, message: problem.message })),
			// The content's own problems are in English (as `npm run check` says them): so is the comment around them.
			words: lanternWords('en'),
		};
	const words = content.words.for(content.site.sourceLanguage);
	const template = form === 'update' ? updateForm(content) : translationForm(content);
	const answers = readAnswers(body, template);
	const read = form === 'update' ? updateFromAnswers(answers, content, now) : translationFromAnswers(answers, content);
	if (!read.result) return { problems: read.problems, words };
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
		return { problems: own.map((problem) => formProblem(problem, template, content)), words };
	return { result: { ...read.result, content: checked.content }, problems: [], words };
}

type Answers = { value(id: string): string | undefined; label(id: string): string };

/** The answers by field id; a choice comes back whole (the parser splits it at its commas). */
function readAnswers(body: string, template: IssueForm): Answers {
	const parsed = parseIssue(body.replace(/\r\n?/g, '\n'), formFile(template));
	const labels = new Map(
		template.body.flatMap((field) => ('id' in field ? [[field.id, field.attributes.label] as const] : [])),
	);
	return {
		value: (id) => {
			const answer = parsed[id];
			const text = Array.isArray(answer) ? answer.join(', ') : typeof answer === 'string' ? answer : undefined;
			return text?.trim() ? text.trim() : undefined;
		},
		label: (id) => labels.get(id) ?? id,
	};
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
	const { problems, problem, required } = problemsOf(answers, words.problems.empty);

	const incidentAnswer = required('incident');
	const incident = incidentAnswer && idOfChoice(incidentAnswer);
	if (incidentAnswer && !content.incidents.some((candidate) => candidate.id === incident))
		problem(
			'incident',
			words.problems.unknownChoice({ allowed: content.incidents.map((candidate) => candidate.id).join(', ') }),
		);
	const phaseAnswer = required('phase');
	const phase = PHASES.find((candidate) => t.phase[candidate] === phaseAnswer);
	if (phaseAnswer && !phase)
		problem(
			'phase',
			words.problems.unknownChoice({ allowed: PHASES.map((candidate) => t.phase[candidate]).join(', ') }),
		);
	const title = required('title');
	const summary = required('summary');
	const body = required('body');

	// A service's note without a new state is new information about the state it is in.
	const current = computeStatus(content, publishedUpdates(content.updates, { now, includeDrafts: false }), now).current;
	const services: SourceFileFields['services'] = {};
	for (const service of content.services) {
		const stateAnswer = answers.value(`state-${service.id}`);
		const note = answers.value(`note-${service.id}`);
		// A change announced ahead of time: when it begins, in the forms the next update takes.
		const fromAnswer = answers.value(`from-${service.id}`);
		const from = fromAnswer === undefined ? undefined : parsePlannedTime(fromAnswer, now, site.timeZone, answerable);
		if (from === 'invalid') problem(`from-${service.id}`, words.problems.time({ example: TIME_EXAMPLE }));
		else if (from && from < now) problem(`from-${service.id}`, words.problems.pastFrom);
		const changed = stateAnswer !== undefined && stateAnswer !== words.noChange;
		const state = changed
			? STATE_KEYS.find((key) => stateLabel(key, t) === stateAnswer)
			: statusOn(current, service.id).state;
		if (!state)
			problem(
				`state-${service.id}`,
				words.problems.unknownChoice({
					allowed: [words.noChange, ...STATE_KEYS.map((key) => stateLabel(key, t))].join(', '),
				}),
			);
		else if (changed || note)
			services[service.id] = { state, ...(note && { note }), ...(from instanceof Date && { from }) };
	}

	const nextAnswer = answers.value('next-update');
	const nextUpdate = nextAnswer === undefined ? undefined : parseNextUpdate(nextAnswer, now, site.timeZone, answerable);
	if (nextUpdate === 'invalid') problem('next-update', words.problems.time({ example: TIME_EXAMPLE }));
	else if (nextUpdate && nextUpdate <= now) problem('next-update', words.problems.pastTime);

	if (problems.length || !incident || !phase || !title || !body || nextUpdate === 'invalid') return { problems };
	const id = freeUpdateId(content, newUpdateId(now, title, site.timeZone));
	const text = sourceUpdateFile(
		{ incident, published: now, phase: phase as Phase, title, summary, services, nextUpdate, body },
		site.timeZone,
	);
	return { result: { updateId: id, lang, files: [{ path: `updates/${id}/${lang}.mdx`, text }] }, problems };
}

function translationFromAnswers(
	answers: Answers,
	content: LanternContent,
): { result?: Omit<IssueFiles, 'content'>; problems: FormProblem[] } {
	const words = content.words.for(content.site.sourceLanguage).authoring.form;
	const { problems, problem, required } = problemsOf(answers, words.problems.empty);
	const updateId = required('update');
	const update = content.updates.find((candidate) => candidate.id === updateId);
	if (updateId && !update) problem('update', words.problems.noUpdate({ id: updateId }));
	const languageAnswer = required('language');
	const lang = languageAnswer && idOfChoice(languageAnswer);
	const translations = content.site.languages.filter((other) => other !== content.site.sourceLanguage);
	if (languageAnswer && !translations.includes(lang ?? ''))
		problem('language', words.problems.unknownChoice({ allowed: translations.join(', ') }));
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
		result: { updateId: update.id, lang, files: [{ path: `updates/${update.id}/${lang}.mdx`, text }] },
		problems,
	};
}

/** The problems of a form's answers, and a reader of a required answer that notes when it is empty. */
function problemsOf(answers: Answers, empty: string) {
	const problems: FormProblem[] = [];
	const problem = (id: string, message: string) => problems.push({ field: answers.label(id), message });
	const required = (id: string) => {
		const value = answers.value(id);
		if (value === undefined) problem(id, empty);
		return value;
	};
	return { problems, problem, required };
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
	const words = content.words.for(content.site.sourceLanguage).authoring.form.problems.content;
	const message = problem.code ? words[problem.code] : problem.message;
	return { field, message: `${message}${problem.found === undefined ? '' : `: "${problem.found}"`}` };
}
