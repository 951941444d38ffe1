/**
 * Coverage gap to each target: the percentage points still to go from the latest actual
 * coverage of the same region and segment, and the yearly pace needed to reach the target
 * year. The actual may come from another source than the target: both are about the region.
 * A result carries the target's series (basis target, its plan) and the actual's period: the
 * date the gap is measured from. The target year is in its label.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import { periodYear } from '../schema/period.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import type { RegionFigures } from './figures-index.ts';
import { figuresOf } from './select.ts';

/** Actual coverage figures of the target's region and segment with the latest end date. */
function latestActuals(figures: RegionFigures, target: Figure): Figure[] {
	const actuals = figuresOf(
		figures,
		'coverage_rate',
		(f) => f.basis === 'actual' && f.region === target.region && f.segment === target.segment,
	);
	const latest = actuals
		.map((f) => f.period.end)
		.sort()
		.at(-1);
	return actuals.filter((f) => f.period.end === latest);
}

function gapsTo(figures: RegionFigures, target: Figure): (DerivedFigure | undefined)[] {
	const plan = target.plan ?? 'target';
	const year = periodYear(target.period);
	return latestActuals(figures, target).flatMap((actual) => {
		const gap = target.value - actual.value;
		const years = year - periodYear(actual.period);
		const common = {
			like: target,
			period: actual.period,
			unit: 'percent' as const,
			decimals: 2,
			inputs: [target, actual],
		};
		const out = [
			makeDerived({
				...common,
				rule: 'coverage_gap',
				indicator: 'coverage_gap',
				value: gap,
				label: labelFor(
					{
						id: `Selisih cakupan ke target ${plan} ${year} (poin persentase)`,
						en: `Coverage gap to the ${plan} ${year} target (percentage points)`,
					},
					{ ...target, basis: 'actual', plan: null },
				),
				formula: {
					id: 'target cakupan − cakupan terakhir (negatif: target sudah terlampaui)',
					en: 'coverage target − latest coverage (negative: target already passed)',
				},
			}),
		];
		// A pace needs years left and ground to cover; otherwise it is missing, not zero.
		if (years > 0 && gap > 0) {
			out.push(
				makeDerived({
					...common,
					rule: 'coverage_pace',
					indicator: 'coverage_pace',
					value: gap / years,
					label: labelFor(
						{
							id: `Kenaikan cakupan per tahun yang diperlukan untuk target ${plan} ${year} (poin persentase)`,
							en: `Yearly coverage gain needed for the ${plan} ${year} target (percentage points)`,
						},
						{ ...target, basis: 'actual', plan: null },
					),
					formula: {
						id: '(target cakupan − cakupan terakhir) ÷ (tahun target − tahun cakupan terakhir)',
						en: '(coverage target − latest coverage) ÷ (target year − year of latest coverage)',
					},
				}),
			);
		}
		return out;
	});
}

/** Gap and needed yearly pace for every coverage target that has an actual coverage. */
export function deriveCoverageGap(figures: RegionFigures): DerivedFigure[] {
	const targets = figuresOf(figures, 'coverage_rate', (f) => f.basis === 'target');
	return defined(targets.flatMap((t) => gapsTo(figures, t)));
}
