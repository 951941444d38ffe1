/**
 * What a printed figure may stand for, from the precision the source printed.
 *
 * - Plain: "31,6 persen" stands for [31.55, 31.65): half a unit of the last printed digit
 *   either way (`Figure.precision`), upper end open as in rounding half up.
 * - Whole amounts printed to the unit ("33.522 peserta", "Rp1.842.248.232") are exact:
 *   people and rupiah come in whole units, so a full count carries no rounding. Amounts per
 *   person ("Rp247.414 per peserta") are averages, rounded like any other number.
 * - `approx` ("sekitar", "kurang lebih") widens to one whole unit of the last printed digit
 *   either way (twice the plain half-width), both ends included: "sekitar 32 persen" →
 *   [31, 33], "sekitar 214.687" → [214.686, 214.688]. Sources say "sekitar" both for loosely rounded
 *   and for truncated figures (23,553 printed "sekitar 23,5"); a relative band such as ±1 %
 *   would instead let a six-digit count drift by thousands.
 * - `at_least` / `at_most` are one-sided: "lebih dari 63.680" → [63.680 − h, ∞),
 *   "kurang dari 1 persen" → (−∞, 1 + h), h the plain half-width.
 * - Durations of aid in months are exact: "satu tahun" is 12 months by decision, not a
 *   measurement rounded to the year.
 */
import { COUNT_UNITS, type Unit } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';

/**
 * Units whose amounts are whole: a figure printed to the unit is exact. Rupiah per person are
 * not: an average or a share of a budget is rounded to the rupiah.
 */
const WHOLE_UNITS: readonly Unit[] = [...COUNT_UNITS, 'idr'];

/** How far `a` and `b` may differ and still count as equal (floating-point noise only). */
export function noise(...xs: number[]): number {
	return 1e-9 * Math.max(1, ...xs.map((x) => (Number.isFinite(x) ? Math.abs(x) : 0)));
}

/** Half-width of the rounding a figure's printed digits allow, before any qualifier. */
export function printedHalfWidth(f: Figure, unit: Unit): number {
	if (unit === 'months') return 0;
	if (WHOLE_UNITS.includes(unit) && f.precision <= 0.5) return 0;
	return f.precision;
}

/** Half-width of the interval a figure stands for: the printed one, doubled for `approx`. */
export function halfWidth(f: Figure, unit: Unit): number {
	if (unit === 'months') return 0;
	return f.qualifier === 'approx' ? 2 * f.precision : printedHalfWidth(f, unit);
}

/** The values a reported figure stands for. `hiOpen`: the upper end is excluded. */
export interface Range {
	lo: number;
	hi: number;
	hiOpen: boolean;
}

/** The range a reported figure stands for, per the rules above. */
export function reportedRange(f: Figure, unit: Unit): Range {
	const h = halfWidth(f, unit);
	if (f.qualifier === 'at_least') return { lo: f.value - h, hi: Infinity, hiOpen: true };
	if (f.qualifier === 'at_most') return { lo: -Infinity, hi: f.value + h, hiOpen: h > 0 };
	// Rounding half up excludes the upper end; "about" is symmetric and keeps both ends.
	return { lo: f.value - h, hi: f.value + h, hiOpen: h > 0 && f.qualifier !== 'approx' };
}

/** Whether two ranges share a value (open upper ends excluded, up to floating noise). */
export function rangesMeet(a: Range, b: Range): boolean {
	const eps = noise(a.lo, a.hi, b.lo, b.hi);
	const below = (x: Range, y: Range) => (x.hiOpen ? x.hi - eps > y.lo : x.hi + eps >= y.lo);
	return below(a, b) && below(b, a);
}
