/** Tick labels per locale: grouping and decimal marks from src/lib/format. */
import { describe, expect, it } from 'vitest';
import { formatTicks, tickDecimals } from '../../../src/lib/chart/ticks.ts';

describe('formatTicks', () => {
	const cases: [string, number[], Parameters<typeof formatTicks>[1], string[], string[]][] = [
		['thousands', [0, 1000, 2000], 'persons', ['0', '1.000', '2.000'], ['0', '1,000', '2,000']],
		['millions', [0, 2_000_000], 'count', ['0', '2.000.000'], ['0', '2,000,000']],
		['whole percents', [0, 20, 40], 'percent', ['0%', '20%', '40%'], ['0%', '20%', '40%']],
		[
			'half percents',
			[10, 12.5, 15],
			'percent',
			['10,0%', '12,5%', '15,0%'],
			['10.0%', '12.5%', '15.0%'],
		],
		[
			'rupiah',
			[0, 2e9, 4e9],
			'idr',
			['Rp0', 'Rp2 miliar', 'Rp4 miliar'],
			['IDR 0', 'IDR 2 billion', 'IDR 4 billion'],
		],
	];
	it.each(cases)('%s', (_, ticks, unit, id, en) => {
		expect(formatTicks(ticks, unit, 'id')).toEqual(id);
		expect(formatTicks(ticks, unit, 'en')).toEqual(en);
	});
});

describe('tickDecimals', () => {
	const cases: [number[], number][] = [
		[[0, 10, 20], 0],
		[[0, 0.5, 1], 1],
		[[0, 0.25, 0.5], 2],
		[[5], 0],
		[[], 0],
	];
	it.each(cases)('%j → %i', (ticks, decimals) => expect(tickDecimals(ticks)).toBe(decimals));
});
