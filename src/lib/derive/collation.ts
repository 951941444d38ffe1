/**
 * Sorting in localeCompare order without calling localeCompare for every comparison: the
 * fields results are ordered by (region, rule, series, dates) take few distinct values, so
 * each distinct value is ranked once and comparisons compare ranks.
 */

/**
 * Ranks of `texts`: rank(a) − rank(b) has the sign of a.localeCompare(b) (texts the collation
 * holds equal share a rank).
 */
export function collationRanks(texts: Iterable<string>): Map<string, number> {
	const distinct = [...new Set(texts)].sort((a, b) => a.localeCompare(b));
	const ranks = new Map<string, number>();
	let rank = 0;
	let previous: string | undefined;
	for (const text of distinct) {
		if (previous !== undefined && previous.localeCompare(text) !== 0) rank++;
		ranks.set(text, rank);
		previous = text;
	}
	return ranks;
}

/** A function giving the rank of each of `texts` (and -1 for any other text). */
export function rankOf(texts: Iterable<string>): (text: string) => number {
	const ranks = collationRanks(texts);
	return (text) => ranks.get(text) ?? -1;
}
