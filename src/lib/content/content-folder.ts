import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the demo lives in the repository: built when the repository has no content of its own. */
export const DEMO_FOLDER = 'examples/demo';

/** The folder a site of one's own lives in (`npm run init` writes it). */
export const OWN_FOLDER = 'content';

/** Which content folder a command works on, and why. */
export interface ContentFolderChoice {
	folder: string;
	/**
	 * `env`: LANTERN_CONTENT names it; `own`: the repository's `content/`; `demo`: neither, so the
	 * demo, which a command says aloud (a real site must never publish the demo by accident).
	 */
	reason: 'env' | 'own' | 'demo';
}

/**
 * The one rule for the content folder, used by every command and by Astro's config:
 * `LANTERN_CONTENT` when set, else `content/` when it exists, else the demo. `exists` is
 * passed in so that the rule is tested without touching a disk.
 */
export function chooseContentFolder(
	env: Record<string, string | undefined> = process.env,
	cwd = process.cwd(),
	exists: (folder: string) => boolean = existsSync,
): ContentFolderChoice {
	const named = env['LANTERN_CONTENT'];
	if (named) return { folder: path.resolve(cwd, named), reason: 'env' };
	const own = path.resolve(cwd, OWN_FOLDER);
	if (exists(own)) return { folder: own, reason: 'own' };
	return { folder: path.resolve(cwd, DEMO_FOLDER), reason: 'demo' };
}

/** The line a command prints when it falls back to the demo. */
export const DEMO_NOTICE = `No ${OWN_FOLDER}/ folder here, so this is the demo (${DEMO_FOLDER}/); npm run init starts a site of your own.`;

/** What a command that must not work on the demo by accident says when there is no content of its own. */
export function noOwnContentMessage(action: string): string {
	return `There is no ${OWN_FOLDER}/ folder here, and ${action} never falls back to the demo (${DEMO_FOLDER}/). Run npm run init to start a site of your own, or set LANTERN_CONTENT to the folder you mean (LANTERN_CONTENT=${DEMO_FOLDER} for the demo).`;
}

/**
 * The content folder (see `chooseContentFolder`). When it falls back to the demo it says so on
 * stderr, so that what a command prints on stdout stays its own, and pins the choice in
 * LANTERN_CONTENT: Astro's config and the content collection, read later in the same process,
 * then take the same folder without saying it again.
 */
export function contentFolder(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
	const choice = chooseContentFolder(env, cwd);
	if (choice.reason === 'demo') {
		console.error(DEMO_NOTICE);
		env['LANTERN_CONTENT'] = choice.folder;
	}
	return choice.folder;
}

/**
 * The content folder for a command that writes into it or publishes it: the demo only when
 * LANTERN_CONTENT names it, never as a fallback. Returns the message to stop with otherwise.
 */
export function ownContentFolder(
	action: string,
	env: Record<string, string | undefined> = process.env,
	cwd = process.cwd(),
): { folder: string } | { refused: string } {
	const choice = chooseContentFolder(env, cwd);
	return choice.reason === 'demo' ? { refused: noOwnContentMessage(action) } : { folder: choice.folder };
}
