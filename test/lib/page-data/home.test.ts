/** The home page: every province to find one's region by; the country and BPJS areas never ranked. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { buildHomePage, isRanked, provincesByName } from '../../../src/lib/page-data/home.ts';
import { buildSiteIndex } from '../../../src/lib/page-data/site-index.ts';
import type { Region } from '../../../src/lib/schema/region.ts';
import { fig, realDataset } from '../chart/fixture.ts';

const region = (kind: Region['kind'], name: string = kind): Region => ({
	code: name,
	name,
	nameEn: name,
	kind,
	slug: name,
	parent: null,
	covers: [],
});

describe('isRanked', () => {
	const cases: [Region['kind'], boolean][] = [
		['province', true],
		['regency', true],
		['city', true],
		['country', false],
		['bpjs_office', false],
	];
	it.each(cases)('%s → %s', (kind, ranked) => expect(isRanked(region(kind))).toBe(ranked));
});

describe('provincesByName', () => {
	it('keeps provinces only, in Indonesian alphabetical order', () => {
		const list = [
			region('province', 'Jawa Timur'),
			region('city', 'Kota Malang'),
			region('province', 'Aceh'),
			region('country', 'Indonesia'),
			region('province', 'Bali'),
		];
		expect(provincesByName(list).map((r) => r.name)).toEqual(['Aceh', 'Bali', 'Jawa Timur']);
	});
});

describe('buildHomePage', () => {
	it('lists all 38 provinces and ranks only provinces, regencies and cities by coverage', async () => {
		const base = await realDataset();
		const coverage = (code: string, value: number) =>
			fig({ region: code, indicator: 'coverage_rate', period: '2025', value, precision: 0.5 });
		const dataset = {
			...base,
			figures: [
				coverage('ID', 42),
				coverage('BPJSTK-KW-KALIMANTAN', 90),
				coverage('61', 35),
				coverage('35.73', 60),
			],
		};
		const page = buildHomePage(buildSiteIndex({ dataset, analysis: analyse(dataset) }));
		expect(page.provinces).toHaveLength(38);
		expect(page.provinces[0]?.name).toBe('Aceh');
		expect(page.ranking.highest.map((r) => r.region.code)).toEqual(['35.73', '61']);
		expect(page.ranking.total).toBe(2);
		expect(page.national?.coverage?.figure.value).toBe(42);
	});
});
