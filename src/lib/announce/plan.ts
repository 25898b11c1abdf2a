import type { AnnounceChannel, AnnounceSettings } from '../../schemas/announce.ts';
import { channelLanguages } from '../content/read-announce.ts';
import { languageName } from '../i18n/locales.ts';
import { announcementOf, type Announcement, type AnnouncementSources } from './announcement.ts';
import { WEBSUB_CHANNEL } from './channels.ts';
import { ledgerKey, type Ledger } from './ledger.ts';

/** The hub ping, sent and recorded like a channel; it carries no words, so it has one "language". */
export interface WebsubTarget {
	name: typeof WEBSUB_CHANNEL;
	type: 'websub';
	hub: string;
}
export type Target = AnnounceChannel | WebsubTarget;
export const ALL_LANGUAGES = '*';

export type Delivery = {
	target: Target;
	updateId: string;
	lang: string;
	key: string;
} & (
	| { state: 'due'; announcement: Announcement }
	| { state: 'already' }
	| { state: 'waiting'; reason: string }
	/** The service refused this very text before; once the text changes it is sent (as a first message). */
	| { state: 'refused'; reason: string }
);

export interface PlanOptions {
	/** Only these channels (`--only`). */
	only?: readonly string[];
	/** This update alone, whether or not it was published after `since` (`--update`). */
	update?: string;
}

/** Every channel of the run, WebSub's hub last (it is told after the readers' own channels). */
export function targetsOf(settings: AnnounceSettings): Target[] {
	return [
		...settings.channels,
		...(settings.websub_hub ? [{ name: WEBSUB_CHANNEL, type: 'websub', hub: settings.websub_hub } as const] : []),
	];
}

/**
 * What a run does, update by update (oldest first, so no channel tells them out of order),
 * channel by channel, language by language. Updates published before `since` are never
 * announced; an update is due on a channel until the ledger has it, and again, as a
 * correction, when the site asks for corrections and what would be sent has changed.
 */
export function planDeliveries(
	sources: AnnouncementSources,
	settings: AnnounceSettings,
	ledger: Ledger,
	options: PlanOptions = {},
): Delivery[] {
	const { site } = sources.content;
	const targets = targetsOf(settings).filter((target) => !options.only || options.only.includes(target.name));
	const entries = options.update
		? sources.status.updates.filter((entry) => entry.update.id === options.update)
		: sources.status.updates.filter((entry) => entry.update.published >= settings.since);
	return entries.flatMap((entry) =>
		targets.flatMap((target) => {
			const languages = target.type === 'websub' ? [ALL_LANGUAGES] : channelLanguages(target, site.sourceLanguage);
			return languages.map((lang): Delivery => {
				const updateId = entry.update.id;
				const key = ledgerKey(target.name, updateId, lang);
				const base = { target, updateId, lang, key };
				const textLang = lang === ALL_LANGUAGES ? site.sourceLanguage : lang;
				const announcement = announcementOf(sources, entry, textLang);
				if (!announcement)
					return {
						...base,
						state: 'waiting',
						reason: `no ${languageName(lang, 'en')} text yet; it is sent once the translation is published`,
					};
				const sent = ledger.sent[key];
				if (!sent) return { ...base, state: 'due', announcement };
				if (sent.refused)
					return sent.fingerprint === announcement.fingerprint
						? { ...base, state: 'refused', reason: sent.refused }
						: { ...base, state: 'due', announcement };
				if (settings.corrections && sent.fingerprint !== announcement.fingerprint)
					return { ...base, state: 'due', announcement: announcementOf(sources, entry, textLang, true)! };
				return { ...base, state: 'already' };
			});
		}),
	);
}

/** A channel name `--only` does not know, with the names it does. */
export function unknownChannels(settings: AnnounceSettings, only: readonly string[]): string[] {
	const known = new Set(targetsOf(settings).map((target) => target.name));
	return only.filter((name) => !known.has(name));
}
