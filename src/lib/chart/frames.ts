/**
 * The two widths every chart is drawn at. Text keeps the same size in viewBox units, so the
 * narrow drawing (shown below about 38rem) prints 14-unit text at about 13.5 px on a 360 px
 * phone and the wide one at 12–16 px on larger screens.
 */

/** The two drawings of every chart: for phones and for wider screens. */
export type Variant = 'narrow' | 'wide';

/** viewBox width of each variant. */
export const WIDTH: Record<Variant, number> = { narrow: 340, wide: 640 };

/** Font sizes in viewBox units (see chart-svg.css, which uses the same numbers). */
export const FONT = { label: 14, small: 13 } as const;

/** Distance between the baselines of wrapped lines of text. */
export const LINE_HEIGHT = 18;

/** Margins of a plot area. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Size of a drawing and the margins around its plot area. */
export interface Frame {
	width: number;
	height: number;
	margin: Margin;
}

/** Width and height inside the margins. */
export function inner(frame: Frame): { width: number; height: number } {
	return {
		width: frame.width - frame.margin.left - frame.margin.right,
		height: frame.height - frame.margin.top - frame.margin.bottom,
	};
}
