/**
 * The drawing a chart layout returns: plain marks with coordinates in viewBox units and CSS
 * class names. Components render marks one to one, so the geometry is tested without a DOM.
 */

/**
 * A rectangle. `fill` paints it with one of the drawing's patterns instead of a colour:
 * `hatch` (accent stripes, planned values) or `hatch-muted` (faint stripes, no data).
 */
export interface RectMark {
	type: 'rect';
	x: number;
	y: number;
	width: number;
	height: number;
	cls: string;
	/** What the rectangle stands for (a segment code, a year), for tests and debugging. */
	key?: string;
	fill?: 'hatch' | 'hatch-muted';
}

/** A circle. */
export interface CircleMark {
	type: 'circle';
	cx: number;
	cy: number;
	r: number;
	cls: string;
	key?: string;
}

/** A straight line. */
export interface LineMark {
	type: 'line';
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	cls: string;
}

/** An SVG path (`d` already rounded). */
export interface PathMark {
	type: 'path';
	d: string;
	cls: string;
	key?: string;
}

/** One line of text; `y` is its baseline. */
export interface TextMark {
	type: 'text';
	x: number;
	y: number;
	text: string;
	cls: string;
	anchor?: 'start' | 'middle' | 'end';
	key?: string;
}

/** A link around marks (map tiles). `label` is its accessible name. */
export interface LinkMark {
	type: 'link';
	href: string;
	label: string;
	marks: Mark[];
}

/** Marks moved by (dx, dy). */
export interface GroupMark {
	type: 'group';
	dx: number;
	dy: number;
	marks: Mark[];
}

/** Anything a scene can hold. */
export type Mark = RectMark | CircleMark | LineMark | PathMark | TextMark | LinkMark | GroupMark;

/** A whole drawing: its viewBox size and marks, painted in order. */
export interface Scene {
	width: number;
	height: number;
	marks: Mark[];
}

/** Rounds a coordinate to one decimal, which keeps the SVG small and still exact on screen. */
export function r1(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Every mark of a list, groups and links opened, in paint order (for tests). */
export function flatMarks(marks: readonly Mark[]): Mark[] {
	return marks.flatMap((m) =>
		m.type === 'group' || m.type === 'link' ? [m, ...flatMarks(m.marks)] : [m],
	);
}
