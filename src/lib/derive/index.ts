/**
 * Every derived figure of a dataset: pure functions over reported figures, one rule per file.
 * Each result names its formula (id/en), its inputs and its own rounding.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import { seriesKey } from '../schema/series.ts';
import { deriveAidPerParticipant } from './aid-per-participant.ts';
import { deriveBudgetChange } from './budget-change.ts';
import { deriveClaimsAverage } from './claims-average.ts';
import { deriveClaimsPer1000 } from './claims-per-1000.ts';
import { deriveCoverageGap } from './coverage-gap.ts';
import { deriveCoverageRate } from './coverage-rate.ts';
import { deriveScholarshipAverage } from './scholarship-average.ts';
import { deriveSegmentShare } from './segment-share.ts';
import { rankOf } from './collation.ts';
import type { FiguresIndex, RegionFigures } from './figures-index.ts';
import { deriveUncoveredWorkers } from './uncovered-workers.ts';

/** The rules, in the order their results are listed within a region. */
const DERIVE_RULES: readonly ((figures: RegionFigures) => DerivedFigure[])[] = [
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

/**
 * `derived` in order (region, rule, series, period, id, each as localeCompare orders them),
 * one of each id. Each figure's sort fields are ranked once: comparisons compare numbers.
 */
function inOrder(derived: readonly DerivedFigure[]): DerivedFigure[] {
	const keys = derived.map(seriesKey);
	const region = rankOf(derived.map((d) => d.region));
	const rule = rankOf(derived.map((d) => d.rule));
	const key = rankOf(keys);
	const start = rankOf(derived.map((d) => d.period.start));
	const end = rankOf(derived.map((d) => d.period.end));
	const rows = derived.map((d, i) => ({
		d,
		ranks: [
			region(d.region),
			rule(d.rule),
			key(keys[i] ?? ''),
			start(d.period.start),
			end(d.period.end),
		],
	}));
	rows.sort((a, b) => {
		for (let i = 0; i < 5; i++) {
			const order = (a.ranks[i] ?? 0) - (b.ranks[i] ?? 0);
			if (order !== 0) return order;
		}
		return a.d.id.localeCompare(b.d.id);
	});
	// An id is the rule over its inputs, and the inputs fix the rest of the figure: figures
	// with the same id are the same figure, and sorted side by side. Keep the first of each.
	return rows.flatMap(({ d }, i) => (d.id === rows[i - 1]?.d.id ? [] : [d]));
}

/**
 * All derived figures, in a deterministic order (region, rule, series, period, id, each as
 * localeCompare orders them); duplicates (same id) kept once. Rules run region by region (a
 * derived figure is of its inputs' region): each region's figures are sorted on their own
 * (small sorts over small maps), regions in order. Regions the collation holds equal are
 * sorted together.
 */
export function deriveAll(index: FiguresIndex): DerivedFigure[] {
	const regionRank = rankOf(index.regions.map((r) => r.region));
	const byRank = new Map<number, DerivedFigure[]>();
	for (const figures of index.regions) {
		const rank = regionRank(figures.region);
		let derived = byRank.get(rank);
		if (!derived) byRank.set(rank, (derived = []));
		for (const rule of DERIVE_RULES) for (const d of rule(figures)) derived.push(d);
	}
	return [...byRank].sort(([a], [b]) => a - b).flatMap(([, derived]) => inOrder(derived));
}
