/**
 * Average claim = amount paid ÷ recipients (or ÷ claims when no recipients are given), per
 * region, programme and period. Scholarships have their own rule (per child).
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Label } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import type { RegionFigures } from './figures-index.ts';
import { figuresOf, partnersForDerived } from './select.ts';

/** How an average is named and divided, per kind of claim. */
export interface AverageWording {
	rule: string;
	label: Label;
	/** Divisor by indicator, in order of preference. */
	divisors: readonly { indicator: string; formula: Label }[];
}

const CLAIMS: AverageWording = {
	rule: 'claims_average',
	label: { id: 'Rata-rata klaim per penerima', en: 'Average claim per recipient' },
	divisors: [
		{
			indicator: 'claims_claimants',
			formula: { id: 'nilai klaim ÷ penerima klaim', en: 'claims paid ÷ claim recipients' },
		},
		{
			indicator: 'claims_count',
			formula: {
				id: 'nilai klaim ÷ jumlah klaim (penerima tidak disebut)',
				en: 'claims paid ÷ number of claims (recipients not given)',
			},
		},
	],
};

/** Averages of `amounts` under `wording`; the divisor comes from the same period. */
export function averagesOf(
	figures: RegionFigures,
	amounts: readonly Figure[],
	wording: AverageWording,
): DerivedFigure[] {
	return amounts.flatMap((amount) => {
		for (const divisor of wording.divisors) {
			const found = partnersForDerived(figures, amount, divisor.indicator);
			if (found.length === 0) continue;
			return defined(
				found.map((count) =>
					makeDerived({
						rule: wording.rule,
						indicator: 'claims_average',
						like: amount,
						period: amount.period,
						value: amount.value / count.value,
						unit: 'idr_per_person',
						decimals: 0,
						label: labelFor(wording.label, amount),
						formula: divisor.formula,
						inputs: [amount, count],
					}),
				),
			);
		}
		return [];
	});
}

/** Average claim per recipient, in total and by programme (scholarships excluded). */
export function deriveClaimsAverage(figures: RegionFigures): DerivedFigure[] {
	const amounts = figuresOf(figures, 'claims_amount', (f) => f.program !== 'BEASISWA');
	return averagesOf(figures, amounts, CLAIMS);
}
