import { z } from 'astro/zod';
import { idSchema, instantSchema, languageCodeSchema } from './common.ts';

/**
 * `announce:` in site.yaml: where `npm run announce` sends each new update. Secrets are never
 * written here: a channel names the environment variable that holds each one.
 */

/** The name of an environment variable holding a secret, such as LANTERN_MASTODON_TOKEN. */
const secretName = z
	.string()
	.regex(/^[A-Z][A-Z0-9_]*$/, 'the name of an environment variable in capitals, such as LANTERN_MASTODON_TOKEN');

/**
 * A server's address. https only: a token sent over plain http can be read on the way. Plain
 * http is allowed for a server on this machine (a local relay, or a test stand-in).
 */
const serverUrl = z.url({ protocol: /^https?$/ }).refine((text) => {
	const url = new URL(text);
	return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}, 'a web address starting with https:// (http:// only for localhost)');

/** A public web address, for readers (never fetched by the site). */
const publicUrl = z.url({ protocol: /^https?$/, error: 'a web address starting with https://' });

const channelBase = {
	/** How runs and the ledger name this channel (`--only NAME`); unique. */
	name: idSchema,
	/** The languages to announce in, each sent apart; default: the source language. */
	languages: z.array(languageCodeSchema).min(1).optional(),
};

/** A channel readers can follow themselves (not a webhook). */
const followable = {
	...channelBase,
	/**
	 * Where a reader subscribes (the list's sign-up page, the account's profile), one address or
	 * one per language; "Follow these updates" on the site links to it. An ntfy topic needs none:
	 * its own address on the server is the link.
	 */
	subscribe: z.union([publicUrl, z.record(languageCodeSchema, publicUrl)]).optional(),
};

/** Mail to one list address per language; the organisation's list provider keeps the subscribers. */
const emailChannel = z.strictObject({
	...followable,
	type: z.literal('email'),
	/** The SMTP server: `smtps://smtp.example.org:465` or `smtp://smtp.example.org:587` (STARTTLS). */
	smtp: z.url({ protocol: /^smtps?$/, error: 'an address such as smtps://smtp.example.org:465' }),
	/** The sender, such as `AZ Voorbeeld <updates@azvoorbeeld.example>`. */
	from: z.string().min(3),
	/** The list address per language. */
	to: z.record(languageCodeSchema, z.email()),
	/** Environment variables with the SMTP login; leave both out for a server that needs none. */
	user_env: secretName.optional(),
	password_env: secretName.optional(),
});

/** A Mastodon account: an access token of an application with the write:statuses scope. */
const mastodonChannel = z.strictObject({
	...followable,
	type: z.literal('mastodon'),
	/** The account's server, such as https://mastodon.social. */
	server: serverUrl,
	token_env: secretName,
	/** Who may see the posts; public by default. */
	visibility: z.enum(['public', 'unlisted']).default('public'),
});

/** A Bluesky account: its handle and an app password (never the account's own password). */
const blueskyChannel = z.strictObject({
	...followable,
	type: z.literal('bluesky'),
	/** The account's server (PDS); https://bsky.social for most accounts. */
	service: serverUrl.default('https://bsky.social'),
	handle: z.string().min(3),
	password_env: secretName,
});

/** Push messages through ntfy: one topic per language, on ntfy.sh or a server of your own. */
const ntfyChannel = z.strictObject({
	...followable,
	type: z.literal('ntfy'),
	server: serverUrl.default('https://ntfy.sh'),
	/** The topic per language (readers subscribe to it in the ntfy app). */
	topics: z.record(languageCodeSchema, z.string().regex(/^[-_A-Za-z0-9]{1,64}$/, 'letters, digits, - and _')),
	/** An access token, for a protected topic. */
	token_env: secretName.optional(),
});

/** A webhook: its address is a secret (whoever has it can post), so it comes from the environment. */
const webhookChannel = z.strictObject({
	...channelBase,
	type: z.literal('webhook'),
	/** `statuspage`: Statuspage's incident webhook body; `teams` and `slack`: their incoming webhooks. */
	format: z.enum(['statuspage', 'teams', 'slack']),
	url_env: secretName,
});

export const announceChannelSchema = z.discriminatedUnion('type', [
	emailChannel,
	mastodonChannel,
	blueskyChannel,
	ntfyChannel,
	webhookChannel,
]);
export type AnnounceChannel = z.infer<typeof announceChannelSchema>;
export type ChannelType = AnnounceChannel['type'];

export const announceSchema = z.strictObject({
	/**
	 * Updates published before this moment are never announced: set it to when announcing
	 * starts, so the first run does not send the whole archive.
	 */
	since: instantSchema,
	/** Announce an update again, as a correction, when its words or states change after it was sent. */
	corrections: z.boolean().default(false),
	/** A WebSub hub: the feeds name it, and every run pings it, so feed readers hear at once. */
	websub_hub: serverUrl.optional(),
	channels: z.array(announceChannelSchema).default([]),
});
export type AnnounceSettings = z.infer<typeof announceSchema>;
