/**
 * Conflicts between hand-made sources: the same series and period with values no rounding
 * reconciles, every side listed; and near-misses that are not conflicts.
 */
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../src/lib/conflicts/index.ts';
import { indexFigures } from '../../../src/lib/derive/figures-index.ts';
import { makeContext, makeFigure, type FigureSpec } from '../helpers/make-figure.ts';

const rate = (sourceId: string, value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
	indicator: 'coverage_rate',
	sourceId,
	value,
	period: '2024',
	...more,
});

/** [what, figures, indexes of the figures in the one conflict expected (or null for none)] */
const cases: [string, FigureSpec[], number[] | null][] = [
	['32% and 42.5% from two sources', [rate('sumber-a', 32), rate('sumber-b', 42.5)], [0, 1]],
	[
		'"sekitar 32%" and 33.5% (beyond one unit of the last digit)',
		[rate('sumber-a', 32, { qualifier: 'approx' }), rate('sumber-b', 33.5)],
		[0, 1],
	],
	[
		'three sources, two agree: every side is listed',
		[rate('sumber-a', 32), rate('sumber-b', 32), rate('sumber-c', 42.5)],
		[0, 1, 2],
	],
	[
		'people counts one apart',
		[
			{ indicator: 'active_participants', sourceId: 'sumber-a', value: 214687 },
			{ indicator: 'active_participants', sourceId: 'sumber-b', value: 214688 },
		],
		[0, 1],
	],
	[
		'31,6% and 31,64%: the same within rounding',
		[rate('sumber-a', 31.6), rate('sumber-b', 31.64)],
		null,
	],
	[
		'"sekitar 32%" and 32.9%',
		[rate('sumber-a', 32, { qualifier: 'approx' }), rate('sumber-b', 32.9)],
		null,
	],
	[
		'"lebih dari 30%" and 42.5%',
		[rate('sumber-a', 30, { qualifier: 'at_least' }), rate('sumber-b', 42.5)],
		null,
	],
	[
		'near-miss: same indicator, another period',
		[rate('sumber-a', 32), rate('sumber-b', 42.5, { period: '2025' })],
		null,
	],
	[
		'near-miss: same region, another segment',
		[rate('sumber-a', 32), rate('sumber-b', 42.5, { segment: 'PU' })],
		null,
	],
	[
		'near-miss: same period, another region',
		[rate('sumber-a', 32), rate('sumber-b', 42.5, { region: '33.02' })],
		null,
	],
	[
		'near-miss: a target and an actual',
		[rate('sumber-a', 32), rate('sumber-b', 42.5, { basis: 'target', plan: 'RPJMD' })],
		null,
	],
	[
		'near-miss: targets of different plans',
		[
			rate('sumber-a', 32.15, { basis: 'target', plan: 'RPJMN', period: '2025' }),
			rate('sumber-b', 52.15, { basis: 'target', plan: 'KEMENDAGRI', period: '2025' }),
		],
		null,
	],
	[
		'near-miss: a month and the year around it',
		[rate('sumber-a', 32), rate('sumber-b', 42.5, { period: '2024-11' })],
		null,
	],
];

describe('findConflicts', () => {
	it.each(cases)('%s', (_what, specs, sides) => {
		const figures = specs.map(makeFigure);
		const conflicts = findConflicts(makeContext(figures), indexFigures(figures));
		if (sides === null) {
			expect(conflicts).toEqual([]);
			return;
		}
		expect(conflicts).toHaveLength(1);
		const [conflict] = conflicts;
		expect(conflict?.id).toMatch(/^k-[0-9a-f]{10}$/);
		expect([...(conflict?.figureIds ?? [])].sort()).toEqual(
			sides.map((i) => figures[i]?.id).sort(),
		);
		expect(conflict?.region).toBe(figures[0]?.region);
		expect(conflict?.indicator).toBe(figures[0]?.indicator);
		expect(conflict?.period).toBe(figures[0]?.period.text);
	});

	it('names each source and value in both languages', () => {
		const figures = [rate('sumber-a', 32, { qualifier: 'approx' }), rate('sumber-b', 42.5)].map(
			makeFigure,
		);
		const [conflict] = findConflicts(makeContext(figures), indexFigures(figures));
		expect(conflict?.message).toEqual({
			id: 'Sumber-sumber berbeda soal cakupan kepesertaan di Kota Malang untuk 2024: Sumber a (29 November 2025) menyebut sekitar 32%; Sumber b (29 November 2025) menyebut 42,5%. Pembulatan tidak menjelaskan perbedaannya.',
			en: 'Sources disagree on the coverage rate in Kota Malang for 2024: Sumber a (29 November 2025) gives about 32%; Sumber b (29 November 2025) gives 42.5%. Rounding does not explain the difference.',
		});
	});

	it('keeps its id when a third source joins', () => {
		const two = [rate('sumber-a', 32), rate('sumber-b', 42.5)].map(makeFigure);
		const three = [...two, makeFigure(rate('sumber-c', 50))];
		const idOf = (figures: typeof two) =>
			findConflicts(makeContext(figures), indexFigures(figures))[0]?.id;
		expect(idOf(three)).toBe(idOf(two));
	});
});
