/**
 * Regions with a long history (the synthetic set's ten years) get a figures page: the region
 * page keeps the latest value of each series, and every permalink points to the figures page,
 * where each figure, derived figure and check is listed. Short regions keep everything.
 * An indicator page with too many latest values keeps the national, provincial and area rows
 * and moves the regencies' and cities' to a page per province. A sources index with too many
 * sources keeps the newest and lists every source on a page per year of publication; a
 * data-quality page with too many items moves the regencies' and cities' to a page per province.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import { buildIndicatorPages, type IndicatorPage } from '../../../src/lib/page-data/indicator.ts';
import { buildQualityPages } from '../../../src/lib/page-data/quality.ts';
import type { StageComparison } from '../../../src/lib/schema/analysis.ts';
import { hasFiguresPage } from '../../../src/lib/page-data/region.ts';
import {
	buildSourceIndexPages,
	SOURCE_INDEX_NEWEST,
} from '../../../src/lib/page-data/source-index.ts';
import { buildSourcePage } from '../../../src/lib/page-data/source.ts';
import { buildSiteIndex, type SiteIndex } from '../../../src/lib/page-data/site-index.ts';
import {
	contextOf,
	figureUrl,
	indicatorProvincePathsOf,
	indicatorProvinceUrl,
	qualityProvincePathsOf,
	qualityProvinceUrl,
	regionFiguresPathsOf,
	regionFiguresUrl,
	regionPathsOf,
	sourcePathsOf,
	sourceYearPathsOf,
	sourceYearUrl,
} from '../../../src/lib/routes.ts';
import { seriesKey } from '../../../src/lib/schema/series.ts';
import { generateSynthetic } from '../../../src/lib/synth/generate.ts';
import { syntheticRegions } from '../../../src/lib/synth/write.ts';

let dir: string;
let index: SiteIndex;
/** Ten years of three regions, one year of two others. */
const LONG = ['11', '11.01', '35.73'];
const SHORT = ['12', '12.01'];

beforeAll(async () => {
	const all = await syntheticRegions();
	const pick = (codes: string[]) => all.filter((r) => codes.includes(r.code));
	const long = generateSynthetic({
		regions: pick(LONG),
		firstYear: 2015,
		years: 10,
		seed: 3,
		// Every fifth source: the planted problems fall on the province and on its regency and city.
		plantEvery: 5,
	});
	const short = generateSynthetic({
		regions: pick(SHORT),
		firstYear: 2024,
		years: 1,
		seed: 4,
		plantEvery: 1000,
	});
	dir = mkdtempSync(join(tmpdir(), 'pantau-region-pages-'));
	copyFileSync('data/indicators.csv', join(dir, 'indicators.csv'));
	copyFileSync('data/areas.csv', join(dir, 'areas.csv'));
	for (const source of [...long.sources, ...short.sources]) {
		mkdirSync(join(dir, 'sources', source.id), { recursive: true });
		writeFileSync(join(dir, 'sources', source.id, 'source.json'), source.json);
		writeFileSync(join(dir, 'sources', source.id, 'figures.csv'), source.csv);
	}
	const { dataset, issues } = await loadDataset(dir);
	expect(issues).toEqual([]);
	index = buildSiteIndex({ dataset, analysis: analyse(dataset) });
});

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('hasFiguresPage', () => {
	it.each([
		[0, 0, false],
		[1, 0, true],
		[0, 1, true],
		[270, 250, true],
	])('%i figures and %i derived: %s', (figures, derived, expected) => {
		expect(hasFiguresPage(figures, derived)).toBe(expected);
	});
});

