/**
 * Each derivation rule on hand-made figures: its value, formula, inputs and rounding; and the
 * figures it must not combine (another period, segment, region, basis or, for one source's
 * statements, another source).
 */
import { describe, expect, it } from 'vitest';
import { indexFigures } from '../../../src/lib/derive/figures-index.ts';
import { deriveAll } from '../../../src/lib/derive/index.ts';
import type { DerivedFigure } from '../../../src/lib/schema/analysis.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';
import { makeFigure, type FigureSpec } from '../helpers/make-figure.ts';

/** Every derived figure of `figures`, indexed as analyse() indexes them. */
const derive = (figures: readonly Figure[]) => deriveAll(indexFigures(figures));

interface Case {
	what: string;
	rule: string;
	figures: FigureSpec[];
	/** Values of the rule's results (in output order); empty when nothing may be derived. */
	values: number[];
	/** Indexes into `figures` of each result's inputs, in formula order. */
	inputs?: number[][];
	/** Words the English formula must contain. */
	formula?: string;
	check?: (d: DerivedFigure) => void;
}

const f = (indicator: string, value: number, more: Partial<FigureSpec> = {}): FigureSpec => ({
	indicator,
	value,
	...more,
});
const claimsPeriod = { period: '2025-01-01/2025-10-31' };

