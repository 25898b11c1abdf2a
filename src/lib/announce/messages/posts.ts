import { TID } from '@atproto/common-web';
import { createHash } from 'node:crypto';
import type { MastodonChannel } from '../channels.ts';
import { announcementBlocks, type Announcement } from '../announcement.ts';
import { fitBlocks, graphemeLength, mastodonLength } from '../fit-text.ts';
import { messageIdentity } from '../identity.ts';

/** A post's blocks, most important first (fit-text.ts says how a long post is shortened). */
export const MASTODON_LIMIT = 500;
export const BLUESKY_LIMIT = 300;

/** Mastodon's `POST /api/v1/statuses`: the body, and the Idempotency-Key that makes a repeat harmless. */
export function mastodonStatus(announcement: Announcement, channel: MastodonChannel) {
	return {
		path: '/api/v1/statuses',
		// Mastodon keeps a key for an hour: the same post sent again in that time is not posted twice.
		idempotencyKey: messageIdentity(announcement),
		body: {
			status: fitBlocks(announcementBlocks(announcement), announcement.url, {
				limit: MASTODON_LIMIT,
				measure: mastodonLength,
			}),
			language: announcement.lang,
			visibility: channel.visibility,
		},
	};
}

/** A Bluesky post record (`app.bsky.feed.post`) with its link as a facet, and the record key it is written under. */
export function blueskyPost(announcement: Announcement) {
	const text = fitBlocks(announcementBlocks(announcement), announcement.url, {
		limit: BLUESKY_LIMIT,
		measure: graphemeLength,
	});
	const bytes = new TextEncoder();
	const start = bytes.encode(text.slice(0, text.lastIndexOf(announcement.url))).length;
	return {
		rkey: recordKey(announcement),
		record: {
			$type: 'app.bsky.feed.post',
			text,
			langs: [announcement.lang],
			// Facets point at UTF-8 byte offsets, not string indexes.
			facets: [
				{
					index: { byteStart: start, byteEnd: start + bytes.encode(announcement.url).length },
					features: [{ $type: 'app.bsky.richtext.facet#link', uri: announcement.url }],
				},
			],
		},
	};
}

/**
 * A record key that is the same every time this announcement is sent, so a second attempt
 * finds the first post instead of making another: a TID (the key type posts require) made
 * from the update's time, with the microseconds and the clock id taken from what is announced,
 * so the posts of one update in two languages (or a correction) collide once in a million.
 */
function recordKey(announcement: Announcement): string {
	const digest = createHash('sha256')
		.update(
			`${announcement.updateId}\n${announcement.lang}\n${announcement.correction ? announcement.fingerprint : ''}`,
		)
		.digest();
	const microseconds = announcement.published.getTime() * 1000 + (digest.readUInt16BE(0) % 1000);
	return TID.fromTime(microseconds, digest.readUInt16BE(2) % 1024).toString();
}
