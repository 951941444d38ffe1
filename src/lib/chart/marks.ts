/**
 * Mark constructors shared by the layouts: text, rules, dots and the cross-check outlines,
 * each rounding its coordinates to 0.1 in one place.
 */
import { FONT, LINE_HEIGHT } from './frames.ts';
import { r1, type CircleMark, type LineMark, type RectMark, type TextMark } from './scene.ts';

/** How a text mark is anchored and what it stands for. */
export interface TextOptions {
	anchor?: TextMark['anchor'] | undefined;
	key?: string | undefined;
}

/** One line of text with its baseline at (x, y). */
export function textMark(
	x: number,
	y: number,
	text: string,
	cls: string,
	{ anchor, key }: TextOptions = {},
): TextMark {
	const mark: TextMark = { type: 'text', x: r1(x), y: r1(y), text, cls };
	if (anchor !== undefined) mark.anchor = anchor;
	if (key !== undefined) mark.key = key;
	return mark;
}

/** Lines of label-sized text stacked from `top` down (a wrapped name or title). */
export function textLines(lines: readonly string[], x: number, top: number, cls: string) {
	return lines.map((line, i) => textMark(x, top + FONT.label + i * LINE_HEIGHT, line, cls));
}

/** A horizontal line from x1 to x2 at y: grid lines, axes, guides. */
export function hRule(x1: number, x2: number, y: number, cls: string): LineMark {
	return { type: 'line', x1: r1(x1), y1: r1(y), x2: r1(x2), y2: r1(y), cls };
}

/** A vertical line at x from y1 to y2: grid lines, ticks, reference lines. */
export function vRule(x: number, y1: number, y2: number, cls: string): LineMark {
	return { type: 'line', x1: r1(x), y1: r1(y1), x2: r1(x), y2: r1(y2), cls };
}

/** A round point marker. */
export function dot(cx: number, cy: number, r: number, cls: string, key?: string): CircleMark {
	const mark: CircleMark = { type: 'circle', cx: r1(cx), cy: r1(cy), r, cls };
	if (key !== undefined) mark.key = key;
	return mark;
}

/** The ring around a point marker of radius `r` whose value fails a cross-check. */
export function flagRing(cx: number, cy: number, r: number): CircleMark {
	return dot(cx, cy, r + 5, 'flag-ring');
}

/** The outline `pad` units around a box (a bar, a tile) whose value fails a cross-check. */
export function flagOutline(x: number, y: number, w: number, h: number, pad: number): RectMark {
	return {
		type: 'rect',
		x: r1(x - pad),
		y: r1(y - pad),
		width: r1(w + 2 * pad),
		height: r1(h + 2 * pad),
		cls: 'flag-outline',
	};
}
