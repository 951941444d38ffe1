/**
 * A percentage the registry declares as a share (`part` and `whole` in indicators.csv)
 * against part ÷ whole × 100, both read from the same source, region, breakdown and period.
 * When part and whole are the same indicator ("3.364 dari 7.446 penerima"), the whole is its
 * total: the same figure without a segment.
 */
import type { CheckResult } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import { defined } from '../derive/make-derived.ts';
import { partnerInSource, withIndicator } from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, percentOf } from './quantity.ts';

/** The figure a share's whole is read from. */
function wholeOf(ctx: RegionCheckContext, share: Figure, part: string, whole: string) {
	if (part !== whole) return partnerInSource(ctx.figures, share, whole);
	return share.segment === null
		? undefined
		: partnerInSource(ctx.figures, { ...share, segment: null }, whole);
}

/** share ≟ part ÷ whole × 100, for every indicator that declares part and whole. */
export function checkShares(ctx: RegionCheckContext): CheckResult[] {
	const results: CheckResult[] = [];
	for (const indicator of ctx.indicators.values()) {
		const declared = indicator.share;
		if (declared === null) continue;
		const rule = declared.part === declared.whole ? 'participant_share' : 'share';
		const checks = withIndicator(ctx.figures, indicator.id).map((share) => {
			const part = partnerInSource(ctx.figures, share, declared.part);
			const whole = wholeOf(ctx, share, declared.part, declared.whole);
			if (!part || !whole) return undefined;
			const n = figureQuantity(ctx, part);
			const d = figureQuantity(ctx, whole);
			if (!n || !d || d.value === 0) return undefined;
			return makeCheck(ctx, { rule, reported: share, expected: percentOf(n, d) });
		});
		results.push(...defined(checks));
	}
	return results;
}
