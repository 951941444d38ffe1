/**
 * Every page's props, computed once from getSiteData(). Astro pages are thin: their
 * getStaticPaths map these. No Astro imports, so vitest tests it directly.
 *
 * The `…Of(index, locale)` functions are pure (tests pass a fixture index); the async ones
 * without `Of` use the site's data.
 */
import { LOCALES, type Locale } from './format/locale.ts';
import { getSiteData } from './site-data.ts';
import { createContext, type PageContext } from './page-data/context.ts';
import { buildComparePage, comparableIndicators, type ComparePage } from './page-data/compare.ts';
import { buildHomePage, type HomePage } from './page-data/home.ts';
import {
	buildIndicatorPages,
	INDICATOR_PAGE_ROWS,
	type IndicatorPage,
	type IndicatorPages,
} from './page-data/indicator.ts';
import { buildQualityPages, QUALITY_PAGE_ROWS, type QualityPage } from './page-data/quality.ts';
import { buildRegionPage, sourceOrder, type RegionPage } from './page-data/region.ts';
import { buildRegionsIndex, type RegionsIndexPage } from './page-data/regions-index.ts';
import { buildSiteIndex, type SiteIndex } from './page-data/site-index.ts';
import { buildSourcePage, type SourcePage } from './page-data/source.ts';
import {
	buildSourceIndexPages,
	SOURCE_INDEX_ROWS,
	type SourceYearPage,
} from './page-data/source-index.ts';
import type { Region } from './schema/region.ts';
import type { Source } from './schema/source.ts';

export {
	compareUrl,
	contributeUrl,
	figureUrl,
	indicatorProvinceUrl,
	indicatorUrl,
	localePath,
	qualityProvinceUrl,
	regionZipUrl,
	regionFiguresUrl,
	regionUrl,
	sourceUrl,
	sourceYearUrl,
	splitLocale,
} from './page-data/urls.ts';
export type { PageContext } from './page-data/context.ts';

/** A static path: its params and the props the page renders. */
export interface StaticPath<P extends string, T> {
	params: Record<P, string>;
	props: { ctx: PageContext; page: T };
}

let index: Promise<SiteIndex> | undefined;

/**
 * `build` memoised per index and key: both languages and every route that shows the same
 * pages (an indicator and its province pages, an index and its year pages) share one result.
 */
function perIndex<K, T>(build: (idx: SiteIndex, key: K) => T): (idx: SiteIndex, key: K) => T {
	const cache = new WeakMap<SiteIndex, Map<K, T>>();
	return (idx, key) => {
		let byKey = cache.get(idx);
		if (!byKey) cache.set(idx, (byKey = new Map()));
		if (!byKey.has(key)) byKey.set(key, build(idx, key));
		return byKey.get(key) as T;
	};
}

/** The page of a region (its figures page shares it). */
const regionPageOf = perIndex((idx, region: Region) => buildRegionPage(region, idx));

/** Every indicator's page and province pages, for a row limit. */
const indicatorPagesOf = perIndex((idx, maxRows: number): Map<string, IndicatorPages> => {
	const comparable = new Set(comparableIndicators(idx).map((i) => i.id));
	return new Map(
		[...idx.dataset.indicators.values()].map((indicator) => [
			indicator.id,
			buildIndicatorPages(indicator, idx, comparable.has(indicator.id), maxRows),
		]),
	);
});

/** The sources index and its year pages, for a row limit. */
const sourceIndexPagesOf = perIndex(buildSourceIndexPages);

/** The page of a source (both languages share it), naming its year when the index is split. */
const sourcePageOf = perIndex((idx, source: Source) => {
	const byYear = sourceIndexPagesOf(idx, SOURCE_INDEX_ROWS).yearPages.length > 0;
	return buildSourcePage(source, idx, byYear);
});

/** The data-quality page and its province pages, for a row limit. */
const qualityPagesOf = perIndex(buildQualityPages);

