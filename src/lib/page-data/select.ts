/** Small pure selectors over figures: latest, plain totals, reading order. */
import type { DerivedFigure } from '../schema/analysis.ts';
import { PARTICIPATION_SEGMENTS, type Segment } from '../schema/enums.ts';
import type { Figure, SeriesParts } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';

/** Anything with a period and an id: reported and derived figures alike. */
export interface Dated {
	id: string;
	period: Period;
	/** See Figure.asOf; the period's end when absent. */
	asOf?: string;
}

/**
 * Newest first, one rule for periods of any precision: by the latest day a figure can describe
 * (its period's end, or its source's publication when earlier: "2025" in an article of August
 * 2025 is not newer than "August 2025"), then the shorter period (the later start: "Agustus
 * 2025" before "2025" when both reach the same day), then id so ties are deterministic.
 */
export function newestFirst(a: Dated, b: Dated): number {
	return (
		(b.asOf ?? b.period.end).localeCompare(a.asOf ?? a.period.end) ||
		b.period.start.localeCompare(a.period.start) ||
		a.id.localeCompare(b.id)
	);
}

/** The newest of a list, or null. */
export function latest<T extends Dated>(items: readonly T[]): T | null {
	return [...items].sort(newestFirst)[0] ?? null;
}

/** True when the series has no segment, program, funding or level breakdown. */
export function isTotal(p: SeriesParts): boolean {
	return p.segment === null && p.program === null && p.funding === null && p.level === null;
}

/** True for an actual (realised) value of the whole region: no breakdown, basis actual. */
export function isPlainActual(p: SeriesParts): boolean {
	return p.basis === 'actual' && isTotal(p);
}

/** True when the segment is one of the four that partition all participants. */
export function isParticipationSegment(segment: Segment | null): boolean {
	return segment !== null && PARTICIPATION_SEGMENTS.includes(segment);
}

const NULLS_FIRST = (a: string | null, b: string | null) =>
	a === b ? 0 : a === null ? -1 : b === null ? 1 : a.localeCompare(b, 'en');

/**
 * Reading order of a region's figures: indicator in registry order, then basis, plan,
 * breakdowns (totals first), then period (oldest first), then source.
 */
export function figureOrder(rank: ReadonlyMap<string, number>) {
	return (a: Figure | DerivedFigure, b: Figure | DerivedFigure): number =>
		(rank.get(a.indicator) ?? 999) - (rank.get(b.indicator) ?? 999) ||
		NULLS_FIRST(a.basis === 'actual' ? null : a.basis, b.basis === 'actual' ? null : b.basis) ||
		NULLS_FIRST(a.plan, b.plan) ||
		NULLS_FIRST(a.segment, b.segment) ||
		NULLS_FIRST(a.program, b.program) ||
		NULLS_FIRST(a.funding, b.funding) ||
		NULLS_FIRST(a.level, b.level) ||
		a.period.start.localeCompare(b.period.start) ||
		a.period.end.localeCompare(b.period.end) ||
		a.id.localeCompare(b.id);
}

/** The date one year before an ISO date (`2025-11-30` → `2024-11-30`). */
export function oneYearBefore(date: string): string {
	const year = Number(date.slice(0, 4));
	return `${String(year - 1).padStart(4, '0')}${date.slice(4)}`;
}
