import { INCIDENT_STATUS, INDICATOR, type StatuspageDocuments } from '../../api/statuspage.ts';
import { asExercise } from '../../exercise.ts';
import { announcementBlocks, contextLine, headline, type Announcement } from '../announcement.ts';
import { fitBlocks, graphemeLength } from '../fit-text.ts';

type StatuspageIncident = StatuspageDocuments['incidents']['incidents'][number];

/** The lines of a chat message, where length does not matter: the summary, the changes as a list, the next update. */
function chatLines(announcement: Announcement, bullet: string): string[] {
	return announcementBlocks(announcement, { title: false, bullet }).map((block) =>
		typeof block === 'string' ? block : block.whole,
	);
}

/**
 * The body of Statuspage's incident webhook (`meta`, `page`, `incident`), so a receiver written
 * for Statuspage works unchanged. The incident is as the Statuspage API describes it, up to and
 * including this update, whose body is the announcement in the channel's language.
 */
export function statuspageWebhook(announcement: Announcement, incident: StatuspageIncident, pageId: string) {
	const t = announcement.words;
	const tone = announcement.worst.tone;
	const shown = incident.incident_updates.filter(
		(entry) => Date.parse(entry.created_at ?? '') <= announcement.published.getTime(),
	);
	return {
		meta: {
			unsubscribe: null,
			documentation: 'https://support.atlassian.com/statuspage/docs/enable-webhook-notifications/',
		},
		page: {
			id: pageId,
			status_indicator: INDICATOR[announcement.worst.statuspage],
			status_description: asExercise(announcement, announcement.words, t.overall[tone]),
		},
		incident: {
			...incident,
			name: asExercise(announcement, announcement.words, announcement.incident),
			// As the incident stood at this update, not as it stands when a late run sends it.
			status: INCIDENT_STATUS[announcement.phase],
			updated_at: announcement.published.toISOString(),
			resolved_at: announcement.phase === 'resolved' ? announcement.published.toISOString() : null,
			backfilled: false,
			incident_updates: shown.map((entry) =>
				entry.id === announcement.updateId
					? { ...entry, body: [headline(announcement), ...chatLines(announcement, '- ')].join('\n') }
					: entry,
			),
		},
	};
}

/** Slack's incoming webhook: blocks for the app, `text` for notifications and old clients. */
export function slackMessage(announcement: Announcement) {
	const t = announcement.words;
	// Slack reads &, < and > as markup in its mrkdwn text.
	const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const title = headline(announcement);
	return {
		text: `${escape(title)} ${announcement.url}`,
		blocks: [
			// A header holds at most 150 characters.
			{
				type: 'header',
				text: { type: 'plain_text', text: fitBlocks([title], undefined, { limit: 150, measure: graphemeLength }) },
			},
			{
				type: 'section',
				// A section's text holds at most 3,000 characters.
				text: {
					type: 'mrkdwn',
					text: fitBlocks(
						announcementBlocks(announcement, { title: false, bullet: '• ', escape }),
						`<${announcement.url}|${escape(t.announce.readMore)}>`,
						{
							limit: 3000,
							measure: graphemeLength,
							separator: '\n',
						},
					),
				},
			},
			{
				type: 'context',
				elements: [{ type: 'plain_text', text: contextLine(announcement) }],
			},
		],
	};
}

/** A Teams workflow webhook ("When a Teams webhook request is received"): an Adaptive Card. */
export function teamsMessage(announcement: Announcement) {
	const t = announcement.words;
	return {
		type: 'message',
		attachments: [
			{
				contentType: 'application/vnd.microsoft.card.adaptive',
				contentUrl: null,
				content: {
					$schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
					type: 'AdaptiveCard',
					version: '1.4',
					lang: announcement.lang,
					body: [
						{ type: 'TextBlock', text: contextLine(announcement), isSubtle: true, wrap: true },
						{ type: 'TextBlock', text: headline(announcement), size: 'Large', weight: 'Bolder', wrap: true },
						...chatLines(announcement, '- ').map((line) => ({ type: 'TextBlock', text: line, wrap: true })),
					],
					actions: [{ type: 'Action.OpenUrl', title: t.announce.readMore, url: announcement.url }],
				},
			},
		],
	};
}
