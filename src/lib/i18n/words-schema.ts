import type { z } from 'astro/zod';
import { DEFAULT_STATE_KEYS, PHASES } from '../../schemas/state.ts';
import { PROBLEM_CODES } from '../content/problems.ts';
import { TONES } from '../states.ts';
import { wordKinds } from './word-kinds.ts';

/**
 * Every word Lantern itself puts in front of a reader (pages, feeds, APIs, the print notice,
 * announcements) or a writer (`npm run new`, the issue forms), as opposed to the organisation's
 * own text in its content folder. Each language is one data file, `words/<lang>.yaml` beside
 * this one, and a site adds a language or changes a word in `<content>/i18n/<lang>.yaml`; this
 * one schema checks them all, so a missing or misspelt word is an error naming the file and the
 * key rather than an empty spot on a page. `npm run words -- --export en` prints a whole file
 * with the explanation of each word given here.
 *
 * A sentence with `{gaps}` is filled in by the page, so each language puts the values where its
 * grammar wants them. A sentence about a number has a form per plural category of the language
 * (plural.ts): `one`, `other`, and `none` for exactly 0 where the sentence then says something else.
 *
 * French typography: a non-breaking space (written `\u00a0` in a double-quoted YAML text, never as
 * the invisible character) stands before : ; ? and !, so the sign never starts a line on its own.
 * German quotes open low and close high („…“). Unit tests hold every French and German word to these.
 */
