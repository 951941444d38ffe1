/**
 * Interval arithmetic for rounded inputs: if each input lies in [lo, hi], the result of the
 * formula lies in the interval these operations return.
 */

/** A closed interval; lo ≤ hi, possibly infinite. */
export interface Interval {
	lo: number;
	hi: number;
}

/** A number known exactly. */
export const point = (x: number): Interval => ({ lo: x, hi: x });

const span = (xs: number[]): Interval => ({ lo: Math.min(...xs), hi: Math.max(...xs) });

export const addIntervals = (a: Interval, b: Interval): Interval => ({
	lo: a.lo + b.lo,
	hi: a.hi + b.hi,
});

export const subtractIntervals = (a: Interval, b: Interval): Interval => ({
	lo: a.lo - b.hi,
	hi: a.hi - b.lo,
});

export const multiplyIntervals = (a: Interval, b: Interval): Interval =>
	span([a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]);

/** a ÷ b; unbounded when b may be zero. */
export function divideIntervals(a: Interval, b: Interval): Interval {
	if (b.lo <= 0 && b.hi >= 0) return { lo: -Infinity, hi: Infinity };
	return span([a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]);
}

export const scaleInterval = (a: Interval, k: number): Interval => span([a.lo * k, a.hi * k]);