describe('regions with a long history', () => {
	it('every region with figures gets a figures page; regions without figures do not', () => {
		const withFigures = [...index.figuresByRegion.keys()].sort();
		expect([...index.figuresPageRegions].sort()).toEqual(withFigures);
		const paths = regionFiguresPathsOf(index, 'en');
		expect(paths.map((p) => p.props.page.region.code).sort()).toEqual(withFigures);
		expect(paths.every((p) => p.props.page.figuresPage)).toBe(true);
		const without = regionPathsOf(index, 'id').filter((p) => p.props.page.figures.length === 0);
		expect(without.length).toBeGreaterThan(0);
		expect(without.every((p) => !p.props.page.figuresPage)).toBe(true);
	});

	it('show the newest figure of each series on the region page', () => {
		for (const { props } of regionPathsOf(index, 'id')) {
			const { page } = props;
			const keys = new Set(page.figures.map((f) => seriesKey(f)));
			expect(page.latest).toHaveLength(keys.size);
			for (const f of page.latest) {
				const sameSeries = page.figures.filter((g) => seriesKey(g) === seriesKey(f));
				expect(sameSeries.every((g) => g.period.end <= f.period.end)).toBe(true);
			}
		}
	});

	it('have permalinks to their figures page', () => {
		const { regions } = index.dataset;
		for (const locale of ['id', 'en'] as const) {
			const ctx = contextOf(index, locale);
			for (const f of [...index.dataset.figures, ...index.analysis.derived]) {
				const region = regions.get(f.region);
				if (!region) throw new Error(f.region);
				const page = regionFiguresUrl(region, locale);
				expect(ctx.figureHref(f)).toBe(`${page}#${f.id}`);
				expect(figureUrl(f, locale, regions, index.figuresPageRegions)).toBe(`${page}#${f.id}`);
			}
		}
		expect(regionFiguresUrl({ slug: 'kota-malang' }, 'en')).toBe('/en/wilayah/kota-malang/angka/');
	});

	it('list every figure, derived figure and check of the region on the figures page', () => {
		for (const { props } of regionFiguresPathsOf(index, 'id')) {
			const { page } = props;
			const code = page.region.code;
			expect(page.figures).toHaveLength(index.figuresByRegion.get(code)?.length ?? -1);
			expect(page.derived).toHaveLength(index.derivedByRegion.get(code)?.length ?? -1);
			expect(page.checks).toHaveLength(index.checksByRegion.get(code)?.length ?? -1);
			expect(page.figures.length + page.derived.length).toBeGreaterThan(0);
		}
	});
});

describe('an indicator page with more latest values than it may list', () => {
	const rows = (page: IndicatorPage) => [...page.figures, ...page.derived];
	const provinceOf: Record<string, string> = { '11.01': '11', '35.73': '35', '12.01': '12' };
	const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
	const coverage = () => {
		const indicator = index.dataset.indicators.get('coverage_rate');
		if (!indicator) throw new Error('coverage_rate is not in the registry');
		return indicator;
	};

	it('keeps the provinces and moves each regency and city to its province page, losing none', () => {
		const full = buildIndicatorPages(coverage(), index, true);
		expect(full.provincePages).toEqual([]);
		expect(full.page.provinces).toEqual([]);
		const all = rows(full.page);
		expect(all.some((f) => f.region in provinceOf)).toBe(true);

		const crowded = buildIndicatorPages(coverage(), index, true, all.length - 1);
		expect(rows(crowded.page)).toEqual(all.filter((f) => !(f.region in provinceOf)));
		expect(new Set(rows(crowded.page).map((f) => f.region))).toEqual(new Set(['11', '12']));
		expect(crowded.provincePages.map((p) => p.province.code)).toEqual(['11', '12', '35']);
		for (const page of crowded.provincePages) {
			expect(rows(page).length).toBeGreaterThan(0);
			for (const f of rows(page)) expect(provinceOf[f.region]).toBe(page.province.code);
		}
		expect(crowded.page.provinces.map((p) => [p.province.code, p.values])).toEqual(
			crowded.provincePages.map((p) => [p.province.code, rows(p).length]),
		);
		const spread = [...rows(crowded.page), ...crowded.provincePages.flatMap(rows)];
		expect(spread.sort(byId)).toEqual([...all].sort(byId));
		expect(crowded.page.older).toBe(full.page.older);
		// Each province page counts its regencies' and cities' older values.
		const every = [
			...(index.figuresByIndicator.get('coverage_rate') ?? []),
			...(index.derivedByIndicator.get('coverage_rate') ?? []),
		];
		for (const page of crowded.provincePages) {
			const here = every.filter((f) => provinceOf[f.region] === page.province.code);
			expect(page.older).toBe(here.length - rows(page).length);
		}
		expect(crowded.provincePages.some((p) => p.older > 0)).toBe(true);

		expect(buildIndicatorPages(coverage(), index, true, all.length)).toEqual(full);
	});

	it('gives each province page a route in both languages, and none while the page fits', () => {
		for (const locale of ['id', 'en'] as const) {
			expect(indicatorProvincePathsOf(index, locale)).toEqual([]);
			const paths = indicatorProvincePathsOf(index, locale, 1).filter(
				(p) => p.params.id === 'coverage_rate',
			);
			expect(paths.map((p) => p.props.page.province?.code)).toEqual(['11', '12', '35']);
			for (const { params, props } of paths) {
				expect(params.province).toBe(props.page.province?.slug);
				expect(props.ctx.locale).toBe(locale);
			}
		}
		expect(indicatorProvinceUrl('coverage_rate', { slug: 'jawa-timur' }, 'en')).toBe(
			'/en/indikator/coverage_rate/jawa-timur/',
		);
	});
});