/** The site data, indexed once per build. */
export function getSiteIndex(): Promise<SiteIndex> {
	index ??= getSiteData().then(buildSiteIndex);
	return index;
}

/** The page context of a locale (memoised per index and locale). */
export const contextOf = perIndex((idx, locale: Locale) => createContext(idx, locale));

// ── dynamic routes ────────────────────────────────────────────────────────────────────────

/** `/wilayah/<slug>/` for every region: its own figures, or what is known around it. */
export function regionPathsOf(idx: SiteIndex, locale: Locale): StaticPath<'slug', RegionPage>[] {
	const ctx = contextOf(idx, locale);
	return idx.allRegions.map((region: Region) => ({
		params: { slug: region.slug },
		props: { ctx, page: regionPageOf(idx, region) },
	}));
}

/** `/wilayah/<slug>/angka/` for every region whose full lists do not fit its page. */
export function regionFiguresPathsOf(
	idx: SiteIndex,
	locale: Locale,
): StaticPath<'slug', RegionPage>[] {
	const ctx = contextOf(idx, locale);
	return idx.regionsWithData
		.filter((region) => idx.figuresPageRegions.has(region.code))
		.map((region: Region) => ({
			params: { slug: region.slug },
			props: { ctx, page: regionPageOf(idx, region) },
		}));
}

/** `/sumber/<id>/` for every source. */
export function sourcePathsOf(idx: SiteIndex, locale: Locale): StaticPath<'id', SourcePage>[] {
	const ctx = contextOf(idx, locale);
	return [...idx.dataset.sources.values()].sort(sourceOrder).map((source: Source) => ({
		params: { id: source.id },
		props: { ctx, page: sourcePageOf(idx, source) },
	}));
}

/** `/sumber/tahun/<year>/` for every year of publication, when the sources index is split. */
export function sourceYearPathsOf(
	idx: SiteIndex,
	locale: Locale,
	maxRows = SOURCE_INDEX_ROWS,
): StaticPath<'year', SourceYearPage>[] {
	const ctx = contextOf(idx, locale);
	return sourceIndexPagesOf(idx, maxRows).yearPages.map((page) => ({
		params: { year: page.year },
		props: { ctx, page },
	}));
}

/** `/indikator/<id>/` for every indicator in the registry, reported or not. */
export function indicatorPathsOf(
	idx: SiteIndex,
	locale: Locale,
): StaticPath<'id', IndicatorPage>[] {
	const ctx = contextOf(idx, locale);
	return [...indicatorPagesOf(idx, INDICATOR_PAGE_ROWS)].map(([id, { page }]) => ({
		params: { id },
		props: { ctx, page },
	}));
}

/**
 * `/indikator/<id>/<province>/` for every crowded indicator (past `maxRows` latest values):
 * the regencies' and cities' latest values of one province.
 */
export function indicatorProvincePathsOf(
	idx: SiteIndex,
	locale: Locale,
	maxRows = INDICATOR_PAGE_ROWS,
): StaticPath<'id' | 'province', IndicatorPage>[] {
	const ctx = contextOf(idx, locale);
	return [...indicatorPagesOf(idx, maxRows)].flatMap(([id, { provincePages }]) =>
		provincePages.map((page) => ({
			params: { id, province: page.province.slug },
			props: { ctx, page },
		})),
	);
}

/**
 * `/kualitas-data/<province>/` when the data-quality page is crowded (past `maxRows` items):
 * the mismatches and conflicts of one province's regencies and cities.
 */
export function qualityProvincePathsOf(
	idx: SiteIndex,
	locale: Locale,
	maxRows = QUALITY_PAGE_ROWS,
): StaticPath<'province', QualityPage>[] {
	const ctx = contextOf(idx, locale);
	return qualityPagesOf(idx, maxRows).provincePages.map((page) => ({
		params: { province: page.province.slug },
		props: { ctx, page },
	}));
}

