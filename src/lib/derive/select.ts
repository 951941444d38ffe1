/**
 * Finding the reported figures a rule combines. Every rule compares figures of one region
 * with the same breakdown and basis; these helpers make "same" mean the same thing everywhere.
 */
import type { Breakdown } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';

/** A figure's value stands for a point (not "more than" / "less than" a bound). */
function isPointValue(f: Figure): boolean {
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

/** A list's figures by indicator: all in list order; point-valued ones sorted, and by source. */
interface IndicatorIndex {
	/** Length of the list when indexed: a list that grew is indexed again. */
	length: number;
	all: Map<string, Figure[]>;
	points: Map<string, Figure[]>;
	/** Point-valued figures by source, then indicator, sorted. */
	pointsInSource: Map<string, Map<string, Figure[]>>;
}

// Rules look partners up once per anchor figure; scanning the whole list each time made the
// analysis quadratic. Lists are read-only, so each is indexed once (weakly held).
const indexes = new WeakMap<readonly Figure[], IndicatorIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function indexOf(figures: readonly Figure[]): IndicatorIndex {
	let index = indexes.get(figures);
	if (index?.length !== figures.length) {
		const all = new Map<string, Figure[]>();
		for (const f of figures) push(all, f.indicator, f);
		const points = new Map<string, Figure[]>();
		const pointsInSource = new Map<string, Map<string, Figure[]>>();
		for (const [indicator, list] of all) {
			const sorted = list.filter(isPointValue).sort(byFigureOrder);
			points.set(indicator, sorted);
			for (const f of sorted) {
				let ofSource = pointsInSource.get(f.sourceId);
				if (!ofSource) pointsInSource.set(f.sourceId, (ofSource = new Map()));
				push(ofSource, indicator, f);
			}
		}
		index = { length: figures.length, all, points, pointsInSource };
		indexes.set(figures, index);
	}
	return index;
}

const NONE: readonly Figure[] = [];

/** Every figure of `indicator` (point-valued or not), in the order of the list. */
export function withIndicator(figures: readonly Figure[], indicator: string): readonly Figure[] {
	return indexOf(figures).all.get(indicator) ?? NONE;
}

/** Point-valued figures of `indicator` that pass `test`, in deterministic order. */
export function figuresOf(
	figures: readonly Figure[],
	indicator: string,
	test: FigureTest = () => true,
): Figure[] {
	return (indexOf(figures).points.get(indicator) ?? NONE).filter(test);
}

/**
 * Point-valued figures of `indicator` from one source that pass `test`, in deterministic
 * order: the same as `figuresOf` with `f.sourceId === sourceId` added to the test.
 */
export function figuresInSource(
	figures: readonly Figure[],
	sourceId: string,
	indicator: string,
	test: FigureTest = () => true,
): Figure[] {
	return (indexOf(figures).pointsInSource.get(sourceId)?.get(indicator) ?? NONE).filter(test);
}

// Derive and checks both split the same list: splitting it once lets them share the lists,
// and with them the indexes built over each (see indexOf).
const regionLists = new WeakMap<readonly Figure[], { length: number; groups: Figure[][] }>();

/** The first figure `figuresInSource` would list, found without building the list. */
export function firstInSource(
	figures: readonly Figure[],
	sourceId: string,
	indicator: string,
	test: FigureTest,
): Figure | undefined {
	return indexOf(figures).pointsInSource.get(sourceId)?.get(indicator)?.find(test);
}

/**
 * Figures grouped by region, in the order of the list. Every rule compares figures of one
 * region only, so rules run region by region give the same results as over the whole list.
 * The groups are shared between callers: read them, never change them.
 */
export function byRegion(figures: readonly Figure[]): Figure[][] {
	const known = regionLists.get(figures);
	if (known?.length === figures.length) return known.groups;
	const groups = new Map<string, Figure[]>();
	for (const f of figures) {
		const list = groups.get(f.region);
		if (list) list.push(f);
		else groups.set(f.region, [f]);
	}
	const lists = [...groups.values()];
	regionLists.set(figures, { length: figures.length, groups: lists });
	return lists;
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