describe('a sources index with more sources than it may list', () => {
	const ids = (entries: { source: { id: string } }[]) => entries.map((e) => e.source.id);

	it('lists every source newest first while they fit', () => {
		const { index: page, yearPages } = buildSourceIndexPages(index);
		expect(yearPages).toEqual([]);
		expect(page.years).toEqual([]);
		expect(page.total).toBe(index.dataset.sources.size);
		expect(page.sources).toHaveLength(index.dataset.sources.size);
		const accessed = page.sources.map((e) => e.source.accessed);
		expect(accessed).toEqual([...accessed].sort().reverse());
		for (const { source, figures } of page.sources) {
			expect(figures).toBe(index.figuresBySource.get(source.id)?.length);
		}
	});

	it('keeps the newest and puts every source on the page of its year, losing none', () => {
		const full = buildSourceIndexPages(index).index;
		const split = buildSourceIndexPages(index, full.total - 1);
		expect(split.index.total).toBe(full.total);
		expect(split.index.sources).toEqual(full.sources.slice(0, SOURCE_INDEX_NEWEST));
		const years = split.yearPages.map((p) => p.year);
		expect(years).toEqual(
			[...new Set(full.sources.map((e) => e.source.published.slice(0, 4)))].sort().reverse(),
		);
		expect(years.length).toBeGreaterThan(1);
		expect(split.index.years).toEqual(
			split.yearPages.map((p) => ({ year: p.year, count: p.sources.length })),
		);
		for (const page of split.yearPages) {
			for (const { source } of page.sources)
				expect(source.published.startsWith(page.year)).toBe(true);
			// In the index's order.
			expect(ids(page.sources)).toEqual(
				ids(full.sources.filter((e) => e.source.published.startsWith(page.year))),
			);
		}
		expect(ids(split.yearPages.flatMap((p) => p.sources)).sort()).toEqual(ids(full.sources).sort());
	});

	it('gives each year a route in both languages, and source pages their year, only when split', () => {
		const total = index.dataset.sources.size;
		for (const locale of ['id', 'en'] as const) {
			expect(sourceYearPathsOf(index, locale)).toEqual([]);
			const paths = sourceYearPathsOf(index, locale, total - 1);
			expect(paths.length).toBeGreaterThan(1);
			for (const { params, props } of paths) {
				expect(params.year).toBe(props.page.year);
				expect(props.ctx.locale).toBe(locale);
			}
			expect(sourcePathsOf(index, locale).every((p) => p.props.page.indexYear === null)).toBe(true);
		}
		const [source] = index.dataset.sources.values();
		if (!source) throw new Error('no source');
		expect(buildSourcePage(source, index, true).indexYear).toBe(source.published.slice(0, 4));
		expect(sourceYearUrl('2025', 'id')).toBe('/sumber/tahun/2025/');
		expect(sourceYearUrl('2025', 'en')).toBe('/en/sumber/tahun/2025/');
	});
});

