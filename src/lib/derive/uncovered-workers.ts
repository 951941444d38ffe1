/** Workers not yet covered = workers in scope − participants, per region, segment and date. */
import type { DerivedFigure } from '../schema/analysis.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import { participantsForDerived } from './participants.ts';
import type { RegionFigures } from './figures-index.ts';
import { figuresOf } from './select.ts';

/** One count of uncovered workers per workers-in-scope figure with matching participants. */
export function deriveUncoveredWorkers(figures: RegionFigures): DerivedFigure[] {
	return figuresOf(figures, 'workers_in_scope').flatMap((workers) =>
		defined(
			participantsForDerived(figures, workers).map(({ figure: participants, status }) =>
				makeDerived({
					rule: 'uncovered_workers',
					indicator: 'uncovered_workers',
					like: workers,
					period: workers.period,
					value: workers.value - participants.value,
					unit: 'persons',
					decimals: 0,
					label: labelFor(
						{ id: 'Pekerja belum terlindungi (dihitung)', en: 'Uncovered workers (computed)' },
						workers,
					),
					formula: {
						id: `pekerja sasaran − ${status.id}`,
						en: `workers in scope − ${status.en}`,
					},
					inputs: [workers, participants],
				}),
			),
		),
	);
}
