/** An indicator's page: definition, formulas of its derived values, every region's values. */
import type { Label } from '../schema/enums.ts';
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { Indicator } from '../schema/indicator.ts';
import { figureOrder } from './select.ts';
import { regionOrder, type SiteIndex } from './site-index.ts';

export interface IndicatorPage {
	indicator: Indicator;
	/** Reported figures, by region then reading order. */
	figures: Figure[];
	derived: DerivedFigure[];
	/** Distinct formulas (by rule) that produce derived values of this indicator. */
	formulas: { rule: string; formula: Label }[];
	/** True when the indicator has a comparison page. */
	comparable: boolean;
}

/** Builds the page of one indicator. */
export function buildIndicatorPage(
	indicator: Indicator,
	index: SiteIndex,
	comparable: boolean,
): IndicatorPage {
	const order = figureOrder(index.indicatorRank);
	const regions = index.dataset.regions;
	const byRegion = <T extends Figure | DerivedFigure>(a: T, b: T) => {
		const ra = regions.get(a.region);
		const rb = regions.get(b.region);
		return (ra && rb ? regionOrder(ra, rb) : 0) || order(a, b);
	};
	const derived = [...(index.derivedByIndicator.get(indicator.id) ?? [])].sort(byRegion);
	const formulas = new Map<string, Label>();
	for (const d of derived) if (!formulas.has(d.rule)) formulas.set(d.rule, d.formula);
	return {
		indicator,
		figures: [...(index.figuresByIndicator.get(indicator.id) ?? [])].sort(byRegion),
		derived,
		formulas: [...formulas].map(([rule, formula]) => ({ rule, formula })),
		comparable,
	};
}
