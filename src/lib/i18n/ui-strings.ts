import type { Phase, StateKey } from '../../schemas/state.ts';
import type { StateDefinition } from '../states.ts';
import type { ProblemCode } from '../content/problems.ts';

/**
 * Every word Lantern itself puts in front of a reader (pages, feeds, APIs, the print notice) or a
 * writer (`npm run new`), as opposed to the hospital's own text in content/. Each language is one
 * file beside this one (en.ts, nl.ts, fr.ts) typed as this interface, so a word missing in one
 * language is a type error rather than an empty spot on a page.
 *
 * A function builds a sentence around values the page fills in, so each language can put them
 * where its grammar wants them and choose singular or plural itself.
 *
 * French typography: a non-breaking space (written `\u00a0`, never as the invisible character)
 * stands before : ; ? and !, so the sign never starts a line on its own. A unit test holds every
 * French string to this.
 */
export interface UiStrings {
	/** After the organisation's name in the header, titles and feed titles ("AZ Voorbeeld · Service status"). */
	statusSuffix: string;
	/** The first link on every page, for keyboard and screen-reader users to skip the menu. */
	skipLink: string;
	/** The main menu; `label` names the menu itself for screen readers. */
	nav: { home: string; updates: string; services: string; incidents: string; label: string };
	/** Screen-reader name of the language switcher. */
	languages: string;
	/** The whole hospital in one sentence, by the tone of its worst service: headline, API, print notice. */
	overall: Record<StateDefinition['tone'], string>;
	/** Under the headline: how many services are not open as normal, of all. */
	disruptedCount: (count: number, total: number) => string;
	/** The box of emergency numbers and nearby hospitals on the home page; each is followed by a number or a list. */
	whatToDo: { heading: string; emergency: string; gpOnCall: string; infoLine: string; hospitals: string };
	/** The board of every service and its state. */
	board: {
		heading: string;
		/** The board as an update left it, on that update's page. */
		headingThen: string;
		allCampuses: string;
		/** Before the time a service got its state ("since Tuesday 08:05"). */
		since: string;
	};
	/**
	 * A group of services (a campus) in words. A group never gets one state as if all its services
	 * had it: it says how many are not open as normal and names the most affected one.
	 */
	group: {
		/** All `total` services of the group open as normal. */
		allNormal: (total: number) => string;
		/**
		 * `count` of the group's `total` services not open as normal; `{service}` and `{state}` are
		 * filled in with the most affected service and its state.
		 */
		notNormal: (count: number, total: number) => string;
	};
	/** The home page's first screen. */
	home: {
		/** Heading of the key services (`key: true`), shown in every state. */
		keyServices: string;
		/** Heading of the services not open as normal. */
		notNormal: string;
		/** When every service is open again; `{incident}` (a link) and `{time}` are filled in. */
		quiet: string;
	};
	/** The text of the site's status badge: how many services are not open as normal. */
	badge: (count: number, total: number) => string;
	/** Heading of the newest update on the home page. */
	latest: string;
	/** Each of these is followed by a time. */
	lastUpdated: string;
	nextUpdate: string;
	/** Under the next-update time once it has passed without an update. */
	nextUpdateOverdue: string;
	/** After `nextUpdate` when the last update promised none. */
	noNextUpdate: string;
	readMore: string;
	/** The services an update changes. */
	changes: {
		heading: string;
		none: string;
		/** After the "open" state when a service comes back ("Open as normal (back to normal)"). */
		restored: string;
		/** A change of a service's note only, its state staying the same. */
		newNote: string;
		/** The state before the change, in brackets after the new one. */
		was: (state: string) => string;
	};
	/**
	 * Changes announced ahead of time (`from:` and `until:` in an update). A time follows `from`
	 * and `window`; `until` stands between a window's start and end ("from Saturday … until 08:00").
	 */
	planned: {
		/** Before a planned change on the board and a service's page ("Planned from Monday …: Open"). */
		label: string;
		/** Before the time a change takes effect and then holds. */
		from: string;
		/** Before the start of a window. */
		window: string;
		/** Between the start and the end of a window. */
		until: string;
		/** The home page's list of changes announced for the next days. */
		upcoming: string;
		/** An update's own page: what it announces ahead of time, apart from its changes now. */
		heading: string;
		/** After a planned change that a later update cancelled before it began. */
		cancelled: string;
		/** In status.txt and on the print notice, before the next planned change. */
		next: string;
	};
	/** The paged list of all updates. */
	timeline: {
		heading: string;
		intro: string;
		newer: string;
		older: string;
		page: (page: number, pages: number) => string;
	};
	/** An update's own page. */
	update: {
		/** Followed by the time it was published. */
		published: string;
		/** Followed by the time it was last changed after publication. */
		corrected: string;
		previous: string;
		next: string;
		incident: string;
		otherLanguages: string;
		/** On an update that a later one has overtaken, with `seeNow` linking home. */
		superseded: string;
		seeNow: string;
	};
	/**
	 * The notice on a page shown in another language than the one it was written in;
	 * `source` is the name of the language it was written in, in the page's language ("Dutch").
	 */
	translation: {
		isTranslation: (source: string) => string;
		/** The original changed after it was translated. */
		outdated: (source: string) => string;
		/** No translation yet: the original follows. */
		missing: (source: string) => string;
		readSource: (source: string) => string;
	};
	/** A service's page and the list of services. */
	service: {
		current: string;
		advice: string;
		history: string;
		noHistory: string;
		/** Before the link to the full list, when the page shows only the newest changes. */
		olderChanges: (count: number) => string;
		campus: string;
		all: string;
	};
	/** An incident's page and the list of incidents. */
	incident: {
		all: string;
		started: string;
		phase: string;
		resolvedAt: string;
		phases: string;
		updates: string;
		/** Before the link to the full list, when the page shows only the newest updates. */
		olderUpdates: (count: number) => string;
	};
	/** An incident's phase as the public sees it. */
	phase: Record<Phase, string>;
	/**
	 * A service state in words, wherever a state is shown: the board, changes, badges, APIs, the
	 * pictures' keys, `npm run new`. Never told by colour alone, so each must say the state on its own.
	 */
	states: Record<StateKey, string>;
	footer: {
		/** Before the list of mirror addresses. */
		mirrors: string;
		about: string;
	};
	notFound: { title: string; text: string };
	/** The RSS, Atom and JSON feeds, and the page section that explains how to follow them. */
	feeds: {
		/** The description of the site-wide feeds. */
		description: (organisation: string) => string;
		/** The description of one service's feeds. */
		serviceDescription: (service: string) => string;
		heading: string;
		intro: string;
		rss: string;
		atom: string;
		json: string;
		serviceIntro: (service: string) => string;
		/** Before the links meant for programs rather than people. */
		machines: string;
		statusApi: string;
		capAlerts: string;
		badge: string;
		/** The channels `npm run announce` sends to, where the site names a link to subscribe. */
		subscribe: { intro: string; email: string; mastodon: string; bluesky: string; ntfy: string };
	};
	/** Common Alerting Protocol alerts; `event` is the alert's fixed event type. */
	cap: { event: string };
	/** The search page (Pagefind). */
	search: {
		/** Screen-reader name of the search field. */
		label: string;
		button: string;
		heading: string;
		intro: string;
		/** Example words shown in the empty search field. */
		placeholder: string;
		/** Shown instead of search when scripts do not run; followed by links to the lists. */
		needsJavaScript: string;
		/** The names of the filters beside the results. */
		filters: { service: string; campus: string; incident: string; phase: string; state: string };
		/**
		 * How many results a search found, above them (and read out by screen readers). The browser
		 * fills in `{count}` and `{query}`; `one` is used where the language says one result.
		 */
		results: { none: string; one: string; other: string };
		/** The same, for filters picked without a query: `{count}` only. */
		filtered: { none: string; one: string; other: string };
		/** The button under the results that shows the next ones. */
		more: string;
	};
	/** The one-page notice for a door or waiting room. */
	print: {
		link: string;
		title: string;
		/** Followed by the time of the situation shown. */
		asOf: string;
		disrupted: string;
		allOthersOpen: string;
		allOpen: string;
		/** Beside the QR code, followed by the site's address. */
		scan: string;
	};
	/** The picture of every service's states over an incident, and the table that says the same. */
	swimlane: {
		heading: string;
		/** The picture's accessible name. */
		title: (count: number) => string;
		/** The picture's accessible description; `start` and `end` are formatted times. */
		description: (start: string, end: string) => string;
		tableCaption: string;
		service: string;
		from: string;
		state: string;
	};
	/** The accessible name of one service's strip of states over time. */
	history: (service: string) => string;
	/** On the root page that sends a reader to a language. */
	chooseLanguage: string;
	/** On a draft update in the preview (`npm run dev`); drafts never reach the public site. */
	draft: string;
	/** Between a label and its value ("Planned surgery: Postponed"). */
	colon: string;
	/** What a writer sees: `npm run new` in this language (`--lang`), and the body it starts an update with. */
	authoring: {
		/** The headings of a new update's body, in this order; the writer writes under each. */
		sections: readonly [whatHappened: string, whatItMeans: string, whatToDo: string, nextUpdate: string];
		/**
		 * The line under each heading, for the writer to replace. Capitals in square brackets, so
		 * `npm run check` recognises it as a placeholder and refuses to publish it.
		 */
		placeholder: string;
		/**
		 * Put in a prepared text for a number the site has no contact for (`{info_line}` without an
		 * info line): capitals in square brackets, so the content check stops it until filled in.
		 */
		missingNumber: string;
		/** The questions and messages of `npm run new`. */
		cli: {
			intro: string;
			template: string;
			/** The first choice in the list of templates. */
			noTemplate: string;
			incident: string;
			/** The choice, after the incidents there are, that starts a new one. */
			newIncident: string;
			/** The question for a new incident's name, in the source language. */
			newIncidentTitle: string;
			/** When the new incident began; an empty answer means now. Says which forms the answer may take. */
			started: string;
			/** A start that cannot be one: in the future, or counted from now (`+2h`). */
			notAStart: string;
			title: string;
			summary: string;
			/** The list of services to change; says how to choose in it. */
			services: string;
			/** The question for a chosen service's new state. */
			stateOf: (name: string) => string;
			/** The question for a chosen service's note. */
			note: (name: string) => string;
			/** When a chosen service's new state begins; an empty answer means now. Says which forms the answer may take. */
			from: (name: string) => string;
			/** Asked only after a later `from`: when the service returns to its earlier state; empty for "until a later update". */
			until: (name: string) => string;
			/** Before each service's current state in the list ("now: Open as normal"). */
			now: string;
			phase: string;
			/** The question for the next update's time; says which forms the answer may take. */
			next: string;
			required: string;
			/** A title or summary over its limit (`limit` and the answer's `length` in characters). */
			tooLong: (limit: number, length: number) => string;
			/**
			 * Asked when a typed time happens twice, because the clocks go back that night; the two
			 * choices are the time with each offset, the first marked `firstTime`, the other `secondTime`.
			 */
			whichTime: (written: string) => string;
			firstTime: string;
			secondTime: string;
			/** Before the files written. */
			written: string;
			/** Before a file and the placeholders still in it. */
			fill: string;
			/** The last line: what to do next. */
			then: string;
			/** After starting from a template: the command that confirms its translations still match. */
			stamp: (command: string) => string;
			/** When the writer stops (Ctrl+C or Escape) before anything is written. */
			cancelled: string;
			/** After a new incident was written: the issue forms list incidents, so they must be written again. */
			forms: string;
		};
		/** The questions and messages of `npm run init`, which starts a site of one's own. */
		init: {
			intro: string;
			organisation: string;
			/** The site's languages, source first. */
			languages: string;
			invalidLanguages: string;
			timeZone: string;
			invalidTimeZone: string;
			siteUrl: string;
			invalidUrl: string;
			/** The organisation's sites or campuses, one name or several. */
			campuses: string;
			/** The starting list of services for the kind of organisation. */
			services: string;
			/** Which of the chosen services stay on the first screen. */
			keyServices: string;
			emergency: string;
			/** The number for urgent care that is not an emergency (site.yaml's `gp_on_call`). */
			gpOnCall: string;
			/** The organisation's own information line; may be empty. */
			infoLine: string;
			invalidPhone: string;
			/** Addresses of copies of the site elsewhere; may be empty. */
			mirrors: string;
			/** Before the folder written. */
			written: string;
			/** The last lines: what to do next. */
			then: string;
		};
		/**
		 * The issue forms on the git host (`npm run forms`), in the site's source language, and what
		 * `npm run from-issue` answers about them: a phone is enough to write an update.
		 */
		form: {
			updateName: string;
			updateAbout: string;
			translationName: string;
			translationAbout: string;
			incident: string;
			phase: string;
			title: string;
			/** `limit` is the most characters a title may have. */
			titleHelp: (limit: number) => string;
			summary: string;
			/** `limit` is the most characters a summary may have. */
			summaryHelp: (limit: number) => string;
			/** The first choice of every service's list: the service keeps its state. */
			noChange: string;
			/** Above the services' lists. */
			servicesHelp: string;
			/** The optional note field of a service. */
			note: (service: string) => string;
			/** The optional field for when a service's new state begins (empty: when the update is published). */
			from: (service: string) => string;
			nextUpdate: string;
			/** `example` is a time in the form's expected format. */
			nextUpdateHelp: (timeZone: string, example: string) => string;
			body: string;
			bodyHelp: string;
			/** The translation form: which update, in which language, and its translated notes. */
			update: string;
			updateHelp: string;
			language: string;
			notes: string;
			notesHelp: string;
			/** The pull request a reviewer judges on a phone, and the comment on an issue with problems. */
			review: {
				before: string;
				after: string;
				/** `language` is the name of the translation's language. */
				translation: (language: string) => string;
				problemsIntro: string;
				problemsAfter: string;
				/** After the problems with the headings: the list of the form's headings follows. */
				headings: string;
				/**
				 * The comment when the conversion failed for a reason of its own, not the author's answers
				 * (a crash, a failed check or build): nothing was published. `log` is the run's log, when known.
				 */
				failed: (log: string | undefined) => string;
				/**
				 * For the reviewer, when the update sets a service now while an earlier plan for it is still
				 * to come (it will still apply; only `cancel: true` in the file drops it). `plan` is that plan in words.
				 */
				stillStands: (plan: string) => string;
			};
			/** What the converter says about a field; each is shown after the field's label. */
			problems: {
				empty: string;
				/** `choices` lists the list's choices as the author saw them, each quoted with `choice`. */
				unknownChoice: (choices: string) => string;
				/** One choice of a list, quoted, since a choice may hold a comma. */
				choice: (label: string) => string;
				/** An answer of a one-line field that spans lines. */
				oneLine: string;
				/** A heading of the form that the issue does not have (shown after the heading). */
				missingHeading: string;
				/** A `###` heading the form does not have, and the form's heading it may have been. */
				unknownHeading: (suggestion: string | undefined) => string;
				/** A heading of the form that the issue has `count` times. */
				repeatedHeading: (count: number) => string;
				/** Text above the first heading, which belongs to no field (shown after the form's name). */
				textBeforeHeadings: string;
				pastTime: string;
				/** A service's "from when" that has passed: leave it empty for now. */
				pastFrom: string;
				noUpdate: (id: string) => string;
				notesLine: (line: string) => string;
				/**
				 * What the content check finds in an update's own text, said in the form's language;
				 * `{limit}` is the most characters a title or summary may have.
				 */
				content: Record<ProblemCode, string>;
			};
		};
		/**
		 * What a typed date or time that does not exist is told, in the forms and in `npm run new`;
		 * `written` is the answer as read (`2026-03-29 02:30`), `timeZone` the site's zone.
		 */
		time: {
			/** An answer in no form the reader knows; `example` is one it knows. */
			format: (example: string) => string;
			/** A month beyond 12 (`day` is the date written). */
			noSuchMonth: (day: string) => string;
			/** A day past the end of its month: `lastDay` is the month's last day. */
			noSuchDay: (day: string, lastDay: string) => string;
			/** An hour beyond 23 or minutes beyond 59. */
			noSuchTime: (time: string) => string;
			/** An offset from UTC no place has. */
			noSuchOffset: (offset: string) => string;
			/** A time in the hour skipped when the clocks go forward: they jump from `from` to `to`. */
			skipped: (written: string, timeZone: string, from: string, to: string) => string;
			/** A time with an offset the zone does not have then; `offsets` lists those it has. */
			wrongOffset: (written: string, timeZone: string, offsets: string) => string;
			/**
			 * A time in the hour repeated when the clocks go back: the first was `taken`, `other` is how
			 * to write the second. Told to the writer or the reviewer; the update is not refused.
			 */
			repeated: (written: string, timeZone: string, taken: string, other: string) => string;
		};
	};
	/** Messages `npm run announce` sends to subscribers: mail, social posts, push, chat. */
	announce: {
		/** Before the title of an update announced again because it was corrected. */
		correction: string;
		/** `time` is the promised time, in full. */
		nextUpdate: (time: string) => string;
		/** The link to the update's page. */
		readMore: string;
		/** The last line of a mail: why the reader gets it and where the site is. */
		mailFooter: (organisation: string, siteUrl: string) => string;
	};
	/**
	 * A drill (`exercise: true` in site.yaml, docs/rehearsing.md): said first in every output, so
	 * nobody takes any of it for a real event. In capitals, as a drill is announced on the radio.
	 */
	exercise: {
		/** The word that starts every title, subject, post, badge and alert of a drill, before `colon`. */
		word: string;
		/** At the top of every page and of status.txt, in one short line; it starts with `word`. */
		notice: string;
	};
}
