/** Year-on-year change of an amount one source gives for two consecutive budget years. */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import type { RegionFigures } from './figures-index.ts';
import { figuresOf, firstInSource, sameSeriesParts, wholeYear } from './select.ts';

/** Yearly amounts and the indicator of their change in indicators.csv. */
export const CHANGE_OF = {
	contribution_aid_budget: 'contribution_aid_budget_change',
	contributions_received: 'contributions_received_change',
} as const;

/** The same source's figure of the same series for the year before `current`, if any. */
export function previousYear(figures: RegionFigures, current: Figure): Figure | undefined {
	const year = wholeYear(current.period);
	if (year === undefined) return undefined;
	return firstInSource(
		figures,
		current.sourceId,
		current.indicator,
		(f) => sameSeriesParts(f, current) && wholeYear(f.period) === year - 1,
	);
}

/** (this year − last year) ÷ last year × 100, for each amount whose previous year is given. */
export function deriveBudgetChange(figures: RegionFigures): DerivedFigure[] {
	return (Object.keys(CHANGE_OF) as (keyof typeof CHANGE_OF)[]).flatMap((indicator) =>
		defined(
			figuresOf(figures, indicator).map((current) => {
				const previous = previousYear(figures, current);
				if (!previous) return undefined;
				return makeDerived({
					rule: 'budget_change',
					indicator: CHANGE_OF[indicator],
					like: current,
					period: current.period,
					value: ((current.value - previous.value) / previous.value) * 100,
					unit: 'percent_change',
					decimals: 2,
					label: labelFor(
						{ id: 'Perubahan dari tahun sebelumnya', en: 'Change from the previous year' },
						current,
					),
					formula: {
						id: '(nilai tahun ini − nilai tahun lalu) ÷ nilai tahun lalu × 100',
						en: "(this year's amount − last year's amount) ÷ last year's amount × 100",
					},
					inputs: [current, previous],
				});
			}),
		),
	);
}
