/**
 * The newest `limit` items of a list kept oldest first, newest first, and how many older ones
 * are left out: a page that grows with every update shows the newest and points to the full list.
 */
export function newestOf<T>(oldestFirst: readonly T[], limit: number): { newest: T[]; older: number } {
	const newest = [...oldestFirst].reverse().slice(0, Math.max(0, limit));
	return { newest, older: oldestFirst.length - newest.length };
}
