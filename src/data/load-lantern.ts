import { loadContent } from '../lib/content/load-content.ts';
import { findService } from '../lib/content/find-service.ts';
import type { LanternContent, Service, Update } from '../lib/content/model.ts';
import type { Problem } from '../lib/content/problems.ts';
import { createRoutes, type Routes } from '../lib/routes.ts';
import { computeStatus, type StatusModel } from '../lib/status/engine.ts';
import { publishedUpdates } from '../lib/status/publication.ts';
import { withTrailingSlash } from '../lib/url.ts';

/** Everything a load depends on, decided once by the build (astro.config.mjs and the content integration). */
export interface LanternOptions {
	/** The content folder. */
	folder: string;
	/** The build's clock: embargoes and "overdue" are judged against it, the same for every page. */
	now: Date;
	/** `now` was set on purpose (`LANTERN_NOW`); otherwise a preview reads the real clock at every request. */
	fixedClock: boolean;
	/** A writer's preview (`astro dev`): drafts are shown and files are read afresh on every request. */
	preview: boolean;
	/** Publish on another address than site.yaml's (`SITE_URL`): every absolute link uses it. */
	siteUrl?: string | undefined;
	/** Serve under another path than the site address's own (`BASE_PATH`). */
	basePath?: string | undefined;
	/** A drill whatever site.yaml says (`LANTERN_EXERCISE=1`); it never turns site.yaml's `exercise: true` off. */
	exercise?: boolean | undefined;
}

export interface Lantern {
	content: LanternContent;
	/** What the content check found doubtful; the build prints them and goes on. */
	warnings: Problem[];
	status: StatusModel;
	routes: Routes;
	service(id: string): Service;
	/** Public updates, newest first (the order of the timeline and feeds). */
	newestFirst: Update[];
}

/**
 * The one cache of loaded content. Astro's config, the content check and the pages run in one
 * process but in different module graphs (the pages are bundled), so the cache is shared
 * through a global: a build reads and checks the content folder, and runs the engine, once.
 */
const loads: Map<string, Promise<Lantern>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('lantern.loads')] ??=
	new Map()) as never;

/** Reads and checks the content and runs the status engine; throws a ContentError listing every error. */
export function loadLantern(options: LanternOptions): Promise<Lantern> {
	// A writer's preview is edited between requests: never cached.
	if (options.preview) return load(options);
	const key = [options.folder, options.now.toISOString(), options.siteUrl, options.basePath, options.exercise].join(
		'\n',
	);
	let loading = loads.get(key);
	if (!loading) {
		loads.set(key, (loading = load(options)));
		// A failed load is not kept: the next attempt reads the files again.
		loading.catch(() => loads.delete(key));
	}
	return loading;
}

async function load(options: LanternOptions): Promise<Lantern> {
	const { preview } = options;
	// A preview runs for hours while updates are written: "now" moves on, so a new update shows.
	const now = preview && !options.fixedClock ? new Date() : options.now;
	const loaded = await loadContent(options.folder, now);
	const siteUrl = options.siteUrl ? withTrailingSlash(options.siteUrl) : loaded.content.site.siteUrl;
	// Decided here, once: every output asks `site.exercise` and none reads the environment again.
	const exercise = loaded.content.site.exercise || Boolean(options.exercise);
	const content = { ...loaded.content, site: { ...loaded.content.site, siteUrl, exercise } };
	const updates = publishedUpdates(content.updates, { now, includeDrafts: preview });
	return {
		content,
		warnings: loaded.warnings,
		status: computeStatus(content, updates, now),
		routes: createRoutes(options.basePath || new URL(siteUrl).pathname),
		service: (id) => {
			const service = findService(content, id);
			if (!service) throw new Error(`Unknown service ${id}`);
			return service;
		},
		newestFirst: [...updates].reverse(),
	};
}
