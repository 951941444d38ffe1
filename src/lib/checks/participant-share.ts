/**
 * A reported share of one segment in a group (contribution-aid recipients) against the
 * segment's count ÷ the group's total, both from the same source, funding and year.
 */
import type { CheckResult } from '../schema/analysis.ts';
import { defined } from '../derive/make-derived.ts';
import { partnerInSource } from '../derive/select.ts';
import type { CheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, percentOf } from './quantity.ts';

/** Share indicators and the counts they are shares of. */
const SHARE_OF = { contribution_aid_participant_share: 'contribution_aid_participants' } as const;

/** share ≟ segment count ÷ total count × 100. */
export function checkParticipantShare(ctx: CheckContext): CheckResult[] {
	return (Object.keys(SHARE_OF) as (keyof typeof SHARE_OF)[]).flatMap((indicator) =>
		defined(
			ctx.figures
				.filter((f) => f.indicator === indicator && f.segment !== null)
				.map((share) => {
					const part = partnerInSource(ctx.figures, share, SHARE_OF[indicator]);
					const total = partnerInSource(
						ctx.figures,
						{ ...share, segment: null },
						SHARE_OF[indicator],
					);
					if (!part || !total) return undefined;
					const n = figureQuantity(ctx, part);
					const d = figureQuantity(ctx, total);
					if (!n || !d) return undefined;
					return makeCheck(ctx, {
						rule: 'participant_share',
						reported: share,
						expected: percentOf(n, d),
					});
				}),
		),
	);
}
