import type { Tone } from '../../states.ts';
import type { NtfyChannel } from '../channels.ts';
import { announcementBlocks, headline, type Announcement } from '../announcement.ts';
import { byteLength, fitBlocks } from '../fit-text.ts';
import { compactIdentity } from '../identity.ts';

/** ntfy turns a longer message into an attachment, which a lock screen does not show. */
export const NTFY_LIMIT = 4096;

/** ntfy's priorities: 2 low (quiet), 3 default, 4 high, 5 urgent (a long vibration that bursts through do-not-disturb on some phones). */
const PRIORITY: Record<Tone, number> = { ok: 2, minor: 3, major: 4, critical: 5 };

/** ntfy's JSON publishing (`POST /` with the topic in the body), which carries any language in the title. */
export function ntfyMessage(announcement: Announcement, channel: NtfyChannel) {
	return {
		topic: channel.topics[announcement.lang]!,
		title: headline(announcement),
		message: fitBlocks(announcementBlocks(announcement, { title: false }), undefined, {
			limit: NTFY_LIMIT,
			measure: byteLength,
			separator: '\n',
		}),
		priority: PRIORITY[announcement.worst.tone],
		click: announcement.url,
		tags: [announcement.phase === 'resolved' ? 'white_check_mark' : 'warning'],
		// ntfy 2.16 and later: a message with a sequence ID already shown replaces it on the phone
		// instead of adding a second one; older servers ignore the field and show both.
		sequence_id: compactIdentity(announcement),
	};
}
