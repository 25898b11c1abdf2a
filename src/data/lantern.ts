import { contentFolder, loadContent, withSiteUrlFromEnv } from '../lib/content/load-content.ts';
import { findService } from '../lib/content/find-service.ts';
import type { LanternContent, Service, Update } from '../lib/content/model.ts';
import { createRoutes } from '../lib/routes.ts';
import { computeStatus, type StatusModel } from '../lib/status/engine.ts';
import { publishedUpdates } from '../lib/status/publication.ts';
import { buildClock } from '../lib/time.ts';

export interface Lantern {
	content: LanternContent;
	status: StatusModel;
	routes: ReturnType<typeof createRoutes>;
	service(id: string): Service;
	/** Public updates, newest first (the order of the timeline and feeds). */
	newestFirst: Update[];
}

let loaded: Promise<Lantern> | undefined;

/**
 * The content and the status engine's answers, loaded and computed once per build and
 * shared by every page (the build renders all pages in one process).
 */
export function getLantern(): Promise<Lantern> {
	// A writer previewing with `astro dev` edits files between requests: read them afresh each time.
	if (process.env['LANTERN_SHOW_DRAFTS'] === '1') return load();
	loaded ??= load();
	return loaded;
}

async function load(): Promise<Lantern> {
	const now = buildClock();
	const content = withSiteUrlFromEnv((await loadContent(contentFolder(), now)).content);
	const updates = publishedUpdates(content.updates, { now, includeDrafts: process.env['LANTERN_SHOW_DRAFTS'] === '1' });
	const status = computeStatus(content, updates, now);
	return {
		content,
		status,
		routes: createRoutes(import.meta.env.BASE_URL),
		service: (id) => {
			const service = findService(content, id);
			if (!service) throw new Error(`Unknown service ${id}`);
			return service;
		},
		newestFirst: [...updates].reverse(),
	};
}
