/** A legend: swatches with words, flowing left to right and wrapping to the width. */
import { FONT } from './frames.ts';
import { swatch, type Glyph } from './glyphs.ts';
import { r1, type Mark } from './scene.ts';
import { textWidth } from './text-metrics.ts';

/** A swatch and its words. */
export interface LegendItem {
	glyph: Glyph;
	label: string;
}

const ROW = 22;
const GAP = 16;

/** Lays out legend items from (x, y) within `width`; returns the marks and the height used. */
export function layoutLegend(
	items: readonly LegendItem[],
	x: number,
	y: number,
	width: number,
): { marks: Mark[]; height: number } {
	if (items.length === 0) return { marks: [], height: 0 };
	const marks: Mark[] = [];
	let cx = x;
	let row = 0;
	for (const item of items) {
		const w = 22 + textWidth(item.label, FONT.small);
		if (cx > x && cx + w > x + width) {
			cx = x;
			row += 1;
		}
		const cy = y + row * ROW + ROW / 2;
		marks.push(...swatch(item.glyph, cx, cy), {
			type: 'text',
			x: r1(cx + 22),
			y: r1(cy + FONT.small * 0.35),
			text: item.label,
			cls: 'legend',
		});
		cx += w + GAP;
	}
	return { marks, height: (row + 1) * ROW };
}
