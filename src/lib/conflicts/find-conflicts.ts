/**
 * Conflicts: the same series (region, indicator, breakdown, basis, plan) and period reported
 * with different values by different sources. Values count as different when no rounding
 * of the printed figures reconciles them (the ranges of tolerance.ts do not meet), so
 * "31,6 persen" and "31,64 persen" are not a conflict, "32 persen" and "42,5 persen" are.
 */
import { group } from 'd3-array';
import type { Conflict } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import { seriesKey } from '../schema/series.ts';
import type { FiguresIndex } from '../derive/figures-index.ts';
import { byFigureOrder } from '../derive/select.ts';
import { stableId } from '../derive/stable-id.ts';
import { unitOf, type CheckContext } from '../checks/context.ts';
import { rangesMeet, reportedRange } from '../checks/tolerance.ts';
import { conflictMessage } from './message.ts';

/**
 * Figures grouped by series and period (first and last day). Region by region (a series has
 * one region): many small maps are much quicker to fill than one over every figure.
 */
function groups(index: FiguresIndex): Figure[][] {
	return index.regions.flatMap((regional) => [
		...group(regional.all, (f) => `${seriesKey(f)}@${f.period.start}/${f.period.end}`).values(),
	]);
}

/** Some two figures of different sources cannot stand for the same value. */
function disagree(ctx: CheckContext, group: readonly Figure[]): boolean {
	const unit = unitOf(ctx, group[0]?.indicator ?? '');
	if (unit === undefined) return false;
	return group.some((a) =>
		group.some(
			(b) =>
				a.sourceId !== b.sourceId && !rangesMeet(reportedRange(a, unit), reportedRange(b, unit)),
		),
	);
}

/** Every conflict, ordered by region, indicator, period; each lists all its figures. */
export function findConflicts(ctx: CheckContext, index: FiguresIndex): Conflict[] {
	return groups(index)
		.filter((g) => new Set(g.map((f) => f.sourceId)).size > 1 && disagree(ctx, g))
		.map((group) => {
			const figures = [...group].sort(byFigureOrder);
			const [first] = figures;
			if (!first) throw new Error('a conflict group is never empty');
			return {
				id: stableId('k', 'conflict', [seriesKey(first), first.period.text]),
				region: first.region,
				indicator: first.indicator,
				period: first.period.text,
				figureIds: figures.map((f) => f.id),
				message: conflictMessage(ctx, figures),
			};
		})
		.sort(
			(a, b) =>
				a.region.localeCompare(b.region) ||
				a.indicator.localeCompare(b.indicator) ||
				a.period.localeCompare(b.period) ||
				a.id.localeCompare(b.id),
		);
}
