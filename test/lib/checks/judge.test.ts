/**
 * The tolerance rules at their boundaries: a printed figure stands for the interval its last
 * digit allows ("31,6" → [31.55, 31.65)), "sekitar" widens it to one whole unit of the last
 * digit, "lebih dari" / "kurang dari" are one-sided, full counts and months are exact.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../../src/lib/checks/judge.ts';
import { halfWidth, reportedRange } from '../../../src/lib/checks/tolerance.ts';
import type { CheckStatus } from '../../../src/lib/schema/analysis.ts';
import type { Qualifier, Unit } from '../../../src/lib/schema/enums.ts';
import { makeFigure } from '../helpers/make-figure.ts';

interface Case {
	what: string;
	value: number;
	precision: number;
	qualifier?: Qualifier;
	unit: Unit;
	expected: number;
	/** The interval the rounded inputs allow; the point `expected` when omitted. */
	inputs?: [number, number];
	lowerBound?: boolean;
	status: CheckStatus;
}

const percent = { unit: 'percent' as const, precision: 0.05, value: 31.6 };
const cases: Case[] = [
	{ what: '31,6 vs 31.6', ...percent, expected: 31.6, status: 'pass' },
	{ what: '31,6 vs float noise', ...percent, expected: 31.6 + 1e-12, status: 'pass' },
	{ what: '31,6 vs 31.551', ...percent, expected: 31.551, status: 'within_rounding' },
	{ what: '31,6 vs 31.549', ...percent, expected: 31.549, status: 'mismatch' },
	{
		what: '31,6 vs 31.55 (lower end included)',
		...percent,
		expected: 31.55,
		status: 'within_rounding',
	},
	{ what: '31,6 vs 31.6499', ...percent, expected: 31.6499, status: 'within_rounding' },
	{ what: '31,6 vs 31.65 (upper end excluded)', ...percent, expected: 31.65, status: 'mismatch' },
	{ what: '31,6 vs 31.36 (Banyumas)', ...percent, expected: 31.357, status: 'mismatch' },
	{
		what: '31,6 vs 31.50 whose rounded inputs reach 31.56',
		...percent,
		expected: 31.5,
		inputs: [31.44, 31.56],
		status: 'within_rounding',
	},
	{
		what: '31,6 vs 31.50 whose rounded inputs stop at 31.549',
		...percent,
		expected: 31.5,
		inputs: [31.44, 31.549],
		status: 'mismatch',
	},
	{
		what: 'sekitar 32 vs 32',
		unit: 'percent',
		value: 32,
		precision: 0.5,
		qualifier: 'approx',
		expected: 32,
		status: 'pass',
	},
	{
		what: 'sekitar 32 vs 31.0',
		unit: 'percent',
		value: 32,
		precision: 0.5,
		qualifier: 'approx',
		expected: 31,
		status: 'within_rounding',
	},
	{
		what: 'sekitar 32 vs 30.99',
		unit: 'percent',
		value: 32,
		precision: 0.5,
		qualifier: 'approx',
		expected: 30.99,
		status: 'mismatch',
	},
	{
		what: 'sekitar 32 vs 32.99',
		unit: 'percent',
		value: 32,
		precision: 0.5,
		qualifier: 'approx',
		expected: 32.99,
		status: 'within_rounding',
	},
	{
		what: 'sekitar 32 vs 33.0 (both ends included)',
		unit: 'percent',
		value: 32,
		precision: 0.5,
		qualifier: 'approx',
		expected: 33,
		status: 'within_rounding',
	},
	{
		what: 'sekitar 32 vs 33.01',
		unit: 'percent',
		value: 32,
		precision: 0.5,
		qualifier: 'approx',
		expected: 33.01,
		status: 'mismatch',
	},
	{
		what: 'sekitar 32 vs 42.53 (Malang)',
		unit: 'percent',
		value: 32,
		precision: 0.5,
		qualifier: 'approx',
		expected: 42.53,
		status: 'mismatch',
	},
	{
		what: 'sekitar 23,5 vs 23.553 (truncated)',
		unit: 'percent',
		value: 23.5,
		precision: 0.05,
		qualifier: 'approx',
		expected: 23.553,
		status: 'within_rounding',
	},
	{
		what: '23,5 vs 23.553 without "sekitar"',
		unit: 'percent',
		value: 23.5,
		precision: 0.05,
		expected: 23.553,
		status: 'mismatch',
	},
	{
		what: 'lebih dari 50 vs 80',
		unit: 'percent',
		value: 50,
		precision: 0.5,
		qualifier: 'at_least',
		expected: 80,
		status: 'pass',
	},
	{
		what: 'lebih dari 50 vs 50',
		unit: 'percent',
		value: 50,
		precision: 0.5,
		qualifier: 'at_least',
		expected: 50,
		status: 'pass',
	},
	{
		what: 'lebih dari 50 vs 49.5',
		unit: 'percent',
		value: 50,
		precision: 0.5,
		qualifier: 'at_least',
		expected: 49.5,
		status: 'within_rounding',
	},
	{
		what: 'lebih dari 50 vs 49.49',
		unit: 'percent',
		value: 50,
		precision: 0.5,
		qualifier: 'at_least',
		expected: 49.49,
		status: 'mismatch',
	},
	{
		what: 'kurang dari 1 vs 0.9',
		unit: 'percent',
		value: 1,
		precision: 0.5,
		qualifier: 'at_most',
		expected: 0.9,
		status: 'pass',
	},
	{
		what: 'kurang dari 1 vs 1.49',
		unit: 'percent',
		value: 1,
		precision: 0.5,
		qualifier: 'at_most',
		expected: 1.49,
		status: 'within_rounding',
	},
	{
		what: 'kurang dari 1 vs 1.5',
		unit: 'percent',
		value: 1,
		precision: 0.5,
		qualifier: 'at_most',
		expected: 1.5,
		status: 'mismatch',
	},
	{
		what: 'lebih dari 63.680 orang vs 63.679',
		unit: 'persons',
		value: 63680,
		precision: 0.5,
		qualifier: 'at_least',
		expected: 63679,
		status: 'mismatch',
	},
	{
		what: '33.522 orang vs 33.522',
		unit: 'persons',
		value: 33522,
		precision: 0.5,
		expected: 33522,
		status: 'pass',
	},
	{
		what: '33.522 orang vs 33.523 (full counts are exact)',
		unit: 'persons',
		value: 33522,
		precision: 0.5,
		expected: 33523,
		status: 'mismatch',
	},
	{
		what: 'sekitar 214.687 vs 214.688',
		unit: 'persons',
		value: 214687,
		precision: 0.5,
		qualifier: 'approx',
		expected: 214688,
		status: 'within_rounding',
	},
	{
		what: 'sekitar 214.687 vs 214.689',
		unit: 'persons',
		value: 214687,
		precision: 0.5,
		qualifier: 'approx',
		expected: 214689,
		status: 'mismatch',
	},
	{
		what: '420 ribu orang vs 420.499',
		unit: 'persons',
		value: 420000,
		precision: 500,
		expected: 420499,
		status: 'within_rounding',
	},
	{
		what: 'Rp 5,3 miliar vs 5,2501 miliar',
		unit: 'idr',
		value: 5.3e9,
		precision: 5e7,
		expected: 5.2501e9,
		status: 'within_rounding',
	},
	{
		what: 'Rp 5,3 miliar vs 5,2499 miliar',
		unit: 'idr',
		value: 5.3e9,
		precision: 5e7,
		expected: 5.2499e9,
		status: 'mismatch',
	},
	{
		what: 'Rp 5,3 miliar vs 5,2029 miliar (Malang)',
		unit: 'idr',
		value: 5.3e9,
		precision: 5e7,
		expected: 5202892800,
		status: 'mismatch',
	},
	{
		what: 'total 100 vs some parts summing to 90',
		unit: 'persons',
		value: 100,
		precision: 0.5,
		expected: 90,
		lowerBound: true,
		status: 'pass',
	},
	{
		what: 'total 100 vs some parts summing to 100',
		unit: 'persons',
		value: 100,
		precision: 0.5,
		expected: 100,
		lowerBound: true,
		status: 'pass',
	},
	{
		what: 'total 100 vs some parts summing to 101',
		unit: 'persons',
		value: 100,
		precision: 0.5,
		expected: 101,
		lowerBound: true,
		status: 'mismatch',
	},
	{
		what: 'total 3,2 juta vs parts summing to 3.249.999',
		unit: 'persons',
		value: 3.2e6,
		precision: 5e4,
		expected: 3249999,
		lowerBound: true,
		status: 'within_rounding',
	},
];

