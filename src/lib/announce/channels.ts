import type { AnnounceChannel, AnnounceSettings } from '../../schemas/announce.ts';

/** Each kind of channel site.yaml can name, narrowed from the schema's union. */
export type EmailChannel = Extract<AnnounceChannel, { type: 'email' }>;
export type MastodonChannel = Extract<AnnounceChannel, { type: 'mastodon' }>;
export type BlueskyChannel = Extract<AnnounceChannel, { type: 'bluesky' }>;
export type NtfyChannel = Extract<AnnounceChannel, { type: 'ntfy' }>;
export type WebhookChannel = Extract<AnnounceChannel, { type: 'webhook' }>;

/** WebSub is not a channel of site.yaml's list but is sent and recorded like one, under this name. */
export const WEBSUB_CHANNEL = 'websub';

/** The environment variables a channel reads its secrets from. */
export function secretNames(channel: AnnounceChannel): string[] {
	switch (channel.type) {
		case 'email':
			return [channel.user_env, channel.password_env].filter((name): name is string => name !== undefined);
		case 'mastodon':
		case 'ntfy':
			return channel.token_env ? [channel.token_env] : [];
		case 'bluesky':
			return [channel.password_env];
		case 'webhook':
			return [channel.url_env];
	}
}

/** The values of every secret the channels name that this environment holds: what no output may show. */
export function channelSecrets(settings: AnnounceSettings, env: Record<string, string | undefined>): string[] {
	return settings.channels.flatMap(secretNames).flatMap((name) => env[name] || []);
}
