/**
 * A reported rate of claims per 1,000 participants against claims ÷ participants × 1,000.
 * Claims (or recipients) and participants come from the same source, segment and funding;
 * the participant count is dated inside the claims period.
 */
import type { CheckResult } from '../schema/analysis.ts';
import { defined } from '../derive/make-derived.ts';
import { participantsFor } from '../derive/claims-per-1000.ts';
import { partnerInSource, withIndicator } from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { constant, figureQuantity, over, product } from './quantity.ts';

/** claims per 1,000 ≟ claims ÷ participants × 1,000. */
export function checkClaimsPer1000(ctx: RegionCheckContext): CheckResult[] {
	const rates = withIndicator(ctx.figures, 'claims_per_1000');
	return defined(
		rates.map((rate) => {
			const claims =
				partnerInSource(ctx.figures, rate, 'claims_count') ??
				partnerInSource(ctx.figures, rate, 'claims_claimants');
			const participants = participantsFor(ctx.figures, rate);
			if (!claims || !participants) return undefined;
			const c = figureQuantity(ctx, claims);
			const p = figureQuantity(ctx, participants.figure);
			if (!c || !p) return undefined;
			const expected = product([over(c, p), constant(1000)]);
			if (!expected) return undefined;
			return makeCheck(ctx, { rule: 'claims_per_1000', reported: rate, expected });
		}),
	);
}
