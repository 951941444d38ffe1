/**
 * How much a check result matters to a reader, beside its status (methodology, "Severity"):
 * - `agrees`: the figures add up as printed;
 * - `rounding`: they add up for some value the printed, rounded figures may stand for;
 * - `expected`: they do not add up, and the rule itself explains why (one person claiming from
 *   several programmes makes programme counts exceed the number of people);
 * - `small`: they do not add up, by at most 1 percentage point (percentages) or 5% of the
 *   computed value (amounts and counts) beyond rounding;
 * - `large`: they do not add up, by more.
 */
import type { CheckSeverity, CheckStatus } from '../schema/analysis.ts';
import type { Unit } from '../schema/enums.ts';

/** Beyond rounding, at most this many percentage points is a small difference. */
const SMALL_POINTS = 1;
/** Beyond rounding, at most this share of the computed value is a small difference. */
const SMALL_SHARE = 0.05;

export function severityOf(check: {
	status: CheckStatus;
	unit: Unit;
	difference: number;
	tolerance: number;
	expected: number;
	explained: boolean;
}): CheckSeverity {
	if (check.status === 'pass') return 'agrees';
	if (check.status === 'within_rounding') return 'rounding';
	if (check.explained) return 'expected';
	const beyond = Math.max(0, Math.abs(check.difference) - check.tolerance);
	const small =
		check.unit === 'percent' || check.unit === 'percent_change'
			? beyond <= SMALL_POINTS
			: beyond <= SMALL_SHARE * Math.abs(check.expected);
	return small ? 'small' : 'large';
}
