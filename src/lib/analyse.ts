/**
 * Everything computed from a dataset: derived figures, cross-checks and conflicts.
 * (Filled in by the derive/checks/conflicts modules.)
 */
import type { Analysis } from './schema/analysis.ts';
import type { Dataset } from './schema/dataset.ts';

export function analyse(dataset: Dataset): Analysis {
	void dataset;
	return { derived: [], checks: [], conflicts: [] };
}
