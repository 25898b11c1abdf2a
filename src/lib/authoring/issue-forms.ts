import { stringify } from 'yaml';
import type { Incident, LanternContent, Service } from '../content/model.ts';
import { servicesByCampus } from '../content/service-sections.ts';
import { campusLabel, namesCampus, serviceName } from '../content/names.ts';
import { pickText } from '../i18n/local-text.ts';
import { languageName } from '../i18n/locales.ts';
import { stateLabel } from '../states.ts';
import { PHASES } from '../../schemas/state.ts';
import { TEXT_LIMITS } from '../content/text-limits.ts';
import { TIME_EXAMPLE } from './typed-time.ts';

/**
 * The issue forms of the git host (GitHub's issue-form syntax), made from the content so their
 * lists always name the incidents, services and states the content has: `npm run forms` writes
 * them, and `npm run from-issue` reads an issue made with them back. Every label is unique,
 * because an issue's body names its fields by their labels.
 */

/** The parts of GitHub's issue-form syntax these forms use. */
type Field =
	| { type: 'markdown'; attributes: { value: string } }
	| {
			type: 'input' | 'textarea';
			id: string;
			attributes: { label: string; description?: string; placeholder?: string };
			validations: { required: boolean };
	  }
	| DropdownField;
interface DropdownField {
	type: 'dropdown';
	id: string;
	attributes: { label: string; description?: string; options: string[] };
	validations: { required: boolean };
}
export interface IssueForm {
	name: string;
	description: string;
	title: string;
	labels: string[];
	body: Field[];
}

/** Where the forms go in the repository. */
export const FORM_FILES = {
	update: '.github/ISSUE_TEMPLATE/update.yml',
	translation: '.github/ISSUE_TEMPLATE/translation.yml',
} as const;
export type FormName = keyof typeof FORM_FILES;

/**
 * A service's label in the form: its campus first, so the long list reads campus by campus; on a
 * site with one campus, its name alone.
 */
export function serviceLabel(service: Service, content: LanternContent): string {
	const lang = content.site.sourceLanguage;
	const name = serviceName(service, content.site, lang).text;
	return namesCampus(content.site) ? `${campusLabel(service.campus, content, lang).text} · ${name}` : name;
}

/** An incident as a choice: its title and, in brackets, its id (which the converter reads back). */
export function incidentChoice(content: LanternContent, incident: Incident): string {
	const { sourceLanguage } = content.site;
	return `${pickText(incident.title, sourceLanguage, sourceLanguage).text} (${incident.id})`;
}

/** The id in brackets at the end of a choice ("Cyberaanval (cyber)", "Engels (en)"). */
export function idOfChoice(choice: string): string | undefined {
	return /\(([^()]+)\)$/.exec(choice)?.[1];
}

function dropdown(
	id: string,
	label: string,
	options: string[],
	required: boolean,
	description?: string,
): DropdownField {
	return {
		type: 'dropdown',
		id,
		attributes: { label, options, ...(description && { description }) },
		validations: { required },
	};
}

function text(
	type: 'input' | 'textarea',
	id: string,
	label: string,
	required: boolean,
	description?: string,
	placeholder?: string,
): Field {
	return {
		type,
		id,
		attributes: { label, ...(description && { description }), ...(placeholder && { placeholder }) },
		validations: { required },
	};
}

export function updateForm(content: LanternContent): IssueForm {
	const lang = content.site.sourceLanguage;
	const t = content.words.for(lang);
	const words = t.authoring.form;
	const incidents = [...content.incidents].sort((a, b) => b.started.getTime() - a.started.getTime());
	const states = [words.noChange, ...content.states.keys.map((state) => stateLabel(state, t))];
	return {
		name: words.updateName,
		description: words.updateAbout,
		title: words.updateName,
		labels: ['update'],
		body: [
			dropdown(
				'incident',
				words.incident,
				incidents.map((incident) => incidentChoice(content, incident)),
				true,
			),
			dropdown(
				'phase',
				words.phase,
				PHASES.map((phase) => t.phase[phase]),
				true,
			),
			text('input', 'title', words.title, true, words.titleHelp({ limit: TEXT_LIMITS.title })),
			text('textarea', 'summary', words.summary, true, words.summaryHelp({ limit: TEXT_LIMITS.summary })),
			{ type: 'markdown', attributes: { value: words.servicesHelp } },
			...servicesByCampus(content, lang)
				.flatMap((section) => section.services)
				.flatMap((service) => [
					dropdown(`state-${service.id}`, serviceLabel(service, content), states, false),
					text('input', `note-${service.id}`, words.note({ service: serviceLabel(service, content) }), false),
					text(
						'input',
						`from-${service.id}`,
						words.from({ service: serviceLabel(service, content) }),
						false,
						undefined,
						TIME_EXAMPLE,
					),
				]),
			text(
				'input',
				'next-update',
				words.nextUpdate,
				false,
				words.nextUpdateHelp({ timezone: content.site.timeZone, example: TIME_EXAMPLE }),
				TIME_EXAMPLE,
			),
			text('textarea', 'body', words.body, true, words.bodyHelp),
		],
	};
}

export function translationForm(content: LanternContent): IssueForm {
	const lang = content.site.sourceLanguage;
	const words = content.words.for(lang).authoring.form;
	const languages = content.site.languages.filter((other) => other !== lang);
	return {
		name: words.translationName,
		description: words.translationAbout,
		title: words.translationName,
		labels: ['translation'],
		body: [
			text('input', 'update', words.update, true, words.updateHelp),
			dropdown(
				'language',
				words.language,
				languages.map((other) => `${languageName(other, lang)} (${other})`),
				true,
			),
			text('input', 'title', words.title, true, words.titleHelp({ limit: TEXT_LIMITS.title })),
			text('textarea', 'summary', words.summary, false, words.summaryHelp({ limit: TEXT_LIMITS.summary })),
			text('textarea', 'notes', words.notes, false, words.notesHelp),
			text('textarea', 'body', words.body, true, words.bodyHelp),
		],
	};
}

/** A form as the file the git host reads, saying where it comes from. */
export function formFile(form: IssueForm): string {
	return `# Written by npm run forms from content/: change the content, then run it again.\n${stringify(form, { lineWidth: 0 })}`;
}

/** Both forms of a content folder, by name. */
export function issueForms(content: LanternContent): Record<FormName, IssueForm> {
	return { update: updateForm(content), translation: translationForm(content) };
}
