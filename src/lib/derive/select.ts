/**
 * Finding the reported figures a rule combines, in one region's index (figures-index.ts).
 * Every rule compares figures of one region with the same breakdown and basis; these helpers
 * make "same" mean the same thing everywhere.
 */
import type { Breakdown } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';
import type { RegionFigures } from './figures-index.ts';

/** Same first and last day: a stock at the same date, or a flow over the same interval. */
export function samePeriod(a: Period, b: Period): boolean {
	return a.start === b.start && a.end === b.end;
}

/** The periods share at least one day (a stock dated inside a flow's interval). */
export function periodsOverlap(a: Period, b: Period): boolean {
	return a.start <= b.end && b.start <= a.end;
}

/** The year a whole-year period (`2025`) stands for, else undefined. */
export function wholeYear(p: Period): number | undefined {
	return /^\d{4}$/.test(p.text) ? Number(p.text) : undefined;
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
	(a ?? null) === (b ?? null);

/** Same region, breakdown, basis and plan, except for the breakdowns listed in `except`. */
export function sameSeriesParts(a: Figure, b: Figure, except: readonly Breakdown[] = []): boolean {
	// Written out rather than looped over the field names: rules call this for every candidate.
	if (a.region !== b.region || !same(a.basis, b.basis) || !same(a.plan, b.plan)) return false;
	if (except.length === 0)
		return (
			same(a.segment, b.segment) &&
			same(a.program, b.program) &&
			same(a.funding, b.funding) &&
			same(a.level, b.level)
		);
	return (
		(except.includes('segment') || same(a.segment, b.segment)) &&
		(except.includes('program') || same(a.program, b.program)) &&
		(except.includes('funding') || same(a.funding, b.funding)) &&
		(except.includes('level') || same(a.level, b.level))
	);
}

/** Deterministic order: source id, then figure id. */
export function byFigureOrder(a: Figure, b: Figure): number {
	return a.sourceId.localeCompare(b.sourceId) || a.id.localeCompare(b.id);
}

/** What a matched figure must satisfy besides the indicator. */
export type FigureTest = (f: Figure) => boolean;

const NONE: readonly Figure[] = [];

/** Every figure of `indicator` (point-valued or not), in the order of the list. */
export function withIndicator(figures: RegionFigures, indicator: string): readonly Figure[] {
	return figures.byIndicator.get(indicator) ?? NONE;
}

/** Point-valued figures of `indicator` that pass `test`, in deterministic order. */
export function figuresOf(
	figures: RegionFigures,
	indicator: string,
	test: FigureTest = () => true,
): Figure[] {
	return (figures.points.get(indicator) ?? NONE).filter(test);
}

/**
 * Point-valued figures of `indicator` from one source that pass `test`, in deterministic
 * order: the same as `figuresOf` with `f.sourceId === sourceId` added to the test.
 */
export function figuresInSource(
	figures: RegionFigures,
	sourceId: string,
	indicator: string,
	test: FigureTest = () => true,
): Figure[] {
	return (figures.pointsBySource.get(sourceId)?.get(indicator) ?? NONE).filter(test);
}

/** The first figure `figuresInSource` would list, found without building the list. */
export function firstInSource(
	figures: RegionFigures,
	sourceId: string,
	indicator: string,
	test: FigureTest,
): Figure | undefined {
	return figures.pointsBySource.get(sourceId)?.get(indicator)?.find(test);
}

/**
 * The figure of `indicator` that goes with `anchor`: same region, breakdown (but `except`),
 * basis and period, from the anchor's own source. Undefined when the source gives none.
 */
export function partnerInSource(
	figures: RegionFigures,
	anchor: Figure,
	indicator: string,
	except: readonly Breakdown[] = [],
): Figure | undefined {
	return firstInSource(
		figures,
		anchor.sourceId,
		indicator,
		(f) => sameSeriesParts(f, anchor, except) && samePeriod(f.period, anchor.period),
	);
}

/**
 * Partners for a derived figure: from the anchor's own source when it has one; otherwise from
 * any other source of the same region, breakdown, basis and (exactly the same) period.
 */
export function partnersForDerived(
	figures: RegionFigures,
	anchor: Figure,
	indicator: string,
	except: readonly Breakdown[] = [],
): Figure[] {
	const own = partnerInSource(figures, anchor, indicator, except);
	if (own) return [own];
	return figuresOf(
		figures,
		indicator,
		(f) => sameSeriesParts(f, anchor, except) && samePeriod(f.period, anchor.period),
	);
}
