import type { LocalText } from '../../schemas/common.ts';
import type { Phase, StateKey } from '../../schemas/state.ts';
import { isoWithOffset } from '../time.ts';

/**
 * The one writer of update and incident files, for every way an update comes in (`npm run new`,
 * `npm run translate`, templates), so each writes what the content check reads.
 */

/** Texts are written as JSON strings, which YAML reads back as written: colons, quotes, `#`, `no`. */
export const yamlText = (text: string) => JSON.stringify(text);

/** The body starts on the line after the frontmatter, however many blank lines the text began with. */
const bodyText = (body: string) => body.replace(/^\n+/, '');

/** What the source-language file of an update says. */
export interface SourceFileFields {
	incident: string;
	published: Date;
	phase: Phase;
	title: string;
	summary?: string | undefined;
	services: Record<
		string,
		{ state: StateKey; note?: string | undefined; from?: Date | undefined; until?: Date | undefined }
	>;
	nextUpdate?: Date | undefined;
	draft?: boolean | undefined;
	body: string;
}

/** An update's source-language file: every fact, times in the site's zone with their offset. */
export function sourceUpdateFile(fields: SourceFileFields, timeZone: string): string {
	const services = Object.entries(fields.services).map(([id, { state, note, from, until }]) =>
		note || from || until
			? [
					`  ${id}:`,
					`    state: ${state}`,
					...(from ? [`    from: ${isoWithOffset(from, timeZone)}`] : []),
					...(until ? [`    until: ${isoWithOffset(until, timeZone)}`] : []),
					...(note ? [`    note: ${yamlText(note)}`] : []),
				].join('\n')
			: `  ${id}: ${state}`,
	);
	return [
		'---',
		`incident: ${fields.incident}`,
		`published: ${isoWithOffset(fields.published, timeZone)}`,
		`phase: ${fields.phase}`,
		`title: ${yamlText(fields.title)}`,
		...(fields.summary ? [`summary: ${yamlText(fields.summary)}`] : []),
		...(services.length ? ['services:', ...services] : []),
		...(fields.nextUpdate ? [`next_update: ${isoWithOffset(fields.nextUpdate, timeZone)}`] : []),
		...(fields.draft ? ['draft: true'] : []),
		'---',
		bodyText(fields.body),
	].join('\n');
}

/** What a translation file says: its text only, and the fingerprint of the source text it translates. */
export interface TranslationFileFields {
	title: string;
	summary?: string | undefined;
	/** Translated service notes, by service id. */
	notes?: Record<string, string> | undefined;
	sourceHash: string;
	body: string;
}

/** A translation file. */
export function translationFile(fields: TranslationFileFields): string {
	const notes = Object.entries(fields.notes ?? {}).map(([id, note]) => `  ${id}: ${yamlText(note)}`);
	return [
		'---',
		`title: ${yamlText(fields.title)}`,
		...(fields.summary ? [`summary: ${yamlText(fields.summary)}`] : []),
		...(notes.length ? ['notes:', ...notes] : []),
		sourceHashLine(fields.sourceHash),
		'---',
		bodyText(fields.body),
	].join('\n');
}

/** A translation file marked as translating the source text with this fingerprint (after it was brought up to date). */
export function stampTranslation(fileText: string, sourceHash: string): string {
	return fileText.replace(/^source_hash:.*$/m, sourceHashLine(sourceHash));
}

// Quoted, so a fingerprint of digits only stays text in YAML.
const sourceHashLine = (hash: string) => `source_hash: "${hash}"`;

/** What an incident file says. */
export interface IncidentFileFields {
	/** Its name per language; the source language at least. */
	title: LocalText;
	started: Date;
	summary?: LocalText | undefined;
}

/** `incidents/<id>.yaml`: the name per language and when it began, in the site's zone with its offset. */
export function incidentFile(fields: IncidentFileFields, timeZone: string): string {
	const perLanguage = (name: string, text: LocalText) => [
		`${name}:`,
		...Object.entries(text).map(([lang, value]) => `  ${lang}: ${yamlText(value)}`),
	];
	return [
		'# The phase is not set here: it comes from the latest update of this incident.',
		...perLanguage('title', fields.title),
		`started: ${isoWithOffset(fields.started, timeZone)}`,
		...(fields.summary ? perLanguage('summary', fields.summary) : []),
		'',
	].join('\n');
}
