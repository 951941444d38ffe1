/** Summaries of a list of numbers: nearest-rank percentiles, as page-size reports use them. */

export interface Summary {
	count: number;
	total: number;
	median: number;
	p95: number;
	max: number;
}

/** The value at rank ⌈q·n⌉ of the sorted values (nearest rank); 0 for no values. */
export function percentile(values: readonly number[], q: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
	return sorted[rank - 1] ?? 0;
}

/** Count, total, median (p50), p95 and maximum. */
export function summarise(values: readonly number[]): Summary {
	return {
		count: values.length,
		total: values.reduce((s, v) => s + v, 0),
		median: percentile(values, 0.5),
		p95: percentile(values, 0.95),
		max: values.reduce((m, v) => Math.max(m, v), 0),
	};
}

/** The smallest of repeated timings (the run least disturbed by other work), or 0. */
export function best(values: readonly number[]): number {
	return values.length === 0 ? 0 : Math.min(...values);
}
