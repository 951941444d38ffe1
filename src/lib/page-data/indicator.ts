/**
 * An indicator's page: definition, formulas of its derived values, and each region's latest
 * values (per series). Older values live on the regions' pages and in the downloads: a
 * national data set would otherwise make one page of every figure of the indicator. When even
 * the latest values are too many for a phone (every regency and city, each series), the page
 * keeps the national, provincial and BPJS-area rows and counts the regencies' and cities'.
 */
import type { Label } from '../schema/enums.ts';
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { Indicator } from '../schema/indicator.ts';
import { seriesKey } from '../schema/series.ts';
import type { SeriesParts } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';
import type { Region } from '../schema/region.ts';
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
	 * Latest values of regencies and cities left out because the page would pass
	 * INDICATOR_PAGE_ROWS rows (they are on the regions' pages and in the downloads); 0 when
	 * every region's rows are on the page.
	 */
	localValues: number;
	/** Distinct formulas (by rule) that produce derived values of this indicator. */
	formulas: { rule: string; formula: Label }[];
	/** True when the indicator has a comparison page. */
	comparable: boolean;
}

/**
 * Most rows of latest values an indicator page lists before it leaves out regencies and
 * cities: about 1 KB of HTML each, 500 rows stay under 40 KB gzip.
 */
export const INDICATOR_PAGE_ROWS = 500;

/** A regency or a city: the level left off a crowded indicator page. */
const isLocal = (region: Region | undefined) =>
	region?.kind === 'regency' || region?.kind === 'city';

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

/** Builds the page of one indicator. */
export function buildIndicatorPage(
	indicator: Indicator,
	index: SiteIndex,
	comparable: boolean,
	maxRows = INDICATOR_PAGE_ROWS,
): IndicatorPage {
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
	const latestFigures = latestPerSeries(allFigures);
	const latestDerived = latestPerSeries(allDerived);
	const latest = latestFigures.length + latestDerived.length;
	const keep = <T extends Figure | DerivedFigure>(items: T[]) =>
		latest > maxRows ? items.filter((item) => !isLocal(regions.get(item.region))) : items;
	const figures = keep(latestFigures).sort(byRegion);
	const derived = keep(latestDerived).sort(byRegion);
	return {
		indicator,
		figures,
		derived,
		older: allFigures.length + allDerived.length - latest,
		localValues: latest - figures.length - derived.length,
		formulas: [...formulas].map(([rule, formula]) => ({ rule, formula })),
		comparable,
	};
}