export function wordsSchema(lang: string) {
	const { text, template, plural, list, group } = wordKinds(lang);
	const each = <const Key extends string>(keys: readonly Key[], doc: (key: Key) => string) =>
		Object.fromEntries(keys.map((key) => [key, text(doc(key))])) as Record<Key, ReturnType<typeof text>>;

	return group('The interface words of one language.', {
		statusSuffix: text(
			'After the organisation’s name in the header, titles and feed titles (“City Hospital · Service status”).',
		),
		skipLink: text('The first link on every page, for keyboard and screen-reader users to skip the menu.'),
		nav: group('The main menu.', {
			home: text('The link to the home page: the situation right now.'),
			updates: text('The link to the list of every update.'),
			services: text('The link to the list of services.'),
			incidents: text('The link to the list of incidents.'),
			label: text('The menu’s own name, for screen readers.'),
		}),
		languages: text('Screen-reader name of the language switcher.'),
		overall: group(
			'The whole organisation in one sentence, by the tone of its worst service: headline, API, print notice.',
			each(TONES, (tone) => `When the worst service is in a state of tone “${tone}”.`),
		),
		disruptedCount: plural(
			'Under the headline: how many services ({count}) are not open as normal, of all ({total}).',
			'total',
		),
		whatToDo: group(
			'The box of numbers to call and places to go on the home page; each is followed by a number or a list.',
			{
				heading: text('The box’s heading.'),
				emergency: text('Before the emergency number.'),
				gpOnCall: text('Before the number of the GP on-call service.'),
				infoLine: text('Before the organisation’s information line.'),
				hospitals: text('Before the list of other hospitals nearby.'),
			},
		),
		board: group('The board of every service and its state.', {
			heading: text('The board’s heading on the home page.'),
			headingThen: text('The board as an update left it, on that update’s page.'),
			allCampuses: text('The heading of the services that are on every campus.'),
			since: text('Before the time a service got its state (“since Tuesday 08:05”).'),
		}),
		group: group(
			'A group of services (a campus) in words. A group never gets one state as if all its services had it: it says how many are not open as normal and names the most affected one.',
			{
				allNormal: plural('All {count} services of the group are open as normal.'),
				notNormal: plural(
					'{count} of the group’s {total} services are not open as normal; {service} and {state} are the most affected service and its state.',
					'total',
					'service',
					'state',
				),
			},
		),
		home: group('The home page’s first screen.', {
			keyServices: text('Heading of the key services (`key: true` in services.yaml), shown in every state.'),
			notNormal: text('Heading of the services not open as normal.'),
			quiet: template(
				'When every service is open again: {incident} is the last incident (a link), {time} when it ended.',
				'incident',
				'time',
			),
		}),
		badge: plural(
			'The text of the site’s status badge: how many services ({count}) of all ({total}) are not open as normal.',
			'total',
		),
		latest: text('Heading of the newest update on the home page.'),
		lastUpdated: text('Followed by the time of the last update.'),
		nextUpdate: text('Followed by the time the next update is expected.'),
		nextUpdateOverdue: text('Under the next-update time once it has passed without an update.'),
		noNextUpdate: text('After the next-update label when the last update promised none.'),
		readMore: text('The link from an update’s summary to the whole update.'),
		changes: group('The services an update changes.', {
			heading: text('The heading of the list of changes.'),
			none: text('When an update changes no service.'),
			restored: text('After the “open” state when a service comes back (“Open as normal (back to normal)”).'),
			newNote: text('A change of a service’s note only, its state staying the same.'),
			was: template('The state before the change ({state}), in brackets after the new one.', 'state'),
		}),
		planned: group(
			'Changes announced ahead of time (`from:` and `until:` in an update). A time follows `from` and `window`; `until` stands between a window’s start and end (“from Saturday … until 08:00”).',
			{
				label: text('Before a planned change on the board and a service’s page (“Planned from Monday …: Open”).'),
				from: text('Before the time a change takes effect and then holds.'),
				window: text('Before the start of a window.'),
				until: text('Between the start and the end of a window.'),
				upcoming: text('The home page’s list of changes announced for the next days.'),
				heading: text('An update’s own page: what it announces ahead of time, apart from its changes now.'),
				cancelled: text('After a planned change that a later update cancelled before it began.'),
				next: text('In status.txt and on the print notice, before the next planned change.'),
			},
		),
		timeline: group('The paged list of all updates.', {
			heading: text('The page’s heading.'),
			intro: text('Under the heading.'),
			newer: text('The link to the page of newer updates.'),
			older: text('The link to the page of older updates.'),
			page: template('Which page this is ({page}) of how many ({pages}).', 'page', 'pages'),
		}),
		update: group('An update’s own page.', {
			published: text('Followed by the time it was published.'),
			corrected: text('Followed by the time it was last changed after publication.'),
			previous: text('The link to the update before it.'),
			next: text('The link to the update after it.'),
			incident: text('Followed by the incident the update is about.'),
			otherLanguages: text('Followed by links to the update in the other languages.'),
			superseded: text('On an update that a later one has overtaken, followed by `seeNow`, a link home.'),
			seeNow: text('The link home after `superseded`.'),
		}),
		translation: group(
			'The notice on a page shown in another language than the one it was written in; {source} is the name of the language it was written in, in the page’s language (“Dutch”).',
			{
				isTranslation: template('On a translation.', 'source'),
				outdated: template('The original changed after it was translated.', 'source'),
				missing: template('No translation yet: the original follows.', 'source'),
				readSource: template('The link to the original.', 'source'),
			},
		),
		service: group('A service’s page and the list of services.', {
			current: text('The heading of the service’s state now.'),
			advice: text('Before what a reader can do instead (`advice` in services.yaml).'),
			history: text('The heading of the service’s changes over time.'),
			noHistory: text('When the service never changed.'),
			olderChanges: plural(
				'Before the link to the full list, when the page shows only the newest changes; {count} older ones are not shown.',
			),
			campus: text('Followed by the service’s campus.'),
			all: text('The heading of the list of every service.'),
		}),
		incident: group('An incident’s page and the list of incidents.', {
			all: text('The heading of the list of incidents.'),
			started: text('Followed by the time the incident started.'),
			phase: text('Followed by the incident’s phase.'),
			resolvedAt: text('Followed by the time the incident was resolved.'),
			phases: text('The heading of the incident’s phases.'),
			updates: text('The heading of the incident’s updates.'),
			olderUpdates: plural(
				'Before the link to the full list, when the page shows only the newest updates; {count} older ones are not shown.',
			),
		}),
		phase: group(
			'An incident’s phase as the public sees it.',
			each(PHASES, (phase) => `The phase written \`${phase}\` in an update.`),
		),
		states: group(
			'A default service state in words, wherever a state is shown: the board, changes, badges, APIs, the pictures’ keys, `npm run new`, the issue form. Never told by colour alone, so each must say the state on its own, and no two may read the same. (A state the site defines has its words in site.yaml.)',
			each(DEFAULT_STATE_KEYS, (state) => `The state written \`${state}\` in an update.`),
		),
		footer: group('The foot of every page.', {
			mirrors: text('Before the list of mirror addresses.'),
			about: text('Why the site stands apart from the organisation’s own systems.'),
		}),
		notFound: group('The page for an address that does not exist.', {
			title: text('Its heading.'),
			text: text('Followed by a link home.'),
		}),
		feeds: group('The RSS, Atom and JSON feeds, and the page section that explains how to follow them.', {
			description: template('The description of the site-wide feeds.', 'organisation'),
			serviceDescription: template('The description of one service’s feeds.', 'service'),
			heading: text('The heading of the section on following the updates.'),
			intro: text('What a feed is, for a reader who has never used one.'),
			rss: text('The link to the RSS feed.'),
			atom: text('The link to the Atom feed.'),
			json: text('The link to the JSON Feed.'),
			serviceIntro: template('On a service’s page, before its own feeds.', 'service'),
			machines: text('Before the links meant for programs rather than people.'),
			statusApi: text('The link to the status API.'),
			capAlerts: text('The link to the CAP alerts.'),
			badge: text('The link to the status badge.'),
			subscribe: group('The channels `npm run announce` sends to, where the site names a link to subscribe.', {
				intro: text('Before the list of channels.'),
				email: text('The link to sign up for mail.'),
				mastodon: text('The link to the Mastodon account.'),
				bluesky: text('The link to the Bluesky account.'),
				ntfy: text('The link to the ntfy topic.'),
			}),
		}),
		cap: group('Common Alerting Protocol alerts.', {
			event: text(
				'The alert’s event type, the same in every alert: in words that fit any organisation; a kind of organisation says its own in its `i18n/<lang>.yaml` (a hospital: “Disruption of hospital services”).',
			),
		}),
		search: group('The search page (Pagefind).', {
			label: text('Screen-reader name of the search field.'),
			button: text('The search button.'),
			heading: text('The page’s heading.'),
			intro: text('Under the heading.'),
			placeholder: text(
				'Example words shown in the empty search field: in words that fit any organisation; a kind of organisation gives examples of its own in its `i18n/<lang>.yaml`.',
			),
			needsJavaScript: text('Shown instead of search when scripts do not run; followed by links to the lists.'),
			filters: group('The names of the filters beside the results.', {
				service: text('Filter by service.'),
				campus: text('Filter by campus.'),
				incident: text('Filter by incident.'),
				phase: text('Filter by phase.'),
				state: text('Filter by state.'),
			}),
			results: plural(
				'How many results ({count}) a search for {query} found, above them (and read out by screen readers); filled in by the browser.',
				'query',
			),
			filtered: plural('The same, for filters picked without a query.'),
			more: text('The button under the results that shows the next ones.'),
		}),
		print: group('The one-page notice for a door or waiting room.', {
			link: text('The link to the notice.'),
			title: text('Its heading.'),
			asOf: text('Followed by the time of the situation shown.'),
			disrupted: text('Before the services not open as normal.'),
			allOthersOpen: text('After them.'),
			allOpen: text('When every service is open as normal.'),
			scan: text('Beside the QR code, followed by the site’s address.'),
		}),
		swimlane: group('The picture of every service’s states over an incident, and the table that says the same.', {
			heading: text('The heading above the picture.'),
			title: plural('The picture’s accessible name: how {count} services changed.'),
			description: template(
				'The picture’s accessible description; {start} and {end} are the times it spans.',
				'start',
				'end',
			),
			tableCaption: text('The caption of the table.'),
			service: text('The table’s column of services.'),
			from: text('The table’s column of times.'),
			state: text('The table’s column of states.'),
		}),
		history: template('The accessible name of one service’s strip of states over time.', 'service'),
		chooseLanguage: text('On the root page that sends a reader to a language.'),
		draft: text('On a draft update in the preview (`npm run dev`); drafts never reach the public site.'),
		colon: text('Between a label and its value (“Planned surgery: Postponed”).'),
		authoring: group(
			'What a writer sees: `npm run new` in this language (`--lang`), the body it starts an update with, and the issue forms.',
			{
				sections: group('The headings of a new update’s body, in this order; the writer writes under each.', {
					whatHappened: text('What happened.'),
					whatItMeans: text('What it means for the reader.'),
					whatToDo: text('What the reader should do.'),
					nextUpdate: text('When the next update comes.'),
				}),
				placeholder: text(
					'The line under each heading, for the writer to replace. Capitals in square brackets, so `npm run check` recognises it as a placeholder and refuses to publish it.',
				),
				missingNumber: text(
					'Put in a prepared text for a number the site has no contact for (`{info_line}` without an info line): capitals in square brackets, so the content check stops it until filled in.',
				),
				answers: group(
					'Words a writer may type for a time in `npm run new` and the issue form, besides a time itself (every language’s are understood).',
					{
						now: list('For a change that holds from the moment the update is published.'),
						none: list('For “no next update”.'),
					},
				),
				cli: group('The questions and messages of `npm run new`.', {
					intro: text('The first line.'),
					template: text('The question whether to start from a prepared text.'),
					noTemplate: text('The first choice in the list of templates.'),
					incident: text('The question for the incident.'),
					newIncident: text('The choice, after the incidents there are, that starts a new one.'),
					newIncidentTitle: text('The question for a new incident’s name, in the source language.'),
					started: text(
						'When the new incident began; an empty answer means now. Says which forms the answer may take.',
					),
					notAStart: text('A start that cannot be one: in the future, or counted from now (`+2h`).'),
					title: text('The question for the title.'),
					summary: text('The question for the summary.'),
					services: text('The list of services to change; says how to choose in it.'),
					stateOf: template('The question for a chosen service’s new state.', 'service'),
					note: template('The question for a chosen service’s note.', 'service'),
					from: template(
						'When a chosen service’s new state begins; an empty answer means now. Says which forms the answer may take.',
						'service',
					),
					until: template(
						'Asked only after a later `from`: when the service returns to its earlier state; empty for “until a later update”.',
						'service',
					),
					now: text('Before each service’s current state in the list (“now: Open as normal”).'),
					phase: text('The question for the incident’s phase.'),
					next: text('The question for the next update’s time; says which forms the answer may take.'),
					required: text('When a required answer is empty.'),
					incidentExists: template(
						'When a new incident is given the name ({title}) of one there is ({id}): the update belongs to that one.',
						'title',
						'id',
					),
					unknownContact: template(
						'When a text names a number by a {word} ({found}) that is not one of the placeholders of site.yaml’s contacts ({allowed}).',
						'found',
						'allowed',
					),
					nextTooEarly: text(
						'When the next update’s time is not after this update’s: the content check’s rule (its English words are the check’s).',
					),
					tooLong: template('A title or summary over its {limit}, {length} characters long.', 'limit', 'length'),
					whichTime: template(
						'Asked when a typed time ({written}) happens twice, because the clocks go back that night; the two choices follow, the first marked `firstTime`, the other `secondTime`.',
						'written',
					),
					firstTime: text('The choice of the time before the clocks go back.'),
					secondTime: text('The choice of the time after the clocks go back.'),
					written: text('Before the files written.'),
					fill: text('Before a file and the placeholders still in it.'),
					then: text('The last line: what to do next.'),
					stamp: template(
						'After starting from a template: {command} confirms that its translations still match.',
						'command',
					),
					cancelled: text('When the writer stops (Ctrl+C or Escape) before anything is written.'),
					forms: text(
						'After a new incident was written: the issue forms list incidents, so they must be written again.',
					),
				}),
				init: group('The questions and messages of `npm run init`, which starts a site of one’s own.', {
					intro: text('The first line.'),
					kind: text(
						'The question for the kind of organisation (a hospital, a town hall, a school, a company), chosen from a list: it decides the services, states, numbers and prepared texts to start from.',
					),
					organisation: text('The question for the organisation’s name.'),
					languages: text('The question for the site’s languages, source first.'),
					invalidLanguages: text('When the answer is not language codes.'),
					timeZone: text('The question for the time zone.'),
					invalidTimeZone: text('When the answer is not a time zone.'),
					siteUrl: text('The question for the site’s public address.'),
					invalidUrl: text('When the answer is not a web address.'),
					campuses: text('The question for the organisation’s sites or campuses, one name or several.'),
					services: text('The starting list of services for the kind of organisation; says how to choose in it.'),
					keyServices: text('Which of the chosen services stay on the first screen.'),
					emergency: text('The question for the emergency number.'),
					gpOnCall: text('The number for urgent care that is not an emergency (site.yaml’s `gp_on_call`).'),
					infoLine: text('The organisation’s own information line; may be empty.'),
					invalidPhone: text('When the answer is not a phone number.'),
					contactReach: template(
						'The question for a number of the kind of organisation’s own, or one the person adds ({label}: the words before it on the site): a phone number, an email address or a web address.',
						'label',
					),
					invalidReach: text('When that answer is not a phone number, an email address or a web address.'),
					moreContact: text(
						'Asked after the numbers above until the answer is empty: the short name of another number or address to show under “What to do now”, which is also its placeholder in templates (customer_line gives {customer_line}).',
					),
					invalidContactId: text(
						'When that short name is not lower-case letters, digits and underscores starting with a letter, or is taken already.',
					),
					contactLabel: template(
						'The question for the words before the added number on the site, in {language} (a language’s name).',
						'language',
					),
					mirrors: text('Addresses of copies of the site elsewhere; may be empty.'),
					written: text('Before the folder written.'),
					then: text('The last lines: what to do next.'),
				}),
				form: group(
					'The issue forms on the git host (`npm run forms`), in the site’s source language, and what `npm run from-issue` answers about them: a phone is enough to write an update.',
					{
						updateName: text('The name of the form for a new update.'),
						updateAbout: text('Its description.'),
						translationName: text('The name of the form for a translation.'),
						translationAbout: text('Its description.'),
						incident: text('The field for the incident.'),
						phase: text('The field for the phase.'),
						title: text('The field for the title.'),
						titleHelp: template('Under it; {limit} is the most characters a title may have.', 'limit'),
						summary: text('The field for the summary.'),
						summaryHelp: template('Under it; {limit} is the most characters a summary may have.', 'limit'),
						noChange: text('The first choice of every service’s list: the service keeps its state.'),
						servicesHelp: text('Above the services’ lists.'),
						note: template('The optional note field of a service.', 'service'),
						from: template(
							'The optional field for when a service’s new state begins (empty: when the update is published).',
							'service',
						),
						nextUpdate: text('The field for the next update’s time.'),
						nextUpdateHelp: template(
							'Under it: {timezone} is the site’s time zone, {example} a time in the form’s expected format.',
							'timezone',
							'example',
						),
						body: text('The field for the text.'),
						bodyHelp: text('Under it: what the text may hold.'),
						update: text('The translation form’s field for which update.'),
						updateHelp: text('Under it.'),
						language: text('The field for the translation’s language.'),
						notes: text('The field for the translated notes.'),
						notesHelp: text('Under it.'),
						review: group('The pull request a reviewer judges on a phone, and the comment on an issue with problems.', {
							before: text('The column of the states before.'),
							after: text('The column of the states after.'),
							translation: template(
								'The title of a translation’s pull request; {language} is its language’s name.',
								'language',
							),
							problemsIntro: text('Before the list of problems.'),
							problemsAfter: text('After the list of problems.'),
							headings: text('After the problems with the issue’s headings: the list of the form’s headings follows.'),
							failed: template(
								'The comment when the conversion failed for a reason of its own, not the author’s answers (a crash, a failed check or build): nothing was published. {log} is `logAt` when the run’s log is known, else `thisRunLog`.',
								'log',
							),
							thisRunLog: text('In `failed`, for the log of the run when its address is not known.'),
							logAt: template('In `failed`, for the log at {address}.', 'address'),
							stillStands: template(
								'For the reviewer, when the update sets a service now while an earlier plan for it is still to come (it will still apply; only `cancel: true` in the file drops it). {plan} is that plan in words.',
								'plan',
							),
						}),
						problems: group('What the converter says about a field; each is shown after the field’s label.', {
							empty: text('A required field is empty.'),
							unknownChoice: template(
								'An answer that is not one of the list’s choices; {choices} lists them as the author saw them, each quoted with `choice`.',
								'choices',
							),
							choice: template('One choice of a list ({label}), quoted, since a choice may hold a comma.', 'label'),
							oneLine: text('An answer of a one-line field that spans lines.'),
							missingHeading: text('A heading of the form that the issue does not have (shown after the heading).'),
							unknownHeading: text('A `###` heading the form does not have.'),
							unknownHeadingLike: template(
								'The same, when it may have been the form’s heading {suggestion}.',
								'suggestion',
							),
							repeatedHeading: plural('A heading of the form that the issue has {count} times.'),
							textBeforeHeadings: text(
								'Text above the issue’s first heading, which belongs to no field (shown after the form’s name).',
							),
							pastTime: text('A next-update time that has passed.'),
							pastFrom: text('A service’s “from when” that has passed: leave it empty for now.'),
							noUpdate: template('There is no update {id}.', 'id'),
							notesLine: template('A line of the notes ({line}) that is not “service-id: translation”.', 'line'),
							content: group(
								'What the content check finds in an update’s own text, said in the form’s language; {limit} is the most characters a title or summary may have, {number} the number a contact placeholder such as {emergency} stands for.',
								Object.fromEntries(
									PROBLEM_CODES.map((code) => [code, template(`The problem \`${code}\`.`, 'limit', 'number')]),
								) as Record<(typeof PROBLEM_CODES)[number], ReturnType<typeof template<'limit' | 'number'>>>,
							),
						}),
					},
				),
				time: group(
					'What a typed date or time that does not exist is told, in the forms and in `npm run new`; {written} is the answer as read (`2026-03-29 02:30`), {timezone} the site’s zone.',
					{
						format: template('An answer in no form the reader knows; {example} is one it knows.', 'example'),
						noSuchMonth: template('A month beyond 12 ({day} is the date written).', 'day'),
						noSuchDay: template(
							'A day ({day}) past the end of its month, whose last day is {lastday}.',
							'day',
							'lastday',
						),
						noSuchTime: template('An hour beyond 23 or minutes beyond 59 ({time}).', 'time'),
						noSuchOffset: template('An offset from UTC no place has ({offset}).', 'offset'),
						skipped: template(
							'A time in the hour skipped when the clocks go forward: they jump from {from} to {to}.',
							'written',
							'timezone',
							'from',
							'to',
						),
						wrongOffset: template(
							'A time with an offset the zone does not have then; {offsets} lists those it has.',
							'written',
							'timezone',
							'offsets',
						),
						repeated: template(
							'A time in the hour repeated when the clocks go back: the first was {taken}, {other} is how to write the second. Told to the writer or the reviewer; the update is not refused.',
							'written',
							'timezone',
							'taken',
							'other',
						),
					},
				),
			},
		),
		announce: group('Messages `npm run announce` sends to subscribers: mail, social posts, push, chat.', {
			correction: text('Before the title of an update announced again because it was corrected.'),
			nextUpdate: template('{time} is the promised time, in full.', 'time'),
			readMore: text('The link to the update’s page.'),
			mailFooter: template(
				'The last line of a mail: why the reader gets it ({organisation}) and where the site is ({address}).',
				'organisation',
				'address',
			),
		}),
		exercise: group(
			'A drill (`exercise: true` in site.yaml, docs/rehearsing.md): said first in every output, so nobody takes any of it for a real event. In capitals, as a drill is announced on the radio.',
			{
				word: text('The word that starts every title, subject, post, badge and alert of a drill, before `colon`.'),
				notice: text('At the top of every page and of status.txt, in one short line; it starts with `word`.'),
			},
		),
	});
}

/** The words of one language, as the pages call them: texts, sentences with gaps, plurals and lists. */
export type Words = z.output<ReturnType<typeof wordsSchema>>;

/** The words of one language as a file writes them. */
export type WordsInput = z.input<ReturnType<typeof wordsSchema>>;
