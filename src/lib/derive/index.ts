/**
 * Every derived figure of a dataset: pure functions over reported figures, one rule per file.
 * Each result names its formula (id/en), its inputs and its own rounding.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import { seriesKey } from '../schema/series.ts';
import { deriveAidPerParticipant } from './aid-per-participant.ts';
import { deriveBudgetChange } from './budget-change.ts';
import { deriveClaimsAverage } from './claims-average.ts';
import { deriveClaimsPer1000 } from './claims-per-1000.ts';
import { deriveCoverageGap } from './coverage-gap.ts';
import { deriveCoverageRate } from './coverage-rate.ts';
import { deriveScholarshipAverage } from './scholarship-average.ts';
import { deriveSegmentShare } from './segment-share.ts';
import { byRegion } from './select.ts';
import { deriveUncoveredWorkers } from './uncovered-workers.ts';

/** The rules, in the order their results are listed within a region. */
export const DERIVE_RULES: readonly ((figures: readonly Figure[]) => DerivedFigure[])[] = [
	deriveCoverageRate,
	deriveUncoveredWorkers,
	deriveSegmentShare,
	deriveCoverageGap,
	deriveAidPerParticipant,
	deriveBudgetChange,
	deriveClaimsAverage,
	deriveScholarshipAverage,
	deriveClaimsPer1000,
];

/** Order: region, rule, series, period, id; `key` gives each figure's series key. */
function compareDerived(key: (d: DerivedFigure) => string) {
	return (a: DerivedFigure, b: DerivedFigure): number =>
		a.region.localeCompare(b.region) ||
		a.rule.localeCompare(b.rule) ||
		key(a).localeCompare(key(b)) ||
		a.period.start.localeCompare(b.period.start) ||
		a.period.end.localeCompare(b.period.end) ||
		a.id.localeCompare(b.id);
}

/**
 * All derived figures, in a deterministic order; duplicates (same id) kept once. Rules run
 * region by region (see byRegion).
 */
export function deriveAll(figures: readonly Figure[]): DerivedFigure[] {
	const byId = new Map<string, DerivedFigure>();
	for (const group of byRegion(figures))
		for (const rule of DERIVE_RULES) for (const d of rule(group)) byId.set(d.id, d);
	// Series keys computed once per figure, not twice per comparison.
	const keys = new Map([...byId.values()].map((d) => [d, seriesKey(d)]));
	return [...byId.values()].sort(compareDerived((d) => keys.get(d) ?? ''));
}
