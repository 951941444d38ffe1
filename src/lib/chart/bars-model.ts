/** Builds a chart model from bar panels: both widths, legend, table, sources and flags. */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import { layoutBarPanels, type BarPanel } from './bars-layout.ts';
import type { ChartInput, Datum } from './datum.ts';
import type { LegendItem } from './legend.ts';
import {
	capitalize,
	describe,
	flagSentences,
	sentence,
	sourceRefs,
	tableColumns,
} from './labels.ts';
import type { ChartModel, TableRow } from './model.ts';

/** Everything a bar chart model is built from. */
export interface BarsChartSpec {
	id: string;
	uid: string;
	title: string;
	shortTitle: string;
	takeaway: string;
	panels: BarPanel[];
	rows: TableRow[];
	/** Every value drawn, for sources and flags. */
	data: Datum[];
}

/** The legend a set of panels needs: only the styles that appear. */
export function barsLegend(panels: readonly BarPanel[], locale: Locale): LegendItem[] {
	const s = CHART_STRINGS[locale];
	const items = panels.flatMap((p) => p.items);
	const has = (style: string) => items.some((i) => i.style === style && i.value !== null);
	const legend: LegendItem[] = [];
	const others = has('total') || has('planned') || has('derived');
	if (others && has('part')) legend.push({ glyph: 'bar', label: s.reported });
	if (has('total')) legend.push({ glyph: 'total', label: s.total });
	if (has('planned')) legend.push({ glyph: 'planned', label: s.planned });
	if (has('derived')) legend.push({ glyph: 'bar-derived', label: s.derived });
	if (items.some((i) => i.flagged)) legend.push({ glyph: 'flag', label: s.mismatch });
	return legend.map((item) => ({ ...item, label: capitalize(item.label) }));
}

/** The chart model of bar panels, or null when no panel has a value. */
export function barsChart(
	input: ChartInput,
	spec: BarsChartSpec,
	locale: Locale,
): ChartModel | null {
	const panels = spec.panels.filter((p) => p.items.some((i) => i.value !== null));
	if (panels.length === 0) return null;
	const legend = barsLegend(panels, locale);
	const takeaway = sentence(spec.takeaway);
	const flags = flagSentences(spec.data, locale);
	return {
		id: spec.id,
		uid: spec.uid,
		title: spec.title,
		shortTitle: spec.shortTitle,
		takeaway,
		flags,
		description: describe([takeaway, ...flags].join(' '), spec.rows, locale),
		role: 'img',
		scenes: {
			narrow: layoutBarPanels(panels, 'narrow', legend),
			wide: layoutBarPanels(panels, 'wide', legend),
		},
		table: {
			caption: CHART_STRINGS[locale].tableCaption(spec.title),
			columns: tableColumns(locale),
			rows: spec.rows,
		},
		sources: sourceRefs(input, spec.data, locale),
	};
}
