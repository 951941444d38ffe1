/**
 * Finding the reported figures a rule combines. Every rule compares figures of one region
 * with the same breakdown and basis; these helpers make "same" mean the same thing everywhere.
 */
import type { Breakdown } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';

/** The fields that, with region and indicator, place a figure in a series. */
const PARTS = ['segment', 'program', 'funding', 'level', 'basis', 'plan'] as const;

/** A figure's value stands for a point (not "more than" / "less than" a bound). */
export function isPointValue(f: Figure): boolean {
	return f.qualifier !== 'at_least' && f.qualifier !== 'at_most';
}

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

/** Same region, breakdown, basis and plan, except for the breakdowns listed in `except`. */
export function sameSeriesParts(a: Figure, b: Figure, except: readonly Breakdown[] = []): boolean {
	return (
		a.region === b.region &&
		PARTS.every(
			(k) => (except as readonly string[]).includes(k) || (a[k] ?? null) === (b[k] ?? null),
		)
	);
}

/** Deterministic order: source id, then figure id. */
export function byFigureOrder(a: Figure, b: Figure): number {
	return a.sourceId.localeCompare(b.sourceId) || a.id.localeCompare(b.id);
}

/** What a matched figure must satisfy besides the indicator. */
export type FigureTest = (f: Figure) => boolean;

/** Point-valued figures of `indicator` that pass `test`, in deterministic order. */
export function figuresOf(
	figures: readonly Figure[],
	indicator: string,
	test: FigureTest = () => true,
): Figure[] {
	return figures
		.filter((f) => f.indicator === indicator && isPointValue(f) && test(f))
		.sort(byFigureOrder);
}

/**
 * The figure of `indicator` that goes with `anchor`: same region, breakdown (but `except`),
 * basis and period, from the anchor's own source. Undefined when the source gives none.
 */
export function partnerInSource(
	figures: readonly Figure[],
	anchor: Figure,
	indicator: string,
	except: readonly Breakdown[] = [],
): Figure | undefined {
	return figuresOf(
		figures,
		indicator,
		(f) =>
			f.sourceId === anchor.sourceId &&
			sameSeriesParts(f, anchor, except) &&
			samePeriod(f.period, anchor.period),
	)[0];
}

/**
 * Partners for a derived figure: from the anchor's own source when it has one; otherwise from
 * any other source of the same region, breakdown, basis and (exactly the same) period.
 */
export function partnersForDerived(
	figures: readonly Figure[],
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
