import type { StatuspageDocuments } from '../api/statuspage.ts';
import type { LanternContent } from '../content/model.ts';
import type { Routes } from '../routes.ts';
import { withTrailingSlash } from '../url.ts';
import type { Announcement } from './announcement.ts';
import { emailMessage, type MailMessage } from './messages/email.ts';
import { ntfyMessage } from './messages/ntfy.ts';
import { blueskyPost, mastodonStatus } from './messages/posts.ts';
import { slackMessage, statuspageWebhook, teamsMessage } from './messages/webhooks.ts';
import { websubPing, websubTopics } from './messages/websub.ts';
import { messageIdentity } from './identity.ts';
import type { Target } from './plan.ts';

/**
 * Exactly what is sent for one delivery, before any secret is read: the dry run prints it and
 * the sender sends it, so what a comms officer reads in a dry run is what subscribers get.
 */
export type Outgoing =
	| { type: 'email'; smtp: string; userEnv?: string; passwordEnv?: string; mail: MailMessage }
	| {
			type: 'http';
			/** The address, or the environment variable that holds it when the address is itself a secret. */
			url: { value: string } | { env: string };
			/** `Authorization: Bearer` from this environment variable. */
			bearerEnv?: string;
			headers: Record<string, string>;
			json: unknown;
	  }
	| {
			type: 'bluesky';
			service: string;
			handle: string;
			passwordEnv: string;
			rkey: string;
			record: ReturnType<typeof blueskyPost>['record'];
	  }
	| { type: 'websub'; hub: string; bodies: string[] };

export interface OutgoingContext {
	content: LanternContent;
	routes: Routes;
	statuspage: StatuspageDocuments;
}

export function outgoingOf(target: Target, announcement: Announcement, context: OutgoingContext): Outgoing {
	switch (target.type) {
		case 'email':
			return {
				type: 'email',
				smtp: target.smtp,
				...(target.user_env && { userEnv: target.user_env }),
				...(target.password_env && { passwordEnv: target.password_env }),
				mail: emailMessage(announcement, target),
			};
		case 'mastodon': {
			const status = mastodonStatus(announcement, target);
			return {
				type: 'http',
				url: { value: new URL(status.path, target.server).href },
				bearerEnv: target.token_env,
				headers: { 'Idempotency-Key': status.idempotencyKey },
				json: status.body,
			};
		}
		case 'bluesky':
			return {
				type: 'bluesky',
				service: target.service,
				handle: target.handle,
				passwordEnv: target.password_env,
				...blueskyPost(announcement),
			};
		case 'ntfy':
			return {
				type: 'http',
				// ntfy may be served under a path of its own: publish at that path, not at the host's root.
				url: { value: withTrailingSlash(target.server) },
				...(target.token_env && { bearerEnv: target.token_env }),
				headers: {},
				json: ntfyMessage(announcement, target),
			};
		case 'webhook':
			return {
				type: 'http',
				url: { env: target.url_env },
				// A receiver that keeps what it took can tell a repeat by this, whatever the format.
				headers: { 'Idempotency-Key': messageIdentity(announcement) },
				json: webhookBody(target.format, announcement, context),
			};
		case 'websub':
			return { type: 'websub', hub: target.hub, bodies: websubTopics(context.content, context.routes).map(websubPing) };
	}
}

function webhookBody(
	format: 'statuspage' | 'teams' | 'slack',
	announcement: Announcement,
	{ statuspage }: OutgoingContext,
) {
	if (format === 'slack') return slackMessage(announcement);
	if (format === 'teams') return teamsMessage(announcement);
	const updateId = announcement.updateId;
	const incident = statuspage.incidents.incidents.find((entry) =>
		entry.incident_updates.some((update) => update.id === updateId),
	);
	if (!incident) throw new Error(`The Statuspage documents have no incident with update ${updateId}`);
	return statuspageWebhook(announcement, incident, statuspage.incidents.page.id);
}
