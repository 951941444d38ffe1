/** Placing periods on a numeric time axis measured in years (2025.5 is mid-2025). */
import type { Period } from '../schema/period.ts';

/** A date `YYYY-MM-DD` as a fractional year, at the middle of that day. */
export function yearFraction(iso: string): number {
	const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
	const start = Date.UTC(y, 0, 1);
	const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
	const day = (Date.UTC(y, m - 1, d) - start) / 86_400_000;
	return y + (day + 0.5) / days;
}

/** Where a level sits: the latest day it can describe (its `asOf`), so the newest is rightmost. */
export function asOfPoint(asOf: string): number {
	return yearFraction(asOf);
}

/** Where a target sits: the end of its period (a deadline). */
export function periodEnd(period: Period): number {
	return yearFraction(period.end);
}
