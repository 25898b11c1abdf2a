import { createHash } from 'node:crypto';
import type { Phase } from '../../schemas/state.ts';
import type { StateDefinition } from '../states.ts';
import type { LanternContent } from '../content/model.ts';
import { organisationName } from '../content/names.ts';
import { updateTextIn } from '../content/update-text.ts';
import { asExercise } from '../exercise.ts';
import { pickText } from '../i18n/local-text.ts';
import type { Words } from '../i18n/words-schema.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { changeText } from '../status/change-text.ts';
import { plannedText } from '../status/planned-reading.ts';
import type { StatusModel, UpdateStatus } from '../status/engine.ts';
import { formatDateTime } from '../time.ts';
import type { WholeBlock } from './fit-text.ts';

/**
 * What every channel says about one update in one language: the same facts the update's page
 * leads with, in the words of that language. Each channel only lays them out.
 */
export interface Announcement {
	updateId: string;
	lang: string;
	/** The interface words of `lang`, as the site has them, for what each channel adds around the facts. */
	words: Words;
	organisation: string;
	/** The incident's title, for a mail's context line and a webhook's incident name. */
	incident: string;
	title: string;
	summary?: string;
	/** Each change in plain words: "Emergency department, Campus Noord: Reduced capacity (was: Open as normal)". */
	changes: string[];
	/** Each change announced ahead of time: "Outpatient clinics, Campus Noord: Open as normal from Monday 2 February 2026 at 08:00". */
	planned: string[];
	/** "Next update: Tuesday 13 January 2026 at 16:00." or "No further updates are planned." */
	next: string;
	/** The update's page in this language. */
	url: string;
	siteUrl: string;
	published: Date;
	phase: Phase;
	/** The board's worst state right after the update: how urgent a push message is. */
	worst: StateDefinition;
	/** Changes whenever anything sent would read differently: the test for a correction. */
	fingerprint: string;
	/** Sent again because it changed after it was first announced. */
	correction: boolean;
	/**
	 * The site is a drill: every message says so first (`headline`, `contextLine`). Not part of
	 * the fingerprint, so switching the mode off never sends a drill's messages again as corrections.
	 */
	exercise: boolean;
}

export interface AnnouncementSources {
	content: LanternContent;
	status: StatusModel;
	routes: Routes;
}

/**
 * The announcement of an update in `lang`, or undefined while the update has no text in that
 * language yet: a subscriber who asked for English gets the English text once it exists,
 * rather than the Dutch text now and the English one later as a second message.
 */
export function announcementOf(
	{ content, status, routes }: AnnouncementSources,
	entry: UpdateStatus,
	lang: string,
	correction = false,
): Announcement | undefined {
	const { update } = entry;
	const text = updateTextIn(update, lang);
	if (text.kind === 'fallback') return undefined;
	const { site } = content;
	const t = content.words.for(lang);
	const incident = status.incident(update.incident)?.incident;
	const facts = {
		title: text.text.title,
		...(text.text.summary !== undefined && { summary: text.text.summary }),
		changes: entry.changes.map((change) => changeText(change, update, content, lang)),
		// As announced: a later update that cancels a plan says so itself, and must not turn this one into a correction.
		planned: entry.planned.map(({ cancelledBy: _, ...asAnnounced }) => plannedText(asAnnounced, status, content, lang)),
		next: update.nextUpdate
			? t.announce.nextUpdate({ time: formatDateTime(update.nextUpdate, lang, site.timeZone) })
			: t.noNextUpdate,
		url: absoluteUrl(site.siteUrl, routes.update(lang, update.id)),
	};
	return {
		updateId: update.id,
		lang,
		words: t,
		organisation: organisationName(site, lang),
		incident: incident ? pickText(incident.title, lang, site.sourceLanguage).text : update.incident,
		...facts,
		siteUrl: absoluteUrl(site.siteUrl, routes.home(lang)),
		published: update.published,
		phase: update.phase,
		worst: content.states.of(entry.board.overall),
		fingerprint: createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16),
		correction,
		exercise: site.exercise,
	};
}

/** The title as a channel shows it: "Correction: …" when it is sent again, and the exercise word first in a drill. */
export function headline(announcement: Announcement): string {
	return asExercise(announcement, announcement.words, correctedTitle(announcement));
}

/** A mail's subject: the organisation and the title, and the exercise word before both in a drill. */
export function mailSubject(announcement: Announcement): string {
	const t = announcement.words;
	return asExercise(
		announcement,
		announcement.words,
		`${announcement.organisation}${t.colon}${correctedTitle(announcement)}`,
	);
}

/** The line above a message that says whose it is and about what: "AZ Voorbeeld · Cyberattack". */
export function contextLine(announcement: Announcement): string {
	return asExercise(announcement, announcement.words, `${announcement.organisation} · ${announcement.incident}`);
}

function correctedTitle(announcement: Announcement): string {
	const t = announcement.words;
	return announcement.correction ? `${t.announce.correction}${t.colon}${announcement.title}` : announcement.title;
}

/**
 * The announcement as blocks for a text with a length limit (fit-text.ts), most important
 * first: the title and summary may be shortened, the facts (each change, the next update) are
 * kept whole or left out. `bullet` goes before each change; `escape` is applied to every block.
 */
export function announcementBlocks(
	announcement: Announcement,
	{ title = true, bullet = '', escape = (text: string) => text } = {},
): (string | WholeBlock)[] {
	const prose = [...(title ? [headline(announcement)] : []), ...(announcement.summary ? [announcement.summary] : [])];
	const facts = [...announcement.changes, ...announcement.planned].map((line) => `${bullet}${line}`);
	return [...prose.map(escape), ...[...facts, announcement.next].map((line) => ({ whole: escape(line) }))];
}
