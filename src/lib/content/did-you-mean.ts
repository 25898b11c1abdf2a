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

/** Edit distance counting a swap of two neighbouring letters as one edit ("wset" for "west"). */
function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = best;
		}
	}
	return rows[a.length]![b.length]!;
}
