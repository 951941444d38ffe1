/**
 * Each cross-check rule on hand-made figures: passes, agrees within rounding, or mismatches
 * exactly at the boundary the printed precision sets; and near-misses that must not be
 * compared at all (another period, segment, region, basis or source).
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/checks/index.ts';
import { indexFigures } from '../../../src/lib/derive/figures-index.ts';
import type { CheckStatus } from '../../../src/lib/schema/analysis.ts';
import { makeContext, makeFigure, type FigureSpec } from '../helpers/make-figure.ts';

interface Case {
	what: string;
	figures: FigureSpec[];
	/** The single result expected for `rule`, or null when nothing must be compared. */
	expect: { status: CheckStatus; expected?: number } | null;
	rule: string;
}

const workers = (value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
	indicator: 'workers_in_scope',
	value,
	...more,
});
const active = (value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
	indicator: 'active_participants',
	value,
	...more,
});
const rate = (value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
	indicator: 'coverage_rate',
	value,
	...more,
});
const claims = (indicator: string, value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
	indicator,
	value,
	period: '2025-01-01/2025-10-31',
	...more,
});
const aid = (indicator: string, value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
	indicator,
	value,
	funding: 'APBD',
	...more,
});
const miliar = (x: number) => ({ value: x * 1e9, precision: 5e7 });

