/**
 * The candidate closest to what was typed, if it is close enough to be a typo
 * (at most a third of the word's letters different). Case is ignored.
 */
export function closestMatch(found: string, candidates: readonly string[]): string | undefined {
	const typed = found.toLowerCase();
	let best: string | undefined;
	let bestDistance = Math.max(1, Math.floor(typed.length / 3)) + 1;
	for (const candidate of candidates) {
		const distance = editDistance(typed, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}
