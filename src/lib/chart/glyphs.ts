/** Small shapes shared by charts and legends: point markers and the cross-check flag. */
import { FONT } from './frames.ts';
import { r1, type Mark } from './scene.ts';

/** Kinds of marker a legend can show. */
export type Glyph =
	| 'reported'
	| 'derived'
	| 'target'
	| 'baseline'
	| 'bar'
	| 'total'
	| 'planned'
	| 'bar-derived'
	| 'flag'
	| 'flag-outline'
	| `bin-${number}`
	| 'nodata'
	| 'nocov';

/** A diamond of half-diagonal `s` centred on (x, y). */
export function diamond(x: number, y: number, s: number, cls: string, key?: string): Mark {
	const d = `M${r1(x)},${r1(y - s)}L${r1(x + s)},${r1(y)}L${r1(x)},${r1(y + s)}L${r1(x - s)},${r1(y)}Z`;
	return key === undefined ? { type: 'path', d, cls } : { type: 'path', d, cls, key };
}

/** Radius of the "!" badge beside a flagged value. */
export const FLAG_BADGE_R = 8;

/** The "!" badge marking a value that fails a cross-check, centred on (x, y). */
export function flagBadge(x: number, y: number, key?: string): Mark[] {
	const circle: Mark = { type: 'circle', cx: r1(x), cy: r1(y), r: FLAG_BADGE_R, cls: 'flag-badge' };
	if (key !== undefined) circle.key = key;
	return [
		circle,
		{
			type: 'text',
			x: r1(x),
			y: r1(y + FONT.small * 0.36),
			text: '!',
			cls: 'flag-text',
			anchor: 'middle',
		},
	];
}

/** A legend swatch of about 16 × 16 units with its left edge at x, centred on y. */
export function swatch(glyph: Glyph, x: number, y: number): Mark[] {
	x = r1(x);
	y = r1(y);
	const cx = x + 8;
	switch (glyph) {
		case 'reported':
			return [
				{ type: 'line', x1: x, y1: y, x2: x + 16, y2: y, cls: 'line' },
				{ type: 'circle', cx, cy: y, r: 4.5, cls: 'pt-reported' },
			];
		case 'derived':
			return [{ type: 'circle', cx, cy: y, r: 4.5, cls: 'pt-derived' }];
		case 'target':
			return [diamond(cx, y, 6, 'mk-target')];
		case 'baseline':
			return [{ type: 'rect', x: cx - 4.5, y: y - 4.5, width: 9, height: 9, cls: 'mk-baseline' }];
		case 'bar':
			return [{ type: 'rect', x, y: y - 6, width: 16, height: 12, cls: 'bar' }];
		case 'total':
			return [{ type: 'rect', x, y: y - 6, width: 16, height: 12, cls: 'bar-total' }];
		case 'planned':
			return [
				{ type: 'rect', x, y: y - 6, width: 16, height: 12, cls: 'bar-planned', fill: 'hatch' },
			];
		case 'bar-derived':
			return [{ type: 'rect', x, y: y - 6, width: 16, height: 12, cls: 'bar-derived' }];
		case 'flag':
			return flagBadge(cx, y);
		case 'nodata':
			return [
				{
					type: 'rect',
					x,
					y: y - 8,
					width: 16,
					height: 16,
					cls: 'tile-nodata',
					fill: 'hatch-muted',
				},
			];
		case 'nocov':
			return [{ type: 'rect', x, y: y - 8, width: 16, height: 16, cls: 'tile-nocov' }];
		case 'flag-outline':
			return [{ type: 'rect', x: x + 1, y: y - 7, width: 14, height: 14, cls: 'flag-outline' }];
		default:
			return [{ type: 'rect', x, y: y - 8, width: 16, height: 16, cls: `tile ${glyph}` }];
	}
}
