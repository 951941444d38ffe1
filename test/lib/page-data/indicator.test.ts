/** The indicator page keeps each series' latest values; the rest is counted, not dropped silently. */
import { describe, expect, it } from 'vitest';
import { latestPerSeries } from '../../../src/lib/page-data/indicator.ts';
import { fig } from '../chart/fixture.ts';

describe('latestPerSeries', () => {
	it('keeps the values whose period ends last in each series, ties from several sources included', () => {
		const old = fig({ indicator: 'coverage_rate', period: '2023', value: 30 });
		const newest = fig({ indicator: 'coverage_rate', period: '2024', value: 31 });
		const rival = fig({ indicator: 'coverage_rate', period: '2024', value: 32, sourceId: 'other' });
		const otherRegion = fig({
			indicator: 'coverage_rate',
			period: '2020',
			value: 40,
			region: '33.02',
		});
		const segment = fig({ indicator: 'coverage_rate', period: '2022', value: 5, segment: 'PU' });
		const target = fig({ indicator: 'coverage_rate', period: '2045', value: 100, basis: 'target' });
		const list = [old, newest, rival, otherRegion, segment, target];
		expect(latestPerSeries(list)).toEqual([newest, rival, otherRegion, segment, target]);
	});

	it('compares period ends, not starts: a year ends after a month inside it', () => {
		const month = fig({ indicator: 'coverage_rate', period: '2024-06', value: 30 });
		const year = fig({ indicator: 'coverage_rate', period: '2024', value: 31 });
		expect(latestPerSeries([year, month])).toEqual([year]);
	});
});
