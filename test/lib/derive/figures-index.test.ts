/** The figures index analyse() builds once: regions, indicators, point values and sources. */
import { describe, expect, it } from 'vitest';
import { indexFigures } from '../../../src/lib/derive/figures-index.ts';
import { figuresInSource, figuresOf, withIndicator } from '../../../src/lib/derive/select.ts';
import { makeFigure } from '../helpers/make-figure.ts';

const figures = [
	{ indicator: 'coverage_rate', value: 31, sourceId: 'sumber-b' },
	{ indicator: 'coverage_rate', value: 32, region: '35.07' },
	{ indicator: 'workers_in_scope', value: 684654 },
	{ indicator: 'coverage_rate', value: 30, qualifier: 'at_least' as const },
	{ indicator: 'coverage_rate', value: 29, period: '2024' },
].map(makeFigure);
const [b31, other, workers, atLeast, a29] = figures;
const index = indexFigures(figures);
const malang = index.regions[0];
if (!malang) throw new Error('no region');

describe('indexFigures', () => {
	it('splits the figures by region, regions in order of first appearance', () => {
		expect(index.figures).toBe(figures);
		expect(index.regions.map((r) => [r.region, r.all])).toEqual([
			['35.73', [b31, workers, atLeast, a29]],
			['35.07', [other]],
		]);
	});

	it.each([
		[
			'every figure of an indicator, in list order',
			withIndicator(malang, 'coverage_rate'),
			[b31, atLeast, a29],
		],
		['point values only, by source then id', figuresOf(malang, 'coverage_rate'), [a29, b31]],
		['one source', figuresInSource(malang, 'sumber-b', 'coverage_rate'), [b31]],
		['with a test', figuresOf(malang, 'coverage_rate', (f) => f.value > 30), [b31]],
		['nothing for an indicator the region lacks', figuresOf(malang, 'claims_amount'), []],
	])('%s', (_what, found, expected) => {
		expect(found).toEqual(expected);
	});
});
