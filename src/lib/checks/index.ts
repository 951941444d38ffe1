/**
 * Every cross-check of a dataset: what a source reports against what its own other figures
 * imply, with the tolerance its printed precision allows (see tolerance.ts).
 */
import type { CheckResult } from '../schema/analysis.ts';
import type { FiguresIndex } from '../derive/figures-index.ts';
import { checkAidPerParticipantYear } from './aid-per-participant.ts';
import { checkBudgetChange } from './budget-change.ts';
import { checkBudgetProduct } from './budget-product.ts';
import { checkClaimsAverage } from './claims-average.ts';
import { checkClaimsPer1000 } from './claims-per-1000.ts';
import type { CheckContext, RegionCheckContext } from './context.ts';
import { checkCoverageFromSegments } from './coverage-from-segments.ts';
import { checkCoverageRate } from './coverage-rate.ts';
import { checkLevelChanges } from './level-change.ts';
import { checkShares } from './share.ts';
import { checkPartsSum } from './parts-sum.ts';
import { checkUncoveredWorkers } from './uncovered-workers.ts';

export type { CheckContext, RegionCheckContext } from './context.ts';

/** The check rules, each a pure function of the context. */
const CHECK_RULES: readonly ((ctx: RegionCheckContext) => CheckResult[])[] = [
	checkPartsSum,
	checkCoverageRate,
	checkCoverageFromSegments,
	checkShares,
	checkLevelChanges,
	checkUncoveredWorkers,
	checkClaimsAverage,
	checkClaimsPer1000,
	checkBudgetChange,
	checkAidPerParticipantYear,
	checkBudgetProduct,
];

/** Order: region, rule, reported figure, id. */
function compareChecks(a: CheckResult, b: CheckResult): number {
	return (
		a.region.localeCompare(b.region) ||
		a.rule.localeCompare(b.rule) ||
		a.reportedId.localeCompare(b.reportedId) ||
		a.id.localeCompare(b.id)
	);
}

/**
 * All cross-checks of the indexed figures, in a deterministic order. Rules run region by
 * region: each compares figures of one region only, so the results are the same as over all
 * figures.
 */
export function runChecks(ctx: CheckContext, index: FiguresIndex): CheckResult[] {
	const results: CheckResult[] = [];
	for (const figures of index.regions) {
		const regional: RegionCheckContext = { ...ctx, figures };
		for (const rule of CHECK_RULES) for (const c of rule(regional)) results.push(c);
	}
	return results.sort(compareChecks);
}
