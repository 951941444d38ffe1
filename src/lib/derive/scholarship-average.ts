/** Scholarship average per child = scholarship amount ÷ children, in total and by level. */
import type { DerivedFigure } from '../schema/analysis.ts';
import { averagesOf } from './claims-average.ts';
import type { RegionFigures } from './figures-index.ts';
import { figuresOf } from './select.ts';

/** Average scholarship per child (the BEASISWA benefit of JKK and JKM), per school level. */
export function deriveScholarshipAverage(figures: RegionFigures): DerivedFigure[] {
	const amounts = figuresOf(figures, 'claims_amount', (f) => f.program === 'BEASISWA');
	return averagesOf(figures, amounts, {
		rule: 'scholarship_average',
		label: { id: 'Rata-rata beasiswa per anak', en: 'Average scholarship per child' },
		divisors: [
			{
				indicator: 'claims_claimants',
				formula: {
					id: 'nilai beasiswa ÷ jumlah anak penerima',
					en: 'scholarships paid ÷ children receiving them',
				},
			},
		],
	});
}
