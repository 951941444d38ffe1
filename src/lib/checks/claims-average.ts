/**
 * A reported average claim against claims paid ÷ recipients (or ÷ number of claims when the
 * source gives no recipients), same source, programme and period.
 */
import type { CheckResult } from '../schema/analysis.ts';
import type { Label } from '../schema/enums.ts';
import { defined } from '../derive/make-derived.ts';
import { partnerInSource, withIndicator } from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, over } from './quantity.ts';

const PER_CLAIM_NOTE: Label = {
	id: 'Dibagi dengan jumlah klaim, karena sumber tidak menyebut jumlah penerima.',
	en: 'Divided by the number of claims, as the source gives no number of recipients.',
};

/** average claim ≟ claims paid ÷ recipients. */
export function checkClaimsAverage(ctx: RegionCheckContext): CheckResult[] {
	const averages = withIndicator(ctx.figures, 'claims_average');
	return defined(
		averages.map((average) => {
			const amount = partnerInSource(ctx.figures, average, 'claims_amount');
			const claimants = partnerInSource(ctx.figures, average, 'claims_claimants');
			const count = claimants ?? partnerInSource(ctx.figures, average, 'claims_count');
			if (!amount || !count) return undefined;
			const a = figureQuantity(ctx, amount);
			const c = figureQuantity(ctx, count);
			if (!a || !c) return undefined;
			return makeCheck(ctx, {
				rule: 'claims_average',
				reported: average,
				expected: over(a, c),
				...(!claimants && { note: PER_CLAIM_NOTE }),
			});
		}),
	);
}
