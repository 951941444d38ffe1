/**
 * Greedy label placement without a DOM: each label tries positions around its point in
 * order and takes the first that stays inside the drawing and overlaps nothing placed so far.
 */
import { textWidth } from './text-metrics.ts';

/** An axis-aligned box, top-left corner plus size. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Where a label sits relative to its point. */
export type Side =
	'above' | 'below' | 'right' | 'left' | 'aboveLeft' | 'aboveRight' | 'belowLeft' | 'belowRight';

/** A label to place near a point. */
export interface LabelRequest {
	key: string;
	text: string;
	/** A shorter text to try when `text` fits nowhere. */
	alt?: string;
	/** The point labelled and the radius of its marker. */
	cx: number;
	cy: number;
	r: number;
	/** Positions to try, best first. */
	sides: readonly Side[];
}

/** A placed label: text anchor, baseline and the box it covers. */
export interface PlacedLabel {
	key: string;
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	anchor: 'start' | 'middle' | 'end';
	box: Box;
}

/** True when two boxes overlap. */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function area(a: Box, b: Box): number {
	const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

// The box a browser gives a line of text: the font's ascent and descent, not the glyphs' ink
// (DejaVu Sans, Chromium's fallback on Linux, measures 0.93 and 0.24 em). Boxes any smaller let
// two labels touch on screen while the layout thought them apart.
const ASCENT = 0.93;
const DESCENT = 0.24;
const GAP = 3;

function candidate(req: LabelRequest, side: Side, size: number): Omit<PlacedLabel, 'key' | 'text'> {
	const w = textWidth(req.text, size) + 2;
	const h = size;
	const aboveY = req.cy - req.r - GAP - DESCENT * h;
	const belowY = req.cy + req.r + GAP + ASCENT * h;
	const middleY = req.cy + 0.3 * h;
	const box = (x: number, y: number) => ({ x, y: y - ASCENT * h, w, h: (ASCENT + DESCENT) * h });
	switch (side) {
		case 'above':
		case 'below': {
			const y = side === 'above' ? aboveY : belowY;
			return { x: req.cx, y, anchor: 'middle', box: box(req.cx - w / 2, y) };
		}
		case 'right':
		case 'left': {
			const x = side === 'right' ? req.cx + req.r + GAP : req.cx - req.r - GAP;
			return {
				x,
				y: middleY,
				anchor: side === 'right' ? 'start' : 'end',
				box: box(side === 'right' ? x : x - w, middleY),
			};
		}
		case 'aboveLeft':
		case 'belowLeft': {
			const y = side === 'aboveLeft' ? aboveY : belowY;
			const x = req.cx + req.r;
			return { x, y, anchor: 'end', box: box(x - w, y) };
		}
		case 'aboveRight':
		case 'belowRight': {
			const y = side === 'aboveRight' ? aboveY : belowY;
			const x = req.cx - req.r;
			return { x, y, anchor: 'start', box: box(x, y) };
		}
	}
}

const inside = (b: Box, bounds: Box) =>
	b.x >= bounds.x &&
	b.y >= bounds.y &&
	b.x + b.w <= bounds.x + bounds.w &&
	b.y + b.h <= bounds.y + bounds.h;

/** Places labels in request order, avoiding `obstacles`, earlier labels and the bounds' edge. */
export function placeLabels(
	requests: readonly LabelRequest[],
	obstacles: readonly Box[],
	bounds: Box,
	size: number,
): PlacedLabel[] {
	const taken: Box[] = [...obstacles];
	const placed: PlacedLabel[] = [];
	for (const req of requests) {
		const texts = req.alt === undefined ? [req.text] : [req.text, req.alt];
		const options = texts.flatMap((text) =>
			req.sides.map((side) => ({ text, ...candidate({ ...req, text }, side, size) })),
		);
		const cost = (o: (typeof options)[number]) =>
			(inside(o.box, bounds) ? 0 : 1e6) + taken.reduce((sum, b) => sum + area(o.box, b), 0);
		const best =
			options.find((o) => cost(o) === 0) ?? [...options].sort((a, b) => cost(a) - cost(b))[0];
		if (!best) continue;
		taken.push(best.box);
		placed.push({ key: req.key, ...best });
	}
	return placed;
}

/**
 * The labels that do not overlap an earlier one, in order: a label that found no free place is
 * left out rather than drawn over another (its value stays in the chart's table and summary).
 */
export function keepApart(labels: readonly PlacedLabel[]): PlacedLabel[] {
	const kept: PlacedLabel[] = [];
	for (const label of labels) {
		if (!kept.some((k) => overlaps(k.box, label.box))) kept.push(label);
	}
	return kept;
}