const cases: Case[] = [
	// coverage_rate: rate vs participants ÷ workers in scope
	...(
		[
			[31600, 'pass'],
			[31551, 'within_rounding'],
			[31549, 'mismatch'],
			[31650, 'mismatch'],
		] as const
	).map(([n, status]): Case => ({
		what: `31,6% vs ${n} / 100.000`,
		rule: 'coverage_rate',
		figures: [rate(31.6), active(n), workers(100000)],
		expect: { status, expected: n / 1000 },
	})),
	{
		what: 'registered participants stand in when no active ones are given',
		rule: 'coverage_rate',
		figures: [
			rate(32, { qualifier: 'approx', period: '2024' }),
			{ indicator: 'registered_participants', value: 178611, period: '2024' },
			workers(420000, { qualifier: 'approx', precision: 500, period: '2024' }),
		],
		expect: { status: 'mismatch', expected: 42.526428571428575 },
	},
	{
		// Jawa Barat (jabartrust, Aug 2024): "Dengan 23 juta penduduk yang bekerja di Jabar, hanya
		// 5,9 juta orang atau 31,4 persen yang telah terlindungi" — 5,9 ÷ 23 is 25,65%.
		what: 'the employed population stands in when no workers in scope are given',
		rule: 'coverage_rate',
		figures: [
			rate(31.4, { precision: 0.05 }),
			active(5_900_000, { precision: 50_000 }),
			{ indicator: 'employed_population', value: 23_000_000, precision: 500_000 },
		],
		expect: { status: 'mismatch', expected: (5.9 / 23) * 100 },
	},
	{
		what: 'workers in scope, when given, are the base rather than the employed population',
		rule: 'coverage_rate',
		figures: [
			rate(31.6),
			active(31600),
			workers(100000),
			{ indicator: 'employed_population', value: 200000 },
		],
		expect: { status: 'pass', expected: 31.6 },
	},
	{
		what: 'segment coverage: BPU rate vs BPU counts',
		rule: 'coverage_rate',
		figures: [
			rate(9.0, { segment: 'BPU', precision: 0.05 }),
			active(14468, { segment: 'BPU' }),
			workers(160756, { segment: 'BPU' }),
		],
		expect: { status: 'within_rounding', expected: (14468 / 160756) * 100 },
	},
	{
		what: 'kurang dari 1% vs 1.499 / 100.000 × 100',
		rule: 'coverage_rate',
		figures: [rate(1, { qualifier: 'at_most' }), active(1499), workers(100000)],
		expect: { status: 'within_rounding' },
	},
	{
		what: 'kurang dari 1% vs 1.500 / 100.000 × 100',
		rule: 'coverage_rate',
		figures: [rate(1, { qualifier: 'at_most' }), active(1500), workers(100000)],
		expect: { status: 'mismatch' },
	},
	{
		what: 'near-miss: counts of another period',
		rule: 'coverage_rate',
		figures: [rate(31.6), active(31600, { period: '2024' }), workers(100000, { period: '2024' })],
		expect: null,
	},
	{
		what: 'near-miss: counts of another segment',
		rule: 'coverage_rate',
		figures: [
			rate(31.6, { segment: 'PU' }),
			active(31600, { segment: 'BPU' }),
			workers(100000, { segment: 'BPU' }),
		],
		expect: null,
	},
	{
		what: 'near-miss: counts of another region',
		rule: 'coverage_rate',
		figures: [rate(31.6), active(31600, { region: '33.02' }), workers(100000, { region: '33.02' })],
		expect: null,
	},
	{
		what: 'near-miss: a target rate is not checked against actual counts',
		rule: 'coverage_rate',
		figures: [rate(41.23, { basis: 'target', plan: 'RPJPD' }), active(31600), workers(100000)],
		expect: null,
	},
	{
		what: 'near-miss: counts from another source',
		rule: 'coverage_rate',
		figures: [
			rate(31.6),
			active(31000, { sourceId: 'sumber-b' }),
			workers(100000, { sourceId: 'sumber-b' }),
		],
		expect: null,
	},
	// parts_sum: disjoint segments, programmes, school levels
	{
		what: 'PU + BPU + JAKON + PMI = total',
		rule: 'parts_sum',
		figures: [
			active(100),
			active(50, { segment: 'PU' }),
			active(30, { segment: 'BPU' }),
			active(15, { segment: 'JAKON' }),
			active(5, { segment: 'PMI' }),
			active(40, { segment: 'NON_ASN' }),
		],
		expect: { status: 'pass', expected: 100 },
	},
	{
		what: 'all four segments one more than the total',
		rule: 'parts_sum',
		figures: [
			active(100),
			active(51, { segment: 'PU' }),
			active(30, { segment: 'BPU' }),
			active(15, { segment: 'JAKON' }),
			active(5, { segment: 'PMI' }),
		],
		expect: { status: 'mismatch', expected: 101 },
	},
	{
		what: 'some segments under the total: the rest may be in the others',
		rule: 'parts_sum',
		figures: [active(100), active(50, { segment: 'PU' }), active(30, { segment: 'BPU' })],
		expect: { status: 'pass', expected: 80 },
	},
	{
		what: 'some segments over the total',
		rule: 'parts_sum',
		figures: [active(100), active(70, { segment: 'PU' }), active(31, { segment: 'BPU' })],
		expect: { status: 'mismatch', expected: 101 },
	},
	{
		what: 'aid recipients PU + BPU = total (same funding)',
		rule: 'parts_sum',
		figures: [
			aid('contribution_aid_participants', 7446),
			aid('contribution_aid_participants', 3364, { segment: 'PU' }),
			aid('contribution_aid_participants', 4082, { segment: 'BPU' }),
		],
		expect: { status: 'pass', expected: 7446 },
	},
	{
		what: 'claims paid by programme, rounded to 0,1 miliar, within rounding',
		rule: 'parts_sum',
		figures: [
			claims('claims_amount', 0, miliar(531.1)),
			claims('claims_amount', 0, { ...miliar(437.3), program: 'JHT' }),
			claims('claims_amount', 0, { ...miliar(66.4), program: 'JKK' }),
			claims('claims_amount', 0, { ...miliar(19.6), program: 'JKM' }),
			claims('claims_amount', 0, { ...miliar(5.1), program: 'JP' }),
			claims('claims_amount', 0, { ...miliar(2.5), program: 'JKP' }),
			claims('claims_amount', 0, { ...miliar(5.4), program: 'BEASISWA' }),
		],
		expect: { status: 'within_rounding', expected: 530.9e9 },
	},
	{
		what: 'claims paid by programme, 0,3 miliar short: beyond the rounding of six figures',
		rule: 'parts_sum',
		figures: [
			claims('claims_amount', 0, miliar(531.1)),
			claims('claims_amount', 0, { ...miliar(437.1), program: 'JHT' }),
			claims('claims_amount', 0, { ...miliar(66.4), program: 'JKK' }),
			claims('claims_amount', 0, { ...miliar(19.6), program: 'JKM' }),
			claims('claims_amount', 0, { ...miliar(5.1), program: 'JP' }),
			claims('claims_amount', 0, { ...miliar(2.5), program: 'JKP' }),
		],
		expect: { status: 'mismatch', expected: 530.7e9 },
	},
	{
		what: 'claimants by programme vs total (Malang: 33.582 vs 33.522)',
		rule: 'parts_sum',
		figures: [
			claims('claims_claimants', 33522),
			claims('claims_claimants', 28760, { program: 'JHT' }),
			claims('claims_claimants', 3362, { program: 'JKK' }),
			claims('claims_claimants', 445, { program: 'JKM' }),
			claims('claims_claimants', 581, { program: 'JP' }),
			claims('claims_claimants', 434, { program: 'JKP' }),
		],
		expect: { status: 'mismatch', expected: 33582 },
	},
	{
		what: 'scholarship children by level vs the BEASISWA total',
		rule: 'parts_sum',
		figures: [
			claims('claims_claimants', 1113, { program: 'BEASISWA' }),
			...(
				[
					['TK', 48],
					['SD', 335],
					['SMP', 201],
					['SMA', 251],
					['PT', 278],
				] as const
			).map(([level, value]) => claims('claims_claimants', value, { program: 'BEASISWA', level })),
		],
		expect: { status: 'pass', expected: 1113 },
	},
	{
		what: 'near-miss: parts of another period',
		rule: 'parts_sum',
		figures: [
			active(100),
			active(70, { segment: 'PU', period: '2024' }),
			active(40, { segment: 'BPU', period: '2024' }),
		],
		expect: null,
	},
	{
		what: 'near-miss: parts from another source',
		rule: 'parts_sum',
		figures: [
			active(100),
			active(70, { segment: 'PU', sourceId: 'sumber-b' }),
			active(40, { segment: 'BPU', sourceId: 'sumber-b' }),
		],
		expect: null,
	},
	{
		what: 'near-miss: overlapping target groups are not parts',
		rule: 'parts_sum',
		figures: [active(100), active(70, { segment: 'NON_ASN' }), active(40, { segment: 'RENTAN' })],
		expect: null,
	},
	{
		what: 'near-miss: occupational groups a programme is split into are not parts of the total',
		rule: 'parts_sum',
		figures: [
			active(100),
			active(70, { segment: 'PETANI' }),
			active(20, { segment: 'NELAYAN' }),
			active(30, { segment: 'PERANGKAT_DESA' }),
		],
		expect: null,
	},
	// participant_share: share vs part ÷ total
	...(
		[
			[45.18, 'approx', 3364, 'within_rounding'],
			[45.2, 'approx', 3364, 'mismatch'],
			[45.18, null, 45175, 'within_rounding'],
			[45.18, null, 45174, 'mismatch'],
		] as const
	).map(([share, qualifier, part, status]): Case => ({
		what: `${qualifier ?? ''} ${share}% vs ${part} / ${part > 10000 ? 100000 : 7446}`,
		rule: 'participant_share',
		figures: [
			aid('contribution_aid_participant_share', share, {
				segment: 'PU',
				precision: 0.005,
				qualifier,
			}),
			aid('contribution_aid_participants', part, { segment: 'PU' }),
			aid('contribution_aid_participants', part > 10000 ? 100000 : 7446),
		],
		expect: { status },
	})),
	// coverage_from_segments: the total rate from segment rates and counts (Trenggalek)
	...(
		[
			[26.04, 'within_rounding'],
			[26.07, 'mismatch'],
			[28.18, 'mismatch'],
		] as const
	).map(([total, status]): Case => ({
		what: `total ${total}% vs PU 43,2% (38.595), BPU 9,0% (14.468), JAKON 81,7% (17.407)`,
		rule: 'coverage_from_segments',
		figures: [
			rate(total, { precision: 0.005, period: '2024-11-13' }),
			rate(43.2, { segment: 'PU', period: '2024-11-13' }),
			active(38595, { segment: 'PU', period: '2024-11-13' }),
			rate(9, { segment: 'BPU', precision: 0.05, period: '2024-11-13' }),
			active(14468, { segment: 'BPU', period: '2024-11-13' }),
			rate(81.7, { segment: 'JAKON', period: '2024-11-13' }),
			active(17407, { segment: 'JAKON', period: '2024-11-13' }),
		],
		expect: { status },
	})),
	// uncovered_workers
	{
		what: '469.967 = 684.654 − 214.687',
		rule: 'uncovered_workers',
		figures: [
			{ indicator: 'uncovered_workers', value: 469967 },
			workers(684654),
			active(214687, { qualifier: 'approx' }),
		],
		expect: { status: 'pass', expected: 469967 },
	},
	{
		what: '469.969 vs 684.654 − sekitar 214.687 (± 1)',
		rule: 'uncovered_workers',
		figures: [
			{ indicator: 'uncovered_workers', value: 469969 },
			workers(684654),
			active(214687, { qualifier: 'approx' }),
		],
		expect: { status: 'mismatch', expected: 469967 },
	},
	// claims_average
	...(
		[
			[42e6, 'approx', 924e6, 5e5, 'pass'],
			[42e6, null, 934_999_978, 0.5, 'within_rounding'],
			[42e6, null, 935_000_000, 0.5, 'mismatch'],
		] as const
	).map(([average, qualifier, amount, precision, status]): Case => ({
		what: `average Rp${average} vs Rp${amount} / 22 claims`,
		rule: 'claims_average',
		figures: [
			claims('claims_average', average, { program: 'JKM', precision: 5e5, qualifier }),
			claims('claims_amount', amount, { program: 'JKM', precision }),
			claims('claims_count', 22, { program: 'JKM' }),
		],
		expect: { status, expected: amount / 22 },
	})),
	// claims_per_1000
	...(
		[
			[3, 'approx', 'within_rounding'],
			[2, null, 'mismatch'],
			[3, null, 'within_rounding'],
		] as const
	).map(([value, qualifier, status]): Case => ({
		what: `${qualifier ?? ''} ${value} per 1.000 vs 22 / 7.446 × 1.000`,
		rule: 'claims_per_1000',
		figures: [
			aid('claims_per_1000', value, { program: 'JKM', qualifier, period: '2025-01/2025-10' }),
			aid('claims_count', 22, { program: 'JKM', period: '2025-01/2025-10' }),
			aid('contribution_aid_participants', 7446),
		],
		expect: { status, expected: (22 / 7446) * 1000 },
	})),
	{
		what: 'near-miss: participants dated outside the claims period',
		rule: 'claims_per_1000',
		figures: [
			aid('claims_per_1000', 3, { program: 'JKM', period: '2025-01/2025-10' }),
			aid('claims_count', 22, { program: 'JKM', period: '2025-01/2025-10' }),
			aid('contribution_aid_participants', 7446, { period: '2024' }),
		],
		expect: null,
	},
	// budget_change
	...(
		[
			[8.38, 'approx', 'within_rounding'],
			[8.38, null, 'within_rounding'],
			[8.37, null, 'mismatch'],
			[8.37, 'approx', 'within_rounding'],
			[8.36, 'approx', 'mismatch'],
		] as const
	).map(([change, qualifier, status]): Case => ({
		what: `${qualifier ?? ''} ${change}% vs 1.699.805.664 → 1.842.248.232`,
		rule: 'budget_change',
		figures: [
			aid('contribution_aid_budget_change', change, { precision: 0.005, qualifier }),
			aid('contribution_aid_budget', 1699805664, { period: '2024' }),
			aid('contribution_aid_budget', 1842248232),
		],
		expect: { status },
	})),
	{
		what: 'near-miss: the other budget is two years back',
		rule: 'budget_change',
		figures: [
			aid('contribution_aid_budget_change', 8.38),
			aid('contribution_aid_budget', 1699805664, { period: '2023' }),
			aid('contribution_aid_budget', 1842248232),
		],
		expect: null,
	},
	// aid_per_participant_year
	...(
		[
			[247000, 'approx', 'within_rounding'],
			[246000, 'approx', 'mismatch'],
			[247414, null, 'within_rounding'],
		] as const
	).map(([value, qualifier, status]): Case => ({
		what: `${qualifier ?? ''} Rp${value} vs 1.842.248.232 / 7.446`,
		rule: 'aid_per_participant_year',
		figures: [
			aid('contribution_aid_per_participant_year', value, {
				precision: qualifier ? 500 : 0.5,
				qualifier,
			}),
			aid('contribution_aid_budget', 1842248232),
			aid('contribution_aid_participants', 7446),
		],
		expect: { status, expected: 1842248232 / 7446 },
	})),
	// budget_product
	...(
		[
			[5.3, 'mismatch'],
			[5.2, 'within_rounding'],
		] as const
	).map(([budget, status]): Case => ({
		what: `Rp ${budget} miliar vs 25.808 × Rp16.800 × 12 (months read from "satu tahun")`,
		rule: 'budget_product',
		figures: [
			aid('contribution_aid_budget', 0, {
				...miliar(budget),
				funding: 'DBHCHT',
				segment: 'RENTAN',
			}),
			aid('contribution_aid_participants', 25808, { funding: 'DBHCHT', segment: 'RENTAN' }),
			aid('contribution_aid_monthly_contribution', 16800, { funding: 'DBHCHT', segment: 'RENTAN' }),
			aid('contribution_aid_months', 12, { funding: 'DBHCHT', segment: 'RENTAN', precision: 6 }),
		],
		expect: { status, expected: 5202892800 },
	})),
	{
		what: 'near-miss: budget of another funding',
		rule: 'budget_product',
		figures: [
			aid('contribution_aid_budget', 0, { ...miliar(5.3), funding: 'APBD' }),
			aid('contribution_aid_participants', 25808, { funding: 'DBHCHT' }),
			aid('contribution_aid_monthly_contribution', 16800, { funding: 'DBHCHT' }),
			aid('contribution_aid_months', 12, { funding: 'DBHCHT' }),
		],
		expect: null,
	},
];

describe('cross-check rules', () => {
	it.each(cases)('$rule: $what', (c) => {
		const figures = c.figures.map(makeFigure);
		const results = runChecks(makeContext(figures), indexFigures(figures)).filter(
			(r) => r.rule === c.rule,
		);
		if (c.expect === null) {
			expect(results).toEqual([]);
			return;
		}
		expect(results).toHaveLength(1);
		const [result] = results;
		expect(result?.status).toBe(c.expect.status);
		if (c.expect.expected !== undefined) expect(result?.expected).toBeCloseTo(c.expect.expected, 6);
		expect(result?.region).toBe(figures[0]?.region);
		expect(result?.reportedId).toBe(figures[0]?.id);
		expect(result?.difference).toBeCloseTo((result?.reported ?? 0) - (result?.expected ?? 0), 6);
	});
});
