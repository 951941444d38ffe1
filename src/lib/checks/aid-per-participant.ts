/**
 * A reported contribution aid per participant per year against budget ÷ recipients (× 12 ÷
 * months, when the source gives the months of aid), same source, funding and year.
 */
import type { CheckResult } from '../schema/analysis.ts';
import { defined } from '../derive/make-derived.ts';
import { partnerInSource, withIndicator } from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { constant, figureQuantity, over, product } from './quantity.ts';

/** aid per participant per year ≟ budget ÷ recipients [÷ months × 12]. */
export function checkAidPerParticipantYear(ctx: RegionCheckContext): CheckResult[] {
	const reported = withIndicator(ctx.figures, 'contribution_aid_per_participant_year');
	return defined(
		reported.map((perYear) => {
			const budget = partnerInSource(ctx.figures, perYear, 'contribution_aid_budget');
			const recipients = partnerInSource(ctx.figures, perYear, 'contribution_aid_participants');
			const months = partnerInSource(ctx.figures, perYear, 'contribution_aid_months');
			if (!budget || !recipients) return undefined;
			const b = figureQuantity(ctx, budget);
			const r = figureQuantity(ctx, recipients);
			const m = months && figureQuantity(ctx, months);
			if (!b || !r) return undefined;
			const perRecipient = over(b, r);
			const expected = m ? product([over(perRecipient, m), constant(12)]) : perRecipient;
			if (!expected) return undefined;
			return makeCheck(ctx, { rule: 'aid_per_participant_year', reported: perYear, expected });
		}),
	);
}
