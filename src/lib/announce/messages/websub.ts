import type { LanternContent } from '../../content/model.ts';
import { absoluteUrl, type Routes } from '../../routes.ts';

/**
 * The feeds a WebSub hub is told about when an update is published: every language's feed in
 * every format (each names the hub, src/lib/feeds). A hub fetches each and pushes it to the
 * feed readers that subscribed, so they hear in seconds instead of at their next poll.
 */
export function websubTopics(content: LanternContent, routes: Routes): string[] {
	return content.site.languages.flatMap((lang) =>
		routes.feeds(lang).map(({ href }) => absoluteUrl(content.site.siteUrl, href)),
	);
}

/** The publish ping most hubs take: `hub.mode=publish` and the topic, form-encoded. */
export function websubPing(topic: string): string {
	return new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }).toString();
}
