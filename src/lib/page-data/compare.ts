/** Comparing regions on one indicator: each region's latest actual value without breakdown. */
import type { Figure } from '../schema/figure.ts';
import type { Indicator } from '../schema/indicator.ts';
import { NATIONAL_CODE } from '../schema/region.ts';
import { groupBy, type SiteIndex } from './site-index.ts';
import { isPlainActual, latest } from './select.ts';

export interface ComparePage {
	indicator: Indicator;
	/** One row per region (not the country), highest value first. */
	rows: Figure[];
	/** The country's latest value, for reference. */
	national: Figure | null;
}

/** Builds the comparison of one indicator. */
export function buildComparePage(indicator: Indicator, index: SiteIndex): ComparePage {
	const plain = (index.figuresByIndicator.get(indicator.id) ?? []).filter(isPlainActual);
	const latestByRegion = [...groupBy(plain, (f) => f.region).values()]
		.map((list) => latest(list))
		.filter((f): f is Figure => f !== null);
	const regionName = (f: Figure) => index.dataset.regions.get(f.region)?.name ?? f.region;
	return {
		indicator,
		rows: latestByRegion
			.filter((f) => f.region !== NATIONAL_CODE)
			.sort((a, b) => b.value - a.value || regionName(a).localeCompare(regionName(b), 'id')),
		national: latestByRegion.find((f) => f.region === NATIONAL_CODE) ?? null,
	};
}

/** Every indicator with at least one actual value without breakdown, in registry order. */
export function comparableIndicators(index: SiteIndex): Indicator[] {
	return [...index.dataset.indicators.values()].filter((i) =>
		(index.figuresByIndicator.get(i.id) ?? []).some(isPlainActual),
	);
}