/** `/bandingkan/<indicator-id>/` for every indicator with an actual value without breakdown. */
export function comparePathsOf(idx: SiteIndex, locale: Locale): StaticPath<'id', ComparePage>[] {
	const ctx = contextOf(idx, locale);
	return comparableIndicators(idx).map((indicator) => ({
		params: { id: indicator.id },
		props: { ctx, page: buildComparePage(indicator, idx) },
	}));
}

/** The `[...lang]` route parameter of a locale: none for Indonesian, `en` for English. */
function langParam(locale: Locale): string | undefined {
	return locale === 'id' ? undefined : locale;
}

/**
 * The static paths of a dynamic page in both languages, from its `…PathsOf`: one route file
 * under `src/pages/[...lang]/` serves `/wilayah/<slug>/` and `/en/wilayah/<slug>/`.
 */
export async function bothLanguages<P extends string, T>(
	pathsOf: (idx: SiteIndex, locale: Locale) => StaticPath<P, T>[],
) {
	const idx = await getSiteIndex();
	return LOCALES.flatMap((locale) =>
		pathsOf(idx, locale).map(({ params, props }) => ({
			params: { ...params, lang: langParam(locale) },
			props,
		})),
	);
}

/** The static paths of a single page in both languages, with its locale as the prop. */
export function languagePaths() {
	return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

// ── single pages ──────────────────────────────────────────────────────────────────────────

/** Props of the home page. */
export async function homeProps(locale: Locale): Promise<{ ctx: PageContext; page: HomePage }> {
	const idx = await getSiteIndex();
	return { ctx: contextOf(idx, locale), page: buildHomePage(idx) };
}

/** Props of the regions index. */
export async function regionsIndexProps(
	locale: Locale,
): Promise<{ ctx: PageContext; page: RegionsIndexPage }> {
	const idx = await getSiteIndex();
	return { ctx: contextOf(idx, locale), page: buildRegionsIndex(idx) };
}

/** Props of the comparison index: the comparable indicators with their region counts. */
export async function compareIndexProps(locale: Locale) {
	const idx = await getSiteIndex();
	const page = comparableIndicators(idx).map((indicator) => ({
		indicator,
		regions: buildComparePage(indicator, idx).rows.length,
	}));
	return { ctx: contextOf(idx, locale), page };
}

/** Props of the indicator index: every indicator with its number of reported figures. */
export async function indicatorIndexProps(locale: Locale) {
	const idx = await getSiteIndex();
	const page = [...idx.dataset.indicators.values()].map((indicator) => ({
		indicator,
		figures: idx.figuresByIndicator.get(indicator.id)?.length ?? 0,
		derived: idx.derivedByIndicator.get(indicator.id)?.length ?? 0,
	}));
	return { ctx: contextOf(idx, locale), page };
}

/** Props of the sources index: the sources, newest first, with their numbers of figures. */
export async function sourceIndexProps(locale: Locale) {
	const idx = await getSiteIndex();
	return { ctx: contextOf(idx, locale), page: sourceIndexPagesOf(idx, SOURCE_INDEX_ROWS).index };
}

/** Props of the data-quality page. */
export async function qualityProps(
	locale: Locale,
): Promise<{ ctx: PageContext; page: QualityPage }> {
	const idx = await getSiteIndex();
	return { ctx: contextOf(idx, locale), page: qualityPagesOf(idx, QUALITY_PAGE_ROWS).page };
}

/** Props of the data page: the regions with downloads, and the dataset's accounting. */
export async function dataPageProps(locale: Locale) {
	const idx = await getSiteIndex();
	return {
		ctx: contextOf(idx, locale),
		page: {
			regions: idx.regionsWithData,
			accounting: idx.dataset.accounting,
			sources: idx.dataset.sources.size,
		},
	};
}

/** Props of pages that need only the context (layout, search, 404, methodology). */
export async function contextProps(locale: Locale): Promise<PageContext> {
	return contextOf(await getSiteIndex(), locale);
}
