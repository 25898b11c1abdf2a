import type { Site } from '../content/model.ts';
import { channelLanguages } from '../content/read-announce.ts';
import { withTrailingSlash } from '../url.ts';

export type FollowableType = 'email' | 'mastodon' | 'bluesky' | 'ntfy';

/**
 * Where a reader of `lang` can have the updates come to them, in the order site.yaml lists the
 * channels: each channel that announces in that language and has a public address for it (its
 * `subscribe` link, or an ntfy topic's own address). Webhooks are for partners, not listed.
 */
export function subscribeLinks(site: Site, lang: string): { type: FollowableType; href: string }[] {
	return (site.announce?.channels ?? []).flatMap((channel) => {
		if (channel.type === 'webhook' || !channelLanguages(channel, site.sourceLanguage).includes(lang)) return [];
		const given = typeof channel.subscribe === 'string' ? channel.subscribe : channel.subscribe?.[lang];
		const topic = channel.type === 'ntfy' ? channel.topics[lang] : undefined;
		const href =
			given ?? (channel.type === 'ntfy' && topic ? `${withTrailingSlash(channel.server)}${topic}` : undefined);
		return href ? [{ type: channel.type, href }] : [];
	});
}
