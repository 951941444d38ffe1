/**
 * Everything computed from a dataset: derived figures, cross-checks and conflicts. Pure and
 * deterministic: the same data gives the same results, in the same order, with the same ids.
 */
import { runChecks } from './checks/index.ts';
import { findConflicts } from './conflicts/index.ts';
import { findStageComparisons } from './conflicts/find-stages.ts';
import { indexFigures, type FiguresIndex } from './derive/figures-index.ts';
import { deriveAll } from './derive/index.ts';
import type { Analysis } from './schema/analysis.ts';
import type { Dataset } from './schema/dataset.ts';

/**
 * Derives, cross-checks and finds conflicts over a (valid) dataset. The figures are indexed
 * once (`index`, built here unless given) and the index is handed to every step.
 */
export function analyse(
	dataset: Dataset,
	index: FiguresIndex = indexFigures(dataset.figures),
): Analysis {
	return {
		derived: deriveAll(index),
		checks: runChecks(dataset, index),
		conflicts: findConflicts(dataset, index),
		stages: findStageComparisons(dataset, index),
	};
}
