/**
 * Horizontal bar panels: each row has its label above the bar and the value at the bar's
 * end, so nothing collides at 320 px. Several panels (small multiples, each with its own
 * scale) sit in one column when narrow and side by side when wide.
 */
import { scaleLinear } from 'd3-scale';
import { FONT, WIDTH, type Variant } from './frames.ts';
import { flagBadge } from './glyphs.ts';
import { layoutLegend, type LegendItem } from './legend.ts';
import { r1, type Mark, type Scene } from './scene.ts';
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
const TITLE_LINE = 18;
const PANEL_GAP = 24;

const CLASS: Record<BarStyle, string> = {
	part: 'bar',
	total: 'bar-total',
	planned: 'bar-planned',
	derived: 'bar-derived',
};

/** One panel at (x0, y0), `width` wide. */
export function layoutBarPanel(
	panel: BarPanel,
	index: number,
	x0: number,
	y0: number,
	width: number,
): { marks: Mark[]; height: number; bars: PlacedBar[] } {
	const marks: Mark[] = [];
	const bars: PlacedBar[] = [];
	const titleLines = wrapText(panel.title, width, FONT.label * BOLD);
	titleLines.forEach((line, i) =>
		marks.push({
			type: 'text',
			x: r1(x0),
			y: r1(y0 + FONT.label + i * TITLE_LINE),
			text: line,
			cls: 'panel-title',
		}),
	);
	const top = y0 + titleLines.length * TITLE_LINE + 8;
	const values = panel.items.map((i) => i.value).filter((v): v is number => v !== null);
	const max = Math.max(0, ...values);
	const room = Math.max(
		0,
		...panel.items.map((i) => textWidth(i.valueLabel, FONT.label) + (i.flagged ? 26 : 0)),
	);
	const barMax = Math.max(width * 0.35, width - room - 8);
	const x = scaleLinear()
		.domain([0, max > 0 ? max : 1])
		.range([0, barMax]);

	panel.items.forEach((item, i) => {
		const y = top + i * ROW;
		marks.push({ type: 'text', x: r1(x0), y: r1(y + 14), text: item.label, cls: 'bar-label' });
		const barY = y + 20;
		if (item.value === null) {
			marks.push({
				type: 'text',
				x: r1(x0),
				y: r1(barY + 13),
				text: item.valueLabel,
				cls: 'bar-missing',
			});
			return;
		}
		// A value too small to see still gets a sliver; only a true zero gets no bar.
		const w = item.value > 0 ? Math.max(1, r1(x(item.value))) : 0;
		bars.push({ panel: index, key: item.key, value: item.value, x: r1(x0), y: r1(barY), width: w });
		const rect: Mark = {
			type: 'rect',
			x: r1(x0),
			y: r1(barY),
			width: w,
			height: BAR,
			cls: CLASS[item.style],
			key: item.key,
		};
		if (item.style === 'planned') rect.fill = 'hatch';
		marks.push(rect);
		if (w === 0) {
			marks.push({
				type: 'line',
				x1: r1(x0),
				y1: r1(barY - 2),
				x2: r1(x0),
				y2: r1(barY + BAR + 2),
				cls: 'bar-zero',
			});
		}
		if (item.flagged) {
			marks.push({
				type: 'rect',
				x: r1(x0 - 3),
				y: r1(barY - 3),
				width: r1(w + 6),
				height: BAR + 6,
				cls: 'flag-outline',
			});
		}
		const labelX = x0 + w + 8;
		marks.push({
			type: 'text',
			x: r1(labelX),
			y: r1(barY + 13),
			text: item.valueLabel,
			cls: 'bar-value',
		});
		if (item.flagged) {
			const badgeX = labelX + textWidth(item.valueLabel, FONT.label) + 12;
			marks.push(...flagBadge(badgeX, barY + BAR / 2, item.key));
		}
	});
	return { marks, height: top - y0 + panel.items.length * ROW, bars };
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