describe('judge at the precision boundary', () => {
	it.each(cases)('$what → $status', (c) => {
		const f = makeFigure({
			indicator: 'x',
			value: c.value,
			precision: c.precision,
			...(c.qualifier && { qualifier: c.qualifier }),
		});
		const [lo, hi] = c.inputs ?? [c.expected, c.expected];
		const status = judge(c.value, f.qualifier, reportedRange(f, c.unit), {
			value: c.expected,
			range: { lo, hi },
			lowerBound: c.lowerBound ?? false,
		});
		expect(status).toBe(c.status);
	});
});

describe('halfWidth', () => {
	const cases: [string, number, number, Qualifier | null, Unit, number][] = [
		['31,6 persen', 31.6, 0.05, null, 'percent', 0.05],
		['sekitar 31,6 persen', 31.6, 0.05, 'approx', 'percent', 0.1],
		['33.522 peserta (full count)', 33522, 0.5, null, 'persons', 0],
		['sekitar 214.687 peserta', 214687, 0.5, 'approx', 'persons', 1],
		['Rp1.842.248.232 (full amount)', 1842248232, 0.5, null, 'idr', 0],
		['Rp 5,3 miliar', 5.3e9, 5e7, null, 'idr', 5e7],
		['satu tahun (months are exact)', 12, 6, null, 'months', 0],
		['sekitar 3 per 1.000', 3, 0.5, 'approx', 'per_1000', 1],
		['Rp247.414 per peserta (an average, rounded)', 247414, 0.5, null, 'idr_per_person_year', 0.5],
	];
	it.each(cases)('%s → ±%s', (_what, value, precision, qualifier, unit, expected) => {
		const f = makeFigure({ indicator: 'x', value, precision, qualifier });
		expect(halfWidth(f, unit)).toBeCloseTo(expected, 12);
	});
});
