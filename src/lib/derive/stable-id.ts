/** Stable ids for computed results, in the manner of `figureId` in schema/series.ts. */
import { hash } from 'node:crypto';

/**
 * `d-…` (derived figure), `c-…` (cross-check) or `k-…` (conflict) followed by the first ten
 * hex digits of sha256 over the rule and its inputs: the same rule over the same figures
 * keeps its id (and permalink) when a value or quote is corrected.
 */
export function stableId(
	prefix: 'd' | 'c' | 'k' | 's',
	rule: string,
	inputs: readonly string[],
): string {
	// One-shot hash: the same digest as createHash().update().digest(), without the stream object.
	return `${prefix}-${hash('sha256', `${rule}@${inputs.join(',')}`, 'hex').slice(0, 10)}`;
}
