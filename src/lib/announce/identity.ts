import { createHash } from 'node:crypto';
import type { Announcement } from './announcement.ts';

/**
 * The one identity of a message: the same for every attempt to send one update in one language
 * in one version (its fingerprint, which a correction changes), so a service or a receiver that
 * gets it twice can tell it is a repeat. A run that dies after a service took a message, or a
 * service that answers after the deadline, leads to exactly such a repeat on the next run.
 * Mastodon takes it as its Idempotency-Key, webhooks as theirs.
 */
export function messageIdentity(announcement: Announcement): string {
	return `lantern-${announcement.updateId}-${announcement.lang}-${announcement.fingerprint}`;
}

/**
 * The identity in a form a service with a short, plain alphabet takes (ntfy's sequence ID, which
 * lives in a path: letters, digits, `-` and `_`, at most 64): a digest of the identity, as
 * stable as the identity itself.
 */
export function compactIdentity(announcement: Announcement): string {
	return `lantern-${createHash('sha256').update(messageIdentity(announcement)).digest('hex').slice(0, 32)}`;
}
