/**
 * Everything computed from a dataset: derived figures, cross-checks and conflicts. Pure and
 * deterministic: the same data gives the same results, in the same order, with the same ids.
 */
import { runChecks } from './checks/index.ts';
import { findConflicts } from './conflicts/index.ts';
import { findStageComparisons } from './conflicts/find-stages.ts';
import { deriveAll } from './derive/index.ts';
import type { Analysis } from './schema/analysis.ts';
import type { Dataset } from './schema/dataset.ts';

/** Derives, cross-checks and finds conflicts over a (valid) dataset. */
export function analyse(dataset: Dataset): Analysis {
	return {
		derived: deriveAll(dataset.figures),
		checks: runChecks(dataset),
		conflicts: findConflicts(dataset),
		stages: findStageComparisons(dataset),
	};
}
