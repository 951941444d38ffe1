/**
 * A reported contribution-aid budget against recipients × monthly contribution × months,
 * where the same source gives all four for the same funding, group and year.
 */
import type { CheckResult } from '../schema/analysis.ts';
import type { Label } from '../schema/enums.ts';
import { defined } from '../derive/make-derived.ts';
import { partnerInSource, withIndicator } from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, product } from './quantity.ts';

function monthsNote(months: number): Label {
	return {
		id: `Lama bantuan ${months} bulan dihitung tepat: durasi bantuan adalah jumlah bulan yang utuh.`,
		en: `The ${months} months of aid are taken as exact: a duration of aid is a whole number of months.`,
	};
}

/** budget ≟ recipients × monthly contribution × months. */
export function checkBudgetProduct(ctx: RegionCheckContext): CheckResult[] {
	const budgets = withIndicator(ctx.figures, 'contribution_aid_budget');
	return defined(
		budgets.map((budget) => {
			const find = (indicator: string) => partnerInSource(ctx.figures, budget, indicator);
			const recipients = find('contribution_aid_participants');
			const monthly = find('contribution_aid_monthly_contribution');
			const months = find('contribution_aid_months');
			if (!recipients || !monthly || !months) return undefined;
			const factors = defined([recipients, monthly, months].map((f) => figureQuantity(ctx, f)));
			const expected = factors.length === 3 ? product(factors) : undefined;
			if (!expected) return undefined;
			return makeCheck(ctx, {
				rule: 'budget_product',
				reported: budget,
				expected,
				// Say so when the months were printed in words ("satu tahun") yet read as exact.
				...(months.precision > 0.5 && { note: monthsNote(months.value) }),
			});
		}),
	);
}