describe('a data-quality page with more items than it may list', () => {
	const provinceOf: Record<string, string> = { '11.01': '11', '35.73': '35', '12.01': '12' };
	const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

	it('keeps the national and provincial items and moves each regency and city to its province page, losing none', () => {
		const full = buildQualityPages(index, Number.POSITIVE_INFINITY);
		expect(full.provincePages).toEqual([]);
		expect(full.page.provinces).toEqual([]);
		const { mismatches, conflicts, stages } = full.page;
		const total = mismatches.length + conflicts.length + stages.length;
		expect(mismatches.some((c) => c.region in provinceOf)).toBe(true);

		const crowded = buildQualityPages(index, total - 1);
		const local = (i: { region: string }) => i.region in provinceOf;
		expect(crowded.page.mismatches).toEqual(mismatches.filter((i) => !local(i)));
		expect(crowded.page.conflicts).toEqual(conflicts.filter((i) => !local(i)));
		expect(crowded.page.stages).toEqual(stages.filter((i) => !local(i)));
		expect(crowded.page.counts).toEqual(full.page.counts);
		for (const page of crowded.provincePages) {
			const here = (i: { region: string }) => provinceOf[i.region] === page.province.code;
			expect(page.mismatches).toEqual(mismatches.filter(here));
			expect(page.conflicts).toEqual(conflicts.filter(here));
			expect(page.stages).toEqual(stages.filter(here));
			const checks = index.analysis.checks.filter(here);
			expect(page.counts).toEqual({
				checks: checks.length,
				pass: checks.filter((c) => c.status === 'pass').length,
				withinRounding: checks.filter((c) => c.status === 'within_rounding').length,
				mismatch: page.mismatches.length,
				conflicts: page.conflicts.length,
			});
		}
		expect(crowded.page.provinces).toEqual(
			crowded.provincePages.map((p) => ({
				province: p.province,
				items: p.mismatches.length + p.conflicts.length + p.stages.length,
			})),
		);
		const spread = [crowded.page, ...crowded.provincePages];
		expect(ids(spread.flatMap((p) => p.mismatches))).toEqual(ids(mismatches));
		expect(ids(spread.flatMap((p) => p.conflicts))).toEqual(ids(conflicts));
		expect(ids(spread.flatMap((p) => p.stages))).toEqual(ids(stages));
	});

	it("counts plans beside their realisation as items and moves a regency's to its province page", () => {
		// The synthetic set plans nothing: two pairs, of a province and of a city, stand in.
		const stage = (id: string, region: string) => ({ id, region }) as unknown as StageComparison;
		const pairs = [stage('s-province', '35'), stage('s-city', '35.73')];
		const withStages = {
			...index,
			analysis: { ...index.analysis, checks: [], conflicts: [], stages: pairs },
		} as SiteIndex;
		expect(buildQualityPages(withStages, 2).provincePages).toEqual([]);
		const crowded = buildQualityPages(withStages, 1);
		expect(crowded.page.stages.map((x) => x.id)).toEqual(['s-province']);
		expect(crowded.provincePages.map((p) => [p.province.code, p.stages.map((x) => x.id)])).toEqual([
			['35', ['s-city']],
		]);
		expect(crowded.page.provinces).toEqual([
			{ province: crowded.provincePages[0]?.province, items: 1 },
		]);
	});

	it('gives each province page a route in both languages, and none while the page fits', () => {
		for (const locale of ['id', 'en'] as const) {
			expect(qualityProvincePathsOf(index, locale, Number.POSITIVE_INFINITY)).toEqual([]);
			const paths = qualityProvincePathsOf(index, locale, 1);
			expect(paths.length).toBeGreaterThan(0);
			for (const { params, props } of paths) {
				expect(params.province).toBe(props.page.province?.slug);
				expect(props.ctx.locale).toBe(locale);
			}
		}
		expect(qualityProvinceUrl({ slug: 'aceh' }, 'en')).toBe('/en/kualitas-data/aceh/');
	});
});
