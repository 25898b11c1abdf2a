import { findService } from '../content/find-service.ts';
import type { LanternContent } from '../content/model.ts';
import { languageName } from '../i18n/locales.ts';
import type { Words } from '../i18n/words-schema.ts';
import { stateLabel } from '../states.ts';
import { computeStatus } from '../status/engine.ts';
import { plannedText } from '../status/planned-reading.ts';
import { formatShortDateTime } from '../time.ts';
import type { FormProblem } from './from-issue.ts';
import { serviceLabel } from './issue-forms.ts';

/** A text in a Markdown table cell: its pipes and line breaks would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * The pull request for an update or translation that came from an issue, written for a reviewer
 * on a phone: the title, the summary, the state changes (old → new), the changes announced ahead
 * of time, the next update, the text. `notices` say how an answer was read (a time that happens
 * twice), for the reviewer to confirm. `content` already holds the new files.
 */
export function reviewText(
	content: LanternContent,
	updateId: string,
	lang: string,
	issueNumber: number,
	notices: readonly string[] = [],
) {
	const { site } = content;
	const t = content.words.for(site.sourceLanguage);
	const words = t.authoring.form.review;
	const update = content.updates.find((candidate) => candidate.id === updateId);
	if (!update) throw new Error(`No update ${updateId} in the content`);
	// The states before it are those the public saw when it comes out: no drafts, no later updates.
	const before = content.updates.filter(
		(other) => other.id === updateId || (!other.draft && other.published <= update.published),
	);
	const status = computeStatus(content, before, update.published);
	const entry = status.update(updateId)!;
	const text = lang === site.sourceLanguage ? update.source : update.translations[lang];
	if (!text) throw new Error(`No ${lang} text of ${updateId}`);
	const changes = lang === site.sourceLanguage &&
		entry.changes.length > 0 && [
			`| ${t.swimlane.service} | ${words.before} | ${words.after} |`,
			'| --- | --- | --- |',
			...entry.changes.map(
				(change) =>
					`| ${cell(serviceLabel(findService(content, change.serviceId)!, content))} | ${stateLabel(change.from, t)} | ${stateLabel(change.to, t)}${change.note ? `: ${cell(change.note)}` : ''} |`,
			),
		];
	// Changes announced ahead of time, apart from the changes now, as the update's page shows them.
	const planned = lang === site.sourceLanguage &&
		entry.planned.length > 0 && [
			`**${t.planned.heading}**`,
			...entry.planned.map((plan) => `- ${plannedText(plan, status, content, site.sourceLanguage)}`),
		];
	// A plan of an earlier update that this one leaves standing: the form cannot cancel it, the reviewer can.
	const stillStanding =
		lang === site.sourceLanguage
			? status.conflicts
					.filter((conflict) => conflict.kind === 'planned-still-stands' && conflict.update.id === updateId)
					.flatMap((conflict) =>
						conflict.other
							? [
									`> ${words.stillStands({ plan: plannedText(conflict.other, status, content, site.sourceLanguage, { withNote: false }) })}`,
								]
							: [],
					)
			: [];
	const title =
		lang === site.sourceLanguage
			? text.title
			: `${words.translation({ language: languageName(lang, site.sourceLanguage) })}: ${text.title}`;
	const body = [
		`**${text.title}**`,
		...(text.summary ? [text.summary] : []),
		...(changes ? [changes.join('\n')] : []),
		...(planned ? [planned.join('\n')] : []),
		...stillStanding,
		...notices.map((notice) => `> ${notice}`),
		...(lang === site.sourceLanguage
			? [
					`${t.nextUpdate} ${update.nextUpdate ? formatShortDateTime(update.nextUpdate, site.sourceLanguage, site.timeZone) : t.noNextUpdate}`,
				]
			: []),
		'---',
		text.body.trim(),
		'---',
		`Closes #${issueNumber}`,
	].join('\n\n');
	return { title, body: `${body}\n` };
}

/** Text shown as itself in a Markdown comment: no emphasis, link, heading or HTML made of an author's words. */
const literal = (text: string) => text.replace(/[\\`*_[\]<>&~|]/g, (character) => `\\${character}`);

/**
 * The comment on an issue whose answers cannot become an update yet, in the language of `words`:
 * one line per problem, by form field; when the issue's headings are not the form's, the form's
 * headings in order.
 */
export function problemsComment(
	problems: readonly FormProblem[],
	words: Words,
	formHeadings: readonly string[] = [],
): string {
	const { review } = words.authoring.form;
	return [
		review.problemsIntro,
		'',
		...problems.map((problem) => `- **${literal(problem.field)}**: ${literal(problem.message)}`),
		'',
		...(formHeadings.length ? [review.headings, '', ...formHeadings.map((heading) => `- \`### ${heading}\``), ''] : []),
		review.problemsAfter,
		'',
	].join('\n');
}

/**
 * The comment when turning the issue into an update failed for a reason of Lantern's own (a
 * crash, a check or build that failed afterwards), so the author never waits in silence, in the
 * language of `words`. `log` is the address of the run's log, when the git host gives one.
 */
export function failureComment(words: Words, log: string | undefined): string {
	const { review } = words.authoring.form;
	return `${review.failed({ log: log ? review.logAt({ address: log }) : review.thisRunLog })}\n`;
}
