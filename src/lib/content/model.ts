import type { LocalText } from '../../schemas/common.ts';
import type { AnnounceSettings } from '../../schemas/announce.ts';
import type { CapCategory } from '../../schemas/cap.ts';
import type { PlaceType } from '../../schemas/place-type.ts';
import type { Phase, StateKey } from '../../schemas/state.ts';
import type { WordBook } from '../i18n/read-words.ts';
import type { StateSet } from '../states.ts';

/** Validated content, as every later stage sees it. Dates are Dates; nothing here is raw YAML. */
export interface LanternContent {
	site: Site;
	/** The interface words of every language: Lantern's own, with the site's changes and additions (`i18n/`). */
	words: WordBook;
	/** The states services can be in: the default hospital states, or the site's (site.yaml, `states:`). */
	states: StateSet;
	groups: ServiceGroup[];
	services: Service[];
	incidents: Incident[];
	/** Every update, drafts and embargoed ones included, oldest first. */
	updates: Update[];
}

export interface Site {
	organisation: LocalText;
	languages: string[];
	sourceLanguage: string;
	timeZone: string;
	siteUrl: string;
	campuses: Campus[];
	contacts: {
		/** The emergency number, shown first and on the first screen. */
		emergency: string;
		/** Every other number and place, in the order they are shown (site.yaml's old fields read as entries first). */
		others: Contact[];
	};
	mirrors: string[];
	area?: { description: LocalText; circle?: string };
	/** CAP's categories of every alert: site.yaml's `cap.category`, or the default for its state set. */
	capCategories: readonly CapCategory[];
	/** What kind of place the organisation is, for schema.org: site.yaml's `place_type`, or the default for its state set. */
	placeType: PlaceType;
	/** How many of the newest updates each feed carries. */
	feedItems: number;
	/** Where `npm run announce` sends new updates, as site.yaml says. */
	announce?: AnnounceSettings;
	/**
	 * A drill: every output says so first (src/lib/exercise.ts). The one answer every output asks,
	 * decided when the content is loaded (site.yaml, or `LANTERN_EXERCISE=1` for a build).
	 */
	exercise: boolean;
}

export interface Campus {
	id: string;
	name: LocalText;
	address?: string;
}

/** A number or place under "What to do now" (src/lib/contacts.ts reads it for every output). */
export interface Contact {
	/** Its placeholder in templates, `{customer_line}`; `gp_on_call`, `info_line` and `hospitals` are Lantern's. */
	id: string;
	/** The words before it, per language; absent (or without a language) only where Lantern has words for its id. */
	label?: LocalText;
	phone?: string;
	email?: string;
	url?: string;
	/** A line after it, per language. */
	note?: LocalText;
	/** Places to go to instead, in order. */
	places: Place[];
}

export interface Place {
	name: string;
	phone?: string;
	url?: string;
}

export interface ServiceGroup {
	id: string;
	name: LocalText;
}

export interface Service {
	id: string;
	campus?: string;
	/** Absent on a site without groups, or for a service listed after the groups. */
	group?: string;
	name: LocalText;
	description?: LocalText;
	advice?: LocalText;
	/** Shown on the home page's first screen in every state. */
	key: boolean;
}

export interface Incident {
	id: string;
	title: LocalText;
	started: Date;
	summary?: LocalText;
}

export interface ServiceEntry {
	/** Absent only in an entry that cancels planned changes and sets nothing new. */
	state?: StateKey;
	note?: string;
	/** A change announced ahead of time takes effect then (after `published`). */
	from?: Date;
	/** The end of a window, after which the service returns to its state before it. */
	until?: Date;
	/** Cancels what earlier updates planned for this service and has not begun (a window under way ends). */
	cancel?: true;
}

/** The words of an update in one language. */
export interface UpdateText {
	lang: string;
	title: string;
	summary?: string;
	/** The MDX body as written (rendered by Astro's content layer). */
	body: string;
	/** The file, as shown in messages. */
	file: string;
}

export interface Translation extends UpdateText {
	/** Translated service notes, by service id. */
	notes: Record<string, string>;
	/** True when the source text changed after this translation was made. */
	outdated: boolean;
}

export interface Update {
	/** The folder name, stable for ever: it is the URL, the feed id and the CAP identifier. */
	id: string;
	incident: string;
	published: Date;
	/** When the text was last corrected; `published` when it never was. */
	updated: Date;
	phase: Phase;
	/** Only the services this update changes (or re-notes). */
	services: Record<string, ServiceEntry>;
	nextUpdate?: Date;
	draft: boolean;
	source: UpdateText;
	/** Fingerprint of the source text; translations carry the one they were made from. */
	sourceHash: string;
	translations: Record<string, Translation>;
}
