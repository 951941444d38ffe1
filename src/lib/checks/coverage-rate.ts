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

const EMPLOYED_NOTE: Label = {
	id: 'Penyebutnya penduduk bekerja, karena sumber tidak menyebut pekerja sasaran.',
	en: 'The base is the employed population, as the source gives no workers in scope.',
};

/** Both notes of a check in one label. */
const joined = (notes: Label[]): Label | undefined =>
	notes.length === 0
		? undefined
		: { id: notes.map((n) => n.id).join(' '), en: notes.map((n) => n.en).join(' ') };

/**
 * coverage rate ≟ participants ÷ workers in scope × 100. Some sources state the rate of the
 * employed population they name beside it ("Dengan 23 juta penduduk yang bekerja …, hanya 5,9
 * juta orang atau 31,4 persen"): without workers in scope, that is the base.
 */
export function checkCoverageRate(ctx: RegionCheckContext): CheckResult[] {
	const rates = withIndicator(ctx.figures, 'coverage_rate');
	return defined(
		rates.map((rate) => {
			const participants = participantsInSource(ctx.figures, rate);
			const inScope = partnerInSource(ctx.figures, rate, 'workers_in_scope');
			const workers = inScope ?? partnerInSource(ctx.figures, rate, 'employed_population');
			if (!participants || !workers) return undefined;
			const n = figureQuantity(ctx, participants.figure);
			const d = figureQuantity(ctx, workers);
			if (!n || !d) return undefined;
			const registered = participants.figure.indicator === 'registered_participants';
			const note = joined([
				...(registered ? [REGISTERED_NOTE] : []),
				...(inScope ? [] : [EMPLOYED_NOTE]),
			]);
			return makeCheck(ctx, {
				rule: 'coverage_rate',
				reported: rate,
				expected: percentOf(n, d),
				...(note && { note }),
			});
		}),
	);
}
