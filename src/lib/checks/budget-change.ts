/**
 * A reported change in percent against the two yearly amounts the same source gives:
 * (this year − last year) ÷ last year × 100.
 */
import type { CheckResult } from '../schema/analysis.ts';
import { CHANGE_OF, previousYear } from '../derive/budget-change.ts';
import { defined } from '../derive/make-derived.ts';
import { partnerInSource } from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, minus, percentOf } from './quantity.ts';

/** The yearly amount each change indicator is a change of. */
const AMOUNT_OF = Object.fromEntries(
	Object.entries(CHANGE_OF).map(([amount, change]) => [change, amount]),
) as Record<string, string>;

/** reported change ≟ (amount of year Y − amount of Y−1) ÷ amount of Y−1 × 100. */
export function checkBudgetChange(ctx: RegionCheckContext): CheckResult[] {
	const changes = ctx.figures.all.filter((f) => AMOUNT_OF[f.indicator] !== undefined);
	return defined(
		changes.map((change) => {
			const current = partnerInSource(ctx.figures, change, AMOUNT_OF[change.indicator] ?? '');
			const previous = current && previousYear(ctx.figures, current);
			if (!current || !previous) return undefined;
			const now = figureQuantity(ctx, current);
			const before = figureQuantity(ctx, previous);
			if (!now || !before) return undefined;
			return makeCheck(ctx, {
				rule: 'budget_change',
				reported: change,
				expected: percentOf(minus(now, before), before),
			});
		}),
	);
}
