/**
 * Horizontal bar panels: each row has its label above the bar and the value at the bar's
 * end, so nothing collides at 320 px. Several panels (small multiples, each with its own
 * scale) sit in one column when narrow and side by side when wide.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { FONT, LINE_HEIGHT, WIDTH, type Variant } from './frames.ts';
import { flagBadge } from './glyphs.ts';
import { layoutLegend, type LegendItem } from './legend.ts';
import { flagOutline, textLines, textMark, vRule } from './marks.ts';
import { r1, type Mark, type RectMark, type Scene } from './scene.ts';
import { textWidth, wrapText } from './text-metrics.ts';

/** part: a reported share of a whole; total: the whole; planned: a plan; derived: computed. */
export type BarStyle = 'part' | 'total' | 'planned' | 'derived';

/** One bar: its row label, value (null when not reported) and how it is drawn. */
export interface BarItem {
	key: string;
	label: string;
	/** null: not reported (no bar, the words say so). */
	value: number | null;
	valueLabel: string;
	style: BarStyle;
	flagged: boolean;
}

/** A titled panel of bars sharing one scale. */
export interface BarPanel {
	title: string;
	items: BarItem[];
}

/** Where a bar landed, for tests. */
export interface PlacedBar {
	panel: number;
	key: string;
	value: number;
	x: number;
	y: number;
	width: number;
}

/** Bold text runs about this much wider. */
const BOLD = 1.15;
const ROW = 46;
const BAR = 16;
const PANEL_GAP = 24;

const CLASS: Record<BarStyle, string> = {
	part: 'bar',
	total: 'bar-total',
	planned: 'bar-planned',
	derived: 'bar-derived',
};

/** One panel at (x0, y0), `width` wide: its title, its scale, then a row per item. */
export function layoutBarPanel(
	panel: BarPanel,
	index: number,
	x0: number,
	y0: number,
	width: number,
): { marks: Mark[]; height: number; bars: PlacedBar[] } {
	const titleLines = wrapText(panel.title, width, FONT.label * BOLD);
	const top = y0 + titleLines.length * LINE_HEIGHT + 8;
	const x = barScale(panel.items, width);
	const rows = panel.items.map((item, i) => barRow(item, index, x0, top + i * ROW, x));
	return {
		marks: [...textLines(titleLines, x0, y0, 'panel-title'), ...rows.flatMap((r) => r.marks)],
		height: top - y0 + panel.items.length * ROW,
		bars: rows.flatMap((r) => (r.bar ? [r.bar] : [])),
	};
}

/** Lengths from zero, leaving room after the longest bar for the widest value and its badge. */
function barScale(items: readonly BarItem[], width: number): ScaleLinear<number, number> {
	const values = items.map((i) => i.value).filter((v): v is number => v !== null);
	const max = Math.max(0, ...values);
	const room = Math.max(
		0,
		...items.map((i) => textWidth(i.valueLabel, FONT.label) + (i.flagged ? 26 : 0)),
	);
	const barMax = Math.max(width * 0.35, width - room - 8);
	return scaleLinear()
		.domain([0, max > 0 ? max : 1])
		.range([0, barMax]);
}

/** One row from `y`: the label, then the bar with its value, or the words for a missing one. */
function barRow(
	item: BarItem,
	panel: number,
	x0: number,
	y: number,
	x: ScaleLinear<number, number>,
): { marks: Mark[]; bar: PlacedBar | null } {
	const label = textMark(x0, y + 14, item.label, 'bar-label');
	const barY = y + 20;
	if (item.value === null) {
		return { marks: [label, textMark(x0, barY + 13, item.valueLabel, 'bar-missing')], bar: null };
	}
	// A value too small to see still gets a sliver; only a true zero gets no bar.
	const w = item.value > 0 ? Math.max(1, r1(x(item.value))) : 0;
	const rect: RectMark = {
		type: 'rect',
		x: r1(x0),
		y: r1(barY),
		width: w,
		height: BAR,
		cls: CLASS[item.style],
		key: item.key,
	};
	if (item.style === 'planned') rect.fill = 'hatch';
	const marks: Mark[] = [
		label,
		rect,
		...(w === 0 ? [vRule(x0, barY - 2, barY + BAR + 2, 'bar-zero')] : []),
		...(item.flagged ? [flagOutline(x0, barY, w, BAR, 3)] : []),
		...barValueMarks(item, x0 + w + 8, barY),
	];
	const bar = { panel, key: item.key, value: item.value, x: r1(x0), y: r1(barY), width: w };
	return { marks, bar };
}

/** The value from `x` after the bar's end, and the "!" badge after it when flagged. */
function barValueMarks(item: BarItem, x: number, barY: number): Mark[] {
	const value = textMark(x, barY + 13, item.valueLabel, 'bar-value');
	if (!item.flagged) return [value];
	const badgeX = x + textWidth(item.valueLabel, FONT.label) + 12;
	return [value, ...flagBadge(badgeX, barY + BAR / 2, item.key)];
}

/** Panels side by side when wide (at most three per row), stacked when narrow, legend on top. */
export function layoutBarPanels(
	panels: readonly BarPanel[],
	variant: Variant,
	legend: readonly LegendItem[] = [],
): Scene & { bars: PlacedBar[] } {
	const width = WIDTH[variant];
	const cols = variant === 'narrow' ? 1 : panels.length <= 3 ? panels.length : 2;
	const colWidth = (width - (cols - 1) * PANEL_GAP) / Math.max(1, cols);
	const marks: Mark[] = [];
	const bars: PlacedBar[] = [];
	const key = layoutLegend(legend, 0, 0, width);
	marks.push(...key.marks);
	let y = key.height > 0 ? key.height + 12 : 0;
	for (let start = 0; start < panels.length; start += cols) {
		let rowHeight = 0;
		panels.slice(start, start + cols).forEach((panel, i) => {
			const placed = layoutBarPanel(panel, start + i, i * (colWidth + PANEL_GAP), y, colWidth);
			marks.push(...placed.marks);
			bars.push(...placed.bars);
			rowHeight = Math.max(rowHeight, placed.height);
		});
		y += rowHeight + PANEL_GAP;
	}
	return { width, height: r1(y - PANEL_GAP + 8), marks, bars };
}
