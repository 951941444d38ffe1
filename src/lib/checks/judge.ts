/** The verdict of one cross-check: pass, within rounding, or mismatch. */
import type { CheckStatus } from '../schema/analysis.ts';
import type { Qualifier } from '../schema/enums.ts';
import type { Interval } from './interval.ts';
import { noise, rangesMeet, type Range } from './tolerance.ts';

/** What the source's other figures imply for the reported one. */
export interface Expectation {
	/** The value computed from the inputs as printed. */
	value: number;
	/** Every value the inputs allow, given their own rounding. */
	range: Interval;
	/**
	 * The reported figure need only be at least `value` (a total checked against only some of
	 * its parts: the parts not named may hold the rest).
	 */
	lowerBound: boolean;
}

/**
 * - `pass`: the statement holds for the inputs as printed (equal up to floating noise; for
 *   "more than" / "less than", on the right side of the bound).
 * - `within_rounding`: it holds for some value the reported figure and the inputs may stand
 *   for, given their printed rounding (the two ranges meet).
 * - `mismatch`: no rounding of the printed figures reconciles them.
 */
export function judge(
	reported: number,
	qualifier: Qualifier | null,
	range: Range,
	expected: Expectation,
): CheckStatus {
	const e = expected.value;
	const eps = noise(reported, e);
	const holds =
		qualifier === 'at_least'
			? e >= reported - eps
			: qualifier === 'at_most'
				? e <= reported + eps
				: expected.lowerBound
					? reported >= e - eps
					: Math.abs(reported - e) <= eps;
	if (holds) return 'pass';
	const allowed: Range = {
		lo: expected.range.lo,
		hi: expected.lowerBound ? Infinity : expected.range.hi,
		hiOpen: false,
	};
	return rangesMeet(range, allowed) ? 'within_rounding' : 'mismatch';
}
