/** Which tests a pull request needs: `content` when it changes only the content folder, else all of them. */
export type Lane = 'content' | 'full';

/**
 * A change to content/ alone (a new update from the web editor or a form) cannot break code, so
 * it needs the content check, the build and the content tests, not every browser test.
 * Anything else, and an empty or unknown list of changes, runs everything.
 */
export function laneFor(changedFiles: readonly string[]): Lane {
	const files = changedFiles.map((file) => file.trim()).filter(Boolean);
	return files.length > 0 && files.every((file) => file.startsWith('content/')) ? 'content' : 'full';
}
