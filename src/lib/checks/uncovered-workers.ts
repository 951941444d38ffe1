/** Reported uncovered workers against workers in scope − participants, in the same source. */
import type { CheckResult } from '../schema/analysis.ts';
import { defined } from '../derive/make-derived.ts';
import { participantsInSource } from '../derive/participants.ts';
import { partnerInSource, withIndicator } from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, minus } from './quantity.ts';

/** uncovered workers ≟ workers in scope − participants (same region, segment and date). */
export function checkUncoveredWorkers(ctx: RegionCheckContext): CheckResult[] {
	const reported = withIndicator(ctx.figures, 'uncovered_workers');
	return defined(
		reported.map((uncovered) => {
			const workers = partnerInSource(ctx.figures, uncovered, 'workers_in_scope');
			const participants = participantsInSource(ctx.figures, uncovered);
			if (!workers || !participants) return undefined;
			const w = figureQuantity(ctx, workers);
			const p = figureQuantity(ctx, participants.figure);
			if (!w || !p) return undefined;
			return makeCheck(ctx, {
				rule: 'uncovered_workers',
				reported: uncovered,
				expected: minus(w, p),
			});
		}),
	);
}
