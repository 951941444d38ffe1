/**
 * Regions with a long history (the synthetic set's ten years) get a figures page: the region
 * page keeps the latest value of each series, and every permalink points to the figures page,
 * where each figure, derived figure and check is listed. Short regions keep everything.
 * An indicator page with too many latest values keeps the national, provincial and area rows.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import { buildIndicatorPage, type IndicatorPage } from '../../../src/lib/page-data/indicator.ts';
import { hasFiguresPage, REGION_PAGE_ROWS } from '../../../src/lib/page-data/region.ts';
import { buildSiteIndex, type SiteIndex } from '../../../src/lib/page-data/site-index.ts';
import {
	contextOf,
	figureUrl,
	regionFiguresPathsOf,
	regionFiguresUrl,
	regionPathsOf,
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
		plantEvery: 7,
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
		[40, 40, false],
		[REGION_PAGE_ROWS, 0, false],
		[REGION_PAGE_ROWS, 1, true],
		[270, 250, true],
	])('%i figures and %i derived: %s', (figures, derived, expected) => {
		expect(hasFiguresPage(figures, derived)).toBe(expected);
	});
});

describe('regions with a long history', () => {
	it('get a figures page; short ones do not', () => {
		expect([...index.figuresPageRegions].sort()).toEqual(LONG);
		const paths = regionFiguresPathsOf(index, 'en');
		expect(paths.map((p) => p.props.page.region.code).sort()).toEqual(LONG);
		expect(paths.every((p) => p.props.page.figuresPage)).toBe(true);
		const short = regionPathsOf(index, 'id').filter((p) =>
			SHORT.includes(p.props.page.region.code),
		);
		expect(short.map((p) => p.props.page.figuresPage)).toEqual([false, false]);
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

	it('have permalinks to their figures page, and short regions to their page', () => {
		const { regions } = index.dataset;
		for (const locale of ['id', 'en'] as const) {
			const ctx = contextOf(index, locale);
			for (const f of [...index.dataset.figures, ...index.analysis.derived]) {
				const region = regions.get(f.region);
				if (!region) throw new Error(f.region);
				const page = LONG.includes(f.region)
					? regionFiguresUrl(region, locale)
					: locale === 'id'
						? `/wilayah/${region.slug}/`
						: `/en/wilayah/${region.slug}/`;
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
			expect(page.figures.length + page.derived.length).toBeGreaterThan(REGION_PAGE_ROWS);
		}
	});
});

describe('an indicator page with more latest values than it may list', () => {
	const rows = (page: IndicatorPage) => [...page.figures, ...page.derived];
	const local = ['11.01', '35.73', '12.01'];

	it('keeps the provinces, leaves out the regencies and cities, and counts them', () => {
		const indicator = index.dataset.indicators.get('coverage_rate');
		if (!indicator) throw new Error('coverage_rate is not in the registry');
		const full = buildIndicatorPage(indicator, index, true);
		expect(full.localValues).toBe(0);
		const regencyRows = rows(full).filter((f) => local.includes(f.region));
		expect(regencyRows.length).toBeGreaterThan(0);
		expect(rows(full).length).toBeGreaterThan(regencyRows.length);

		const crowded = buildIndicatorPage(indicator, index, true, rows(full).length - 1);
		expect(rows(crowded)).toEqual(rows(full).filter((f) => !local.includes(f.region)));
		expect(new Set(rows(crowded).map((f) => f.region))).toEqual(new Set(['11', '12']));
		expect(crowded.localValues).toBe(regencyRows.length);
		expect(crowded.older).toBe(full.older);

		expect(buildIndicatorPage(indicator, index, true, rows(full).length)).toEqual(full);
	});
});
