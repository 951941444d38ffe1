/**
 * Value axes shared by the layouts: a scale's ticks with their labels, drawn as grid lines
 * across the plot with the labels beside them (y) or under them (x).
 */
import type { ScaleLinear } from 'd3-scale';
import { FONT } from './frames.ts';
import { hRule, textMark, vRule } from './marks.ts';
import { r1, type Mark } from './scene.ts';
import { textWidth } from './text-metrics.ts';

/** A tick value and its label in the chart's locale. */
export interface Tick {
	value: number;
	label: string;
}

/** A tick placed on a horizontal axis. */
export interface PlacedTick extends Tick {
	x: number;
}

/** About `count` ticks of a linear scale, labelled by `format` (which sees them all at once). */
export function labelledTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	format: (values: number[]) => string[],
): Tick[] {
	const values = scale.ticks(count);
	const labels = format(values);
	return values.map((value, i) => ({ value, label: labels[i] ?? '' }));
}

/** A y axis: a grid line per tick from `left` to `right`, its label right-aligned before it. */
export function yAxisMarks(
	ticks: readonly Tick[],
	y: ScaleLinear<number, number>,
	left: number,
	right: number,
): Mark[] {
	return ticks.flatMap((tick) => {
		const ty = r1(y(tick.value));
		return [
			hRule(left, right, ty, 'grid'),
			textMark(left - 6, ty + FONT.small * 0.35, tick.label, 'tick', { anchor: 'end' }),
		];
	});
}

/**
 * An x axis: a grid line per tick from `top` to `bottom`, its label under the plot and kept
 * inside [0, width]. Long numbers (1.000.000) would collide: a label that would come within
 * 8 units of the previous one is left out.
 */
export function xAxisMarks(
	ticks: readonly PlacedTick[],
	top: number,
	bottom: number,
	width: number,
): Mark[] {
	const marks: Mark[] = [];
	let lastRight = -Infinity;
	for (const t of ticks) {
		marks.push(vRule(t.x, top, bottom, 'grid'));
		const w = textWidth(t.label, FONT.small);
		const anchor = t.x - w / 2 < 0 ? 'start' : t.x + w / 2 > width ? 'end' : 'middle';
		const tx = anchor === 'start' ? 0 : anchor === 'end' ? width : t.x;
		const left = anchor === 'start' ? 0 : anchor === 'end' ? width - w : t.x - w / 2;
		if (left < lastRight + 8) continue;
		lastRight = left + w;
		marks.push(textMark(tx, bottom + 18, t.label, 'tick', { anchor }));
	}
	return marks;
}
