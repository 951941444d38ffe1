/**
 * A total coverage rate against its segments, when the source gives each segment's rate and
 * participants but not the total's own counts. Each segment's denominator is implied by
 * participants ÷ rate; the total is Σ participants ÷ Σ implied denominators (the sum of
 * numerators over the sum of denominators, not an average of rates: DOMAIN.md §2).
 * Trenggalek: (38.595 + 14.468 + 17.407) ÷ (38.595 ÷ 43,2% + …) = 25,97%.
 */
import type { CheckResult } from '../schema/analysis.ts';
import { PARTICIPATION_SEGMENTS, type Label } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { defined } from '../derive/make-derived.ts';
import { participantsInSource } from '../derive/participants.ts';
import {
	figuresInSource,
	partnerInSource,
	samePeriod,
	sameSeriesParts,
	withIndicator,
} from '../derive/select.ts';
import type { RegionCheckContext } from './context.ts';
import { makeCheck } from './make-check.ts';
import { figureQuantity, over, percentOf, rescaled, sum, type Quantity } from './quantity.ts';

function note(segments: readonly string[]): Label {
	const list = segments.join(', ');
	return {
		id: `Dengan anggapan penyebut total adalah jumlah penyebut segmen ${list}, masing-masing dihitung dari jumlah peserta ÷ persentase segmen.`,
		en: `This assumes the total's denominator is the sum of the denominators of segments ${list}, each worked out as participants ÷ the segment's percentage.`,
	};
}

/** Participants and implied denominator of one segment, or undefined if a count is missing. */
function segmentTerms(ctx: RegionCheckContext, rate: Figure) {
	const participants = participantsInSource(ctx.figures, rate);
	if (!participants) return undefined;
	const n = figureQuantity(ctx, participants.figure);
	const r = figureQuantity(ctx, rate);
	if (!n || !r) return undefined;
	return { n, d: over(n, rescaled(r, 0.01)) };
}

function checkTotal(ctx: RegionCheckContext, total: Figure): CheckResult | undefined {
	// With the total's own counts the plain coverage check applies instead.
	if (partnerInSource(ctx.figures, total, 'workers_in_scope')) return undefined;
	const rates = figuresInSource(
		ctx.figures,
		total.sourceId,
		'coverage_rate',
		(f) =>
			f.segment !== null &&
			PARTICIPATION_SEGMENTS.includes(f.segment) &&
			sameSeriesParts(f, total, ['segment']) &&
			samePeriod(f.period, total.period),
	).sort(
		(a, b) =>
			PARTICIPATION_SEGMENTS.indexOf(a.segment ?? 'PU') -
			PARTICIPATION_SEGMENTS.indexOf(b.segment ?? 'PU'),
	);
	const terms = rates.map((r) => segmentTerms(ctx, r));
	const complete = defined(terms);
	if (complete.length < 2 || complete.length < terms.length) return undefined;
	const numerator = sum(complete.map((t) => t.n));
	const denominator = sum(complete.map((t) => t.d));
	if (!numerator || !denominator) return undefined;
	const expected: Quantity = {
		...percentOf(numerator, denominator),
		inputs: [...rates, ...numerator.inputs],
	};
	return makeCheck(ctx, {
		rule: 'coverage_from_segments',
		reported: total,
		expected,
		note: note(rates.map((r) => r.segment ?? '')),
	});
}

/** Total coverage rate ≟ Σ participants ÷ Σ (participants ÷ rate), over the segments. */
export function checkCoverageFromSegments(ctx: RegionCheckContext): CheckResult[] {
	const totals = withIndicator(ctx.figures, 'coverage_rate').filter((f) => f.segment === null);
	return defined(totals.map((t) => checkTotal(ctx, t)));
}