const cases: Case[] = [
	{
		what: 'coverage from active participants and workers in scope',
		rule: 'coverage_rate',
		figures: [f('active_participants', 214687), f('workers_in_scope', 684654)],
		values: [(214687 / 684654) * 100],
		inputs: [[0, 1]],
		formula: 'active participants ÷ workers in scope × 100',
		check: (d) => {
			expect(d.unit).toBe('percent');
			expect(d.decimals).toBe(2);
			expect(d.indicator).toBe('coverage_rate');
		},
	},
	{
		what: 'coverage from registered participants says so',
		rule: 'coverage_rate',
		figures: [f('registered_participants', 178611), f('workers_in_scope', 420000)],
		values: [(178611 / 420000) * 100],
		formula: 'registered participants (not active participants)',
		check: (d) => expect(d.formula.id).toContain('peserta terdaftar (bukan peserta aktif)'),
	},
	{
		what: 'coverage across two sources of one region at the same date',
		rule: 'coverage_rate',
		figures: [f('active_participants', 300), f('workers_in_scope', 1000, { sourceId: 'sumber-b' })],
		values: [30],
	},
	{
		what: 'near-miss: workers of another period',
		rule: 'coverage_rate',
		figures: [f('active_participants', 300), f('workers_in_scope', 1000, { period: '2024' })],
		values: [],
	},
	{
		what: 'near-miss: workers of another segment',
		rule: 'coverage_rate',
		figures: [
			f('active_participants', 300, { segment: 'PU' }),
			f('workers_in_scope', 1000, { segment: 'BPU' }),
		],
		values: [],
	},
	{
		what: 'near-miss: workers of another region',
		rule: 'coverage_rate',
		figures: [f('active_participants', 300), f('workers_in_scope', 1000, { region: '33.02' })],
		values: [],
	},
	{
		what: 'near-miss: target participants with actual workers',
		rule: 'coverage_rate',
		figures: [
			f('active_participants', 300, { basis: 'target', plan: 'RPJMD' }),
			f('workers_in_scope', 1000),
		],
		values: [],
	},
	{
		what: 'workers not yet covered',
		rule: 'uncovered_workers',
		figures: [f('active_participants', 214687), f('workers_in_scope', 684654)],
		values: [469967],
		inputs: [[1, 0]],
		formula: 'workers in scope − active participants',
	},
	{
		what: 'segment shares of a reported total (groups such as NON_ASN left out)',
		rule: 'segment_share',
		figures: [
			f('active_participants', 200),
			f('active_participants', 150, { segment: 'PU' }),
			f('active_participants', 50, { segment: 'BPU' }),
			f('active_participants', 20, { segment: 'NON_ASN' }),
		],
		values: [25, 75],
		formula: 'all active participants',
	},
	{
		what: 'segment shares of the named segments when no total is given',
		rule: 'segment_share',
		figures: [
			f('active_participants', 38595, { segment: 'PU' }),
			f('active_participants', 14468, { segment: 'BPU' }),
			f('active_participants', 17407, { segment: 'JAKON' }),
		],
		values: [(14468 / 70470) * 100, (17407 / 70470) * 100, (38595 / 70470) * 100],
		formula: 'segments PU + BPU + JAKON',
	},
	{
		what: 'aid per participant per month and per year (months given)',
		rule: 'aid_per_participant_month',
		figures: [
			f('contribution_aid_budget', 5.3e9, { funding: 'DBHCHT', precision: 5e7 }),
			f('contribution_aid_participants', 25808, { funding: 'DBHCHT' }),
			f('contribution_aid_months', 12, { funding: 'DBHCHT' }),
		],
		values: [5.3e9 / (25808 * 12)],
		inputs: [[0, 1, 2]],
		formula: 'budget ÷ (aid recipients × months of aid)',
	},
	{
		what: 'aid per participant per year, months given',
		rule: 'aid_per_participant_year',
		figures: [
			f('contribution_aid_budget', 365600000, { funding: 'APBD', period: '2023' }),
			f('contribution_aid_participants', 5600, { funding: 'APBD', period: '2023' }),
			f('contribution_aid_months', 3, { funding: 'APBD', period: '2023' }),
		],
		values: [(365600000 / (5600 * 3)) * 12],
	},
	{
		what: 'aid per participant per year, no months: the budget is one year',
		rule: 'aid_per_participant_year',
		figures: [
			f('contribution_aid_budget', 1842248232, { funding: 'APBD' }),
			f('contribution_aid_participants', 7446, { funding: 'APBD' }),
		],
		values: [1842248232 / 7446],
		formula: 'the budget taken to cover one year',
	},
	{
		what: 'near-miss: recipients of another funding',
		rule: 'aid_per_participant_year',
		figures: [
			f('contribution_aid_budget', 1842248232, { funding: 'APBD' }),
			f('contribution_aid_participants', 7446, { funding: 'DBHCHT' }),
		],
		values: [],
	},
	{
		what: 'year-on-year change of a budget',
		rule: 'budget_change',
		figures: [
			f('contribution_aid_budget', 1842248232, { funding: 'APBD' }),
			f('contribution_aid_budget', 1699805664, { funding: 'APBD', period: '2024' }),
		],
		values: [((1842248232 - 1699805664) / 1699805664) * 100],
		inputs: [[0, 1]],
		check: (d) => {
			expect(d.indicator).toBe('contribution_aid_budget_change');
			expect(d.period.text).toBe('2025');
		},
	},
	{
		what: 'near-miss: a planned budget is not compared with an actual one',
		rule: 'budget_change',
		figures: [
			f('contribution_aid_budget', 2092600000, { funding: 'APBD', basis: 'planned' }),
			f('contribution_aid_budget', 1200000000, { funding: 'APBD', period: '2024' }),
		],
		values: [],
	},
	{
		what: 'near-miss: budgets two years apart',
		rule: 'budget_change',
		figures: [
			f('contribution_aid_budget', 1200000000, { funding: 'APBD' }),
			f('contribution_aid_budget', 365600000, { funding: 'APBD', period: '2023' }),
		],
		values: [],
	},
	{
		what: 'average claim per recipient by programme (scholarships apart)',
		rule: 'claims_average',
		figures: [
			f('claims_amount', 19.6e9, { program: 'JKM', precision: 5e7, ...claimsPeriod }),
			f('claims_claimants', 445, { program: 'JKM', ...claimsPeriod }),
			f('claims_amount', 5.4e9, { program: 'BEASISWA', precision: 5e7, ...claimsPeriod }),
			f('claims_claimants', 1113, { program: 'BEASISWA', ...claimsPeriod }),
		],
		values: [19.6e9 / 445],
		inputs: [[0, 1]],
		formula: 'claims paid ÷ claim recipients',
	},
	{
		what: 'average claim per claim when no recipients are given',
		rule: 'claims_average',
		figures: [
			f('claims_amount', 924e6, { program: 'JKM', funding: 'APBD', ...claimsPeriod }),
			f('claims_count', 22, { program: 'JKM', funding: 'APBD', ...claimsPeriod }),
		],
		values: [42e6],
		formula: 'number of claims',
	},
	{
		what: 'near-miss: recipients of another programme',
		rule: 'claims_average',
		figures: [
			f('claims_amount', 19.6e9, { program: 'JKM', ...claimsPeriod }),
			f('claims_claimants', 3362, { program: 'JKK', ...claimsPeriod }),
		],
		values: [],
	},
	{
		what: 'scholarship average per child, by level',
		rule: 'scholarship_average',
		figures: [
			f('claims_amount', 3.6e9, { program: 'BEASISWA', level: 'PT', ...claimsPeriod }),
			f('claims_claimants', 278, { program: 'BEASISWA', level: 'PT', ...claimsPeriod }),
			f('claims_amount', 519e6, { program: 'BEASISWA', level: 'SD', ...claimsPeriod }),
			f('claims_claimants', 201, { program: 'BEASISWA', level: 'SMP', ...claimsPeriod }),
		],
		values: [3.6e9 / 278],
		formula: 'children receiving them',
	},
	{
		what: 'claims per 1,000 aid recipients',
		rule: 'claims_per_1000',
		figures: [
			f('claims_count', 22, { program: 'JKM', funding: 'APBD', period: '2025-01/2025-10' }),
			f('contribution_aid_participants', 7446, { funding: 'APBD' }),
		],
		values: [(22 / 7446) * 1000],
		inputs: [[0, 1]],
		formula: 'claims ÷ aid recipients × 1,000',
	},
	{
		what: 'near-miss: participants dated before the claims period',
		rule: 'claims_per_1000',
		figures: [
			f('claims_count', 22, { program: 'JKM', funding: 'APBD', period: '2025-01/2025-10' }),
			f('contribution_aid_participants', 7446, { funding: 'APBD', period: '2024' }),
		],
		values: [],
	},
	{
		what: 'gap to a target from the latest actual coverage',
		rule: 'coverage_gap',
		figures: [
			f('coverage_rate', 83.29, { basis: 'target', plan: 'RPJPD', period: '2045' }),
			f('coverage_rate', 20, { period: '2023' }),
			f('coverage_rate', 26.04, { period: '2024-11-13' }),
			f('coverage_rate', 50, { period: '2024-11-13', segment: 'PU' }),
		],
		values: [83.29 - 26.04],
		inputs: [[0, 2]],
		check: (d) =>
			expect(d.label.en).toBe('Coverage gap to the RPJPD 2045 target (percentage points)'),
	},
	{
		what: 'pace needed per year to the target year',
		rule: 'coverage_pace',
		figures: [
			f('coverage_rate', 83.29, { basis: 'target', plan: 'RPJPD', period: '2045' }),
			f('coverage_rate', 26.04, { period: '2024-11-13' }),
		],
		values: [(83.29 - 26.04) / 21],
	},
	{
		what: 'a target already passed: negative gap, no pace',
		rule: 'coverage_pace',
		figures: [
			f('coverage_rate', 41.23, { basis: 'target', plan: 'RPJPD', period: '2025' }),
			f('coverage_rate', 41.66, { period: '2025-11' }),
		],
		values: [],
	},
	{
		what: 'a target of the current year: a gap but no pace',
		rule: 'coverage_gap',
		figures: [
			f('coverage_rate', 50.24, { basis: 'target', plan: 'RPJMN', period: '2024' }),
			f('coverage_rate', 35.35, { period: '2024-11', qualifier: 'approx' }),
		],
		values: [50.24 - 35.35],
	},
	{
		what: 'near-miss: the actual coverage of another region',
		rule: 'coverage_gap',
		figures: [
			f('coverage_rate', 50.24, { basis: 'target', plan: 'RPJMN', period: '2024' }),
			f('coverage_rate', 35, { period: '2024-11', region: '33.02' }),
		],
		values: [],
	},
];

