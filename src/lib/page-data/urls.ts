/**
 * Every URL of the site, per locale. Indonesian lives at `/`, English under `/en/`; both use
 * the same path segments, so each page's twin is its path with or without `/en`.
 *
 * The site may be served under a base path (`PANTAU_BASE`, see src/config.ts): every URL
 * built here starts with it, and `withBase` is the one place that adds it. Paths of files in
 * the output folder (`routePath`, src/lib/export/paths.ts) never carry it.
 */
import { BASE_PATH } from '../../config.ts';
import type { Locale } from '../format/locale.ts';
import type { Region } from '../schema/region.ts';
import { DATA_PATHS, regionZipPath } from '../export/paths.ts';

/** A site path (`/data/figures.csv`) as a URL under the base path (`/pantau/data/figures.csv`). */
export function withBase(path: string, base: string = BASE_PATH): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return base === '/' ? clean : `${base.replace(/\/$/, '')}${clean}`;
}

/** A URL path without the base path (`/pantau/wilayah/` → `/wilayah/`); others unchanged. */
export function withoutBase(path: string, base: string = BASE_PATH): string {
	if (base === '/') return path;
	if (`${path}/` === base) return '/';
	return path.startsWith(base) ? path.slice(base.length - 1) : path;
}

/**
 * Where a page lives in the output folder, without the base path: a locale-neutral path
 * (`/wilayah/kota-malang/`) in the given locale (`/en/wilayah/…`).
 */
export function routePath(path: string, locale: Locale): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	return locale === 'id' ? clean : `/en${clean}`;
}

/** The URL of a locale-neutral path (`/wilayah/kota-malang/`) in a locale (`/en/wilayah/…`). */
export function localePath(path: string, locale: Locale): string {
	return withBase(routePath(path, locale));
}

/** The locale-neutral path of a localized one, and its locale: `/en/sumber/` → `/sumber/`. */
export function splitLocale(path: string): { locale: Locale; path: string } {
	if (path === '/en' || path === '/en/') return { locale: 'en', path: '/' };
	if (path.startsWith('/en/')) return { locale: 'en', path: path.slice(3) };
	return { locale: 'id', path };
}

/** The language codes of the sitemap's hreflang alternates. */
const SITEMAP_LANG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * The sitemap's hreflang alternates of a page URL: its Indonesian and English twins. Computed
 * from the URL alone, since every page in the sitemap exists in both languages; the sitemap
 * integration's own i18n option compares every URL with every other one (quadratic).
 */
export function sitemapAlternates(url: string): { url: string; lang: string }[] {
	const { origin, pathname } = new URL(url);
	const { path } = splitLocale(withoutBase(pathname));
	return (['id', 'en'] as const).map((locale) => ({
		url: `${origin}${localePath(path, locale)}`,
		lang: SITEMAP_LANG[locale],
	}));
}

/** The page of a region: `/wilayah/kota-malang/`. */
export function regionUrl(region: Pick<Region, 'slug'>, locale: Locale): string {
	return localePath(`/wilayah/${region.slug}/`, locale);
}

/** The page of a source: `/sumber/kupastuntas-2025-10-31/`. */
export function sourceUrl(id: string, locale: Locale): string {
	return localePath(`/sumber/${id}/`, locale);
}

/** The sources published in one year, when the sources index is split: `/sumber/tahun/2025/`. */
export function sourceYearUrl(year: string, locale: Locale): string {
	return localePath(`/sumber/tahun/${year}/`, locale);
}

/** A province's mismatches and conflicts, when the data-quality page is split: `/kualitas-data/aceh/`. */
export function qualityProvinceUrl(province: Pick<Region, 'slug'>, locale: Locale): string {
	return localePath(`/kualitas-data/${province.slug}/`, locale);
}

/** The page of an indicator: `/indikator/coverage_rate/`. */
export function indicatorUrl(id: string, locale: Locale): string {
	return localePath(`/indikator/${id}/`, locale);
}

/** The regencies and cities of one province on a crowded indicator: `/indikator/<id>/jawa-timur/`. */
export function indicatorProvinceUrl(
	id: string,
	province: Pick<Region, 'slug'>,
	locale: Locale,
): string {
	return localePath(`/indikator/${id}/${province.slug}/`, locale);
}

/** The comparison of regions on one indicator: `/bandingkan/coverage_rate/`. */
export function compareUrl(id: string, locale: Locale): string {
	return localePath(`/bandingkan/${id}/`, locale);
}

/** Where the embeddable page of one chart lives in the output folder (no base path). */
export function embedPath(slug: string, chartId: string, locale: Locale): string {
	return routePath(`/embed/${slug}/${chartId}/`, locale);
}

/** Where the standalone SVG file of one chart lives in the output folder (no base path). */
export function embedSvgPath(slug: string, chartId: string, locale: Locale): string {
	return routePath(`/embed/${slug}/${chartId}.svg`, locale);
}

/** The embeddable page of one chart: `/embed/kota-malang/coverage/`. */
export function embedUrl(slug: string, chartId: string, locale: Locale): string {
	return withBase(embedPath(slug, chartId, locale));
}

/** The standalone SVG file of one chart: `/embed/kota-malang/coverage.svg`. */
export function embedSvgUrl(slug: string, chartId: string, locale: Locale): string {
	return withBase(embedSvgPath(slug, chartId, locale));
}

/** The full lists of a region with a long history: `/wilayah/kota-malang/angka/`. */
export function regionFiguresUrl(region: Pick<Region, 'slug'>, locale: Locale): string {
	return localePath(`/wilayah/${region.slug}/angka/`, locale);
}

/**
 * The permalink of a reported or derived figure (or a check): its anchor on the page that
 * lists it, `/wilayah/kota-malang/#f-…`, or `/wilayah/kota-malang/angka/#f-…` for a region
 * in `figuresPage` (regions whose full lists are on their figures page). Throws when the
 * figure's region is unknown.
 */
export function figureUrl(
	figure: { id: string; region: string },
	locale: Locale,
	regions: ReadonlyMap<string, Pick<Region, 'slug'>>,
	figuresPage: ReadonlySet<string> = new Set(),
): string {
	const region = regions.get(figure.region);
	if (!region) throw new Error(`figure ${figure.id}: unknown region ${figure.region}`);
	const page = figuresPage.has(figure.region)
		? regionFiguresUrl(region, locale)
		: regionUrl(region, locale);
	return `${page}#${figure.id}`;
}

/** The methodology section on contributing data. */
export function contributeUrl(locale: Locale): string {
	return `${localePath('/metodologi/', locale)}#${locale === 'id' ? 'kontribusi' : 'contribute'}`;
}

/** The whole data set in one zip (language-neutral: no `/en/` copy). */
export const SITE_BUNDLE_URL = withBase(DATA_PATHS.bundle);

/** A region's zip (see export/paths.ts). */
export function regionZipUrl(region: Pick<Region, 'slug'>): string {
	return withBase(regionZipPath(region));
}
