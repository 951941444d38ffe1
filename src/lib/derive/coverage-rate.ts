/** Coverage rate = participants ÷ workers in scope × 100, per region, segment and date. */
import type { DerivedFigure } from '../schema/analysis.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import { participantsForDerived } from './participants.ts';
import type { RegionFigures } from './figures-index.ts';
import { figuresOf } from './select.ts';

/**
 * One coverage rate for every workers-in-scope figure that has participants of the same
 * region, segment, basis and date (active ones preferred; registered ones named as such).
 */
export function deriveCoverageRate(figures: RegionFigures): DerivedFigure[] {
	return figuresOf(figures, 'workers_in_scope').flatMap((workers) =>
		defined(
			participantsForDerived(figures, workers).map(({ figure: participants, status }) =>
				makeDerived({
					rule: 'coverage_rate',
					indicator: 'coverage_rate',
					like: workers,
					period: workers.period,
					value: (participants.value / workers.value) * 100,
					unit: 'percent',
					decimals: 2,
					label: labelFor(
						{ id: 'Cakupan kepesertaan (dihitung)', en: 'Coverage rate (computed)' },
						workers,
					),
					formula: {
						id: `${status.id} ÷ pekerja sasaran × 100`,
						en: `${status.en} ÷ workers in scope × 100`,
					},
					inputs: [participants, workers],
				}),
			),
		),
	);
}
