/**
 * A reported coverage rate (total or per segment) against the participants and workers in
 * scope the same source gives for the same region, segment and date.
 */
import type { CheckResult } from '../schema/analysis.ts';
import type { Label } from '../schema/enums.ts';
import { defined } from '../derive/make-derived.ts';
import { participantsInSource } from '../derive/participants.ts';
import { partnerInSource, withIndicator } from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, percentOf } from './quantity.ts';

const REGISTERED_NOTE: Label = {
	id: 'Perhitungan ini memakai peserta terdaftar (bukan peserta aktif), seperti yang disebut sumber.',
	en: 'This uses registered participants (not active ones), as the source gives them.',
};

/** coverage rate ≟ participants ÷ workers in scope × 100. */
export function checkCoverageRate(ctx: RegionCheckContext): CheckResult[] {
	const rates = withIndicator(ctx.figures, 'coverage_rate');
	return defined(
		rates.map((rate) => {
			const participants = participantsInSource(ctx.figures, rate);
			const workers = partnerInSource(ctx.figures, rate, 'workers_in_scope');
			if (!participants || !workers) return undefined;
			const n = figureQuantity(ctx, participants.figure);
			const d = figureQuantity(ctx, workers);
			if (!n || !d) return undefined;
			const registered = participants.figure.indicator === 'registered_participants';
			return makeCheck(ctx, {
				rule: 'coverage_rate',
				reported: rate,
				expected: percentOf(n, d),
				...(registered && { note: REGISTERED_NOTE }),
			});
		}),
	);
}