describe('derivation rules', () => {
	it.each(cases)('$rule: $what', (c) => {
		const figures = c.figures.map(makeFigure);
		const results = derive(figures).filter((d) => d.rule === c.rule);
		expect(results.map((d) => d.value)).toHaveLength(c.values.length);
		results.forEach((d, i) => {
			expect(d.value).toBeCloseTo(c.values[i] ?? NaN, 6);
			expect(d.id).toMatch(/^d-[0-9a-f]{10}$/);
			expect(d.formula.id).not.toBe('');
			if (c.formula) expect(d.formula.en).toContain(c.formula);
			const expectedInputs = c.inputs?.[i];
			if (expectedInputs) expect(d.inputs).toEqual(expectedInputs.map((k) => figures[k]?.id));
			for (const id of d.inputs) expect(figures.map((x) => x.id)).toContain(id);
			c.check?.(d);
		});
	});
});

describe('deriveAll', () => {
	const figures = [
		f('active_participants', 214687),
		f('workers_in_scope', 684654),
		f('active_participants', 159475, { segment: 'PU' }),
		f('active_participants', 55212, { segment: 'BPU' }),
		f('coverage_rate', 50, { basis: 'target', plan: 'RPJMD', period: '2030' }),
		f('coverage_rate', 31.6),
	].map(makeFigure);

	it('gives the same results, ids and order whatever the order of the figures', () => {
		const forward = derive(figures);
		const backward = derive([...figures].reverse());
		expect(backward).toEqual(forward);
		expect(new Set(forward.map((d) => d.id)).size).toBe(forward.length);
	});

	it('keeps an id when a value is corrected', () => {
		const corrected = figures.map((x) =>
			x.indicator === 'workers_in_scope' ? { ...x, value: 700000 } : x,
		);
		const ids = (list: DerivedFigure[]) => list.map((d) => d.id);
		expect(ids(derive(corrected))).toEqual(ids(derive(figures)));
	});

	it('lists a figure derived twice (its inputs listed twice) once', () => {
		const twice = derive([...figures, ...figures]);
		expect(twice).toEqual(derive(figures));
	});
});
