/**
 * An indicator's page: definition, formulas of its derived values, and each region's latest
 * values (per series). Older values live on the regions' pages and in the downloads: a
 * national data set would otherwise make one page of every figure of the indicator. When even
 * the latest values are too many for a phone (every regency and city, each series), the page
 * keeps the national, provincial and BPJS-area rows, and the regencies' and cities' go to a
 * page per province (`/indikator/<id>/<province>/`), so every region's values stay a link away.
 */
import type { Label } from '../schema/enums.ts';
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { Indicator } from '../schema/indicator.ts';
import { seriesKey } from '../schema/series.ts';
import type { SeriesParts } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';
import type { Region } from '../schema/region.ts';
import { byProvince, provincesOf } from './by-province.ts';
import { figureOrder } from './select.ts';
import { regionOrder, type SiteIndex } from './site-index.ts';

export interface IndicatorPage {
	indicator: Indicator;
	/** The latest reported figures of each series, by region then reading order. */
	figures: Figure[];
	/** The latest derived values of each series, by region. */
	derived: DerivedFigure[];
	/** Older reported and derived values left out (on region pages and in the downloads). */
	older: number;
	/**
	 * Provinces whose regencies' and cities' latest values have a page of their own, with how
	 * many values each holds; empty when every region's rows are on this page.
	 */
	provinces: ProvinceValues[];
	/** On a province's page, that province; null on the indicator's own page. */
	province: Region | null;
	/** Distinct formulas (by rule) that produce derived values of this indicator. */
	formulas: { rule: string; formula: Label }[];
	/** True when the indicator has a comparison page. */
	comparable: boolean;
}

/** A province's page of regency and city values, as the indicator page links it. */
export interface ProvinceValues {
	province: Region;
	values: number;
}

/**
 * Most rows of latest values an indicator page lists before its regencies and cities move to
 * pages per province: a row is about 1 KB of HTML, 100–120 bytes gzip (measured on the
 * synthetic national set), so 500 rows stay near the 60 KB gzip a region page may weigh.
 */
export const INDICATOR_PAGE_ROWS = 500;

/** The items of each series whose period ends last (all of them when sources tie). */
export function latestPerSeries<T extends SeriesParts & { period: Period }>(
	items: readonly T[],
): T[] {
	const last = new Map<string, string>();
	for (const item of items) {
		const key = seriesKey(item);
		const end = last.get(key);
		if (end === undefined || item.period.end > end) last.set(key, item.period.end);
	}
	return items.filter((item) => last.get(seriesKey(item)) === item.period.end);
}

/** The indicator's page and, when it is crowded, its pages per province. */
export interface IndicatorPages {
	page: IndicatorPage;
	/** One per province of {@link IndicatorPage.provinces}, in that order. */
	provincePages: (IndicatorPage & { province: Region })[];
}

/** Builds the page of one indicator and, past `maxRows` latest values, its province pages. */
export function buildIndicatorPages(
	indicator: Indicator,
	index: SiteIndex,
	comparable: boolean,
	maxRows = INDICATOR_PAGE_ROWS,
): IndicatorPages {
	const order = figureOrder(index.indicatorRank);
	const regions = index.dataset.regions;
	const byRegion = <T extends Figure | DerivedFigure>(a: T, b: T) => {
		const ra = regions.get(a.region);
		const rb = regions.get(b.region);
		return (ra && rb ? regionOrder(ra, rb) : 0) || order(a, b);
	};
	const allDerived = index.derivedByIndicator.get(indicator.id) ?? [];
	const allFigures = index.figuresByIndicator.get(indicator.id) ?? [];
	const formulas = new Map<string, Label>();
	for (const d of allDerived) if (!formulas.has(d.rule)) formulas.set(d.rule, d.formula);
	const latestFigures = latestPerSeries(allFigures).sort(byRegion);
	const latestDerived = latestPerSeries(allDerived).sort(byRegion);
	const page = (
		figures: Figure[],
		derived: DerivedFigure[],
		older: number,
		province: Region | null,
		provinces: ProvinceValues[] = [],
	): IndicatorPage => ({
		indicator,
		figures,
		derived,
		older,
		provinces,
		province,
		formulas: [...formulas].map(([rule, formula]) => ({ rule, formula })),
		comparable,
	});
	const older = allFigures.length + allDerived.length - latestFigures.length - latestDerived.length;
	if (latestFigures.length + latestDerived.length <= maxRows) {
		return { page: page(latestFigures, latestDerived, older, null), provincePages: [] };
	}
	// Crowded: regencies and cities move to their province's page, in region order.
	const figures = byProvince(latestFigures, regions);
	const derived = byProvince(latestDerived, regions);
	const provinces = provincesOf(figures.moved, derived.moved);
	// Each province page counts the older values of its own regencies and cities.
	const everyFigure = byProvince(allFigures, regions).moved;
	const everyDerived = byProvince(allDerived, regions).moved;
	const provincePages = provinces.map((province) => {
		const latestF = figures.moved.get(province) ?? [];
		const latestD = derived.moved.get(province) ?? [];
		const all =
			(everyFigure.get(province)?.length ?? 0) + (everyDerived.get(province)?.length ?? 0);
		const older = all - latestF.length - latestD.length;
		return { ...page(latestF, latestD, older, province), province };
	});
	const counts = provincePages.map((p) => ({
		province: p.province,
		values: p.figures.length + p.derived.length,
	}));
	return { page: page(figures.kept, derived.kept, older, null, counts), provincePages };
}
