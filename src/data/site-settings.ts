import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../lib/content/problems.ts';
import { contentFolder } from '../lib/content/content-folder.ts';
import { readSite } from '../lib/content/read-site.ts';
import { buildClock } from '../lib/time.ts';
import { withTrailingSlash } from '../lib/url.ts';
import { loadLantern, type LanternOptions } from './load-lantern.ts';

/** What a build is of: decided once, from the environment, before Astro starts. */
export type BuildOptions = Omit<LanternOptions, 'preview'>;

/**
 * `LANTERN_CONTENT` picks the content folder, `LANTERN_NOW` the build's clock, and
 * `SITE_URL` and `BASE_PATH` override site.yaml, so one content folder can be published to
 * several hosts. `LANTERN_EXERCISE=1` makes the build a drill (a rehearsal on a test address).
 */
export function buildOptionsFromEnv(env: Record<string, string | undefined>): BuildOptions {
	const settings = environmentSettings(env);
	return {
		folder: contentFolder(env),
		now: buildClock(env),
		fixedClock: Boolean(env['LANTERN_NOW']),
		...settings,
	};
}

/**
 * What a build takes from the environment besides the folder and the clock: `SITE_URL`,
 * `BASE_PATH` and `LANTERN_EXERCISE`. A value that is not allowed throws, saying which and why;
 * `npm run check` asks too, so content that checks also builds.
 */
export function environmentSettings(
	env: Record<string, string | undefined>,
): Pick<BuildOptions, 'siteUrl' | 'basePath' | 'exercise'> {
	const siteUrl = env['SITE_URL'];
	if (siteUrl && !URL.canParse(siteUrl)) throw new Error(`SITE_URL is not a web address: ${JSON.stringify(siteUrl)}`);
	return {
		...(siteUrl && { siteUrl }),
		...(env['BASE_PATH'] && { basePath: env['BASE_PATH'] }),
		...(exerciseFromEnv(env['LANTERN_EXERCISE']) && { exercise: true }),
	};
}

/**
 * `LANTERN_EXERCISE`: 1 (or true) for a drill; 0, false or unset leave it to site.yaml. Anything
 * else stops the build: a drill published as real because of a typo would be the worst mistake.
 */
function exerciseFromEnv(value: string | undefined): boolean {
	const written = (value ?? '').trim().toLowerCase();
	if (['1', 'true'].includes(written)) return true;
	if (['', '0', 'false'].includes(written)) return false;
	throw new Error(`LANTERN_EXERCISE takes 1 (a drill) or 0 (as site.yaml says); found ${JSON.stringify(value)}`);
}

export interface SiteSettings {
	siteUrl: string;
	basePath: string;
	/** The site's languages, for the hosting files. */
	languages: string[];
	/** A drill: the hosting files ask search engines to index nothing. */
	exercise: boolean;
}

/**
 * What Astro's own config needs from the content: the site's address, its base path and its
 * languages. It comes from the one load of the content the whole build shares. When the
 * content has errors (the content check reports them, with their lines, and stops a build),
 * site.yaml alone is read, so that a writer's preview still runs at the right address.
 */
export async function siteSettings(build: BuildOptions): Promise<SiteSettings> {
	let site: { siteUrl: string; languages: string[]; exercise: boolean } | undefined;
	try {
		({ site } = (await loadLantern({ ...build, preview: false })).content);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		const file = path.join(build.folder, 'site.yaml');
		const text = await readFile(file, 'utf8').catch(() => undefined);
		site = text === undefined ? undefined : readSite({ file, text }).site;
	}
	const siteUrl = build.siteUrl ?? site?.siteUrl ?? 'http://localhost:4321/';
	return {
		siteUrl,
		basePath: withTrailingSlash(build.basePath || new URL(siteUrl).pathname),
		languages: site?.languages ?? [],
		exercise: Boolean(build.exercise || site?.exercise),
	};
}

/** One Astro cache per content folder, so builds of different folders never share stale entries. */
export function contentCacheDir(folder: string): string {
	const folderKey = createHash('sha256').update(folder).digest('hex').slice(0, 12);
	return path.resolve('node_modules/.astro', `content-${folderKey}`);
}
