/**
 * Regions compared on one indicator: a sorted dot plot, one row per region (name above its
 * track, dot at the value, value written beside it) with the national value as a dashed
 * reference line across all rows.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { labelledTicks, xAxisMarks, type PlacedTick } from './axes.ts';
import { FONT, LINE_HEIGHT, WIDTH, type Variant } from './frames.ts';
import { flagBadge } from './glyphs.ts';
import { dot, flagRing, hRule, textLines, textMark, vRule } from './marks.ts';
import { r1, type Mark, type Scene } from './scene.ts';
import { textWidth, wrapText } from './text-metrics.ts';

/** One region's row in the dot plot. */
export interface CompareRow {
	key: string;
	name: string;
	value: number;
	/** "41,66% · November 2025". */
	label: string;
	/** The value alone ("41,66%"), when the label does not fit beside the dot. */
	shortLabel: string;
	flagged: boolean;
}

/** The rows, the national reference and the tick formatter. */
export interface CompareLayoutInput {
	rows: CompareRow[];
	national: { value: number; label: string } | null;
	formatTicks: (values: number[]) => string[];
}

/** Where each dot landed, for tests. */
export interface PlacedDot {
	key: string;
	cx: number;
	cy: number;
	value: number;
}

const R = 5.5;
const TICKS: Record<Variant, number> = { narrow: 3, wide: 5 };

/** Lays out the dot plot at one width: the scale, the rows, then the axis and reference. */
export function layoutCompare(
	input: CompareLayoutInput,
	variant: Variant,
): Scene & {
	dots: PlacedDot[];
	ticks: PlacedTick[];
	referenceX: number | null;
} {
	const width = WIDTH[variant];
	const x = valueScale(input, variant, width);
	const top = input.national ? 26 : 4;
	const rows = rowsMarks(input.rows, x, top, width);
	const ticks = labelledTicks(x, TICKS[variant], input.formatTicks).map((t) => ({
		...t,
		x: r1(x(t.value)),
	}));
	const reference = referenceMarks(input.national, x, top, rows.bottom, width);
	return {
		width,
		height: r1(rows.bottom + 28),
		marks: [...xAxisMarks(ticks, top, rows.bottom, width), ...reference.marks, ...rows.marks],
		dots: rows.dots,
		ticks,
		referenceX: reference.x,
	};
}

/** Values across, from zero (or the lowest negative value), the national value included. */
function valueScale(
	input: CompareLayoutInput,
	variant: Variant,
	width: number,
): ScaleLinear<number, number> {
	const values = [
		...input.rows.map((r) => r.value),
		...(input.national ? [input.national.value] : []),
	];
	const max = Math.max(0, ...values);
	const min = Math.min(0, ...values);
	return scaleLinear()
		.domain([min, max > min ? max : min + 1])
		.nice(TICKS[variant])
		.range([14, width - 14]);
}

/** The rows one under another from `top`; `bottom` is where the last one ends. */
function rowsMarks(
	rows: readonly CompareRow[],
	x: ScaleLinear<number, number>,
	top: number,
	width: number,
) {
	const marks: Mark[] = [];
	const dots: PlacedDot[] = [];
	let y = top;
	for (const row of rows) {
		const placed = rowMarks(row, x, y, width);
		marks.push(...placed.marks);
		dots.push(placed.dot);
		y = placed.bottom;
	}
	return { marks, dots, bottom: y };
}

/** One row from `top`: the name (wrapped), the track, the dot and its value. */
function rowMarks(row: CompareRow, x: ScaleLinear<number, number>, top: number, width: number) {
	const names = wrapText(row.name, width, FONT.label);
	const cy = top + names.length * LINE_HEIGHT + 10;
	const cx = x(row.value);
	const [x0 = 0, x1 = width] = x.range();
	const value = valueMarks(row, cx, cy, width);
	const marks: Mark[] = [
		...textLines(names, 0, top, 'bar-label'),
		hRule(x0, x1, cy, 'track'),
		...(row.flagged ? [flagRing(cx, cy, R)] : []),
		dot(cx, cy, R, 'pt-reported', row.key),
		...value.marks,
	];
	const placed: PlacedDot = { key: row.key, cx: r1(cx), cy: r1(cy), value: row.value };
	return { marks, dot: placed, bottom: cy + 16 + (value.beside ? 0 : LINE_HEIGHT) };
}

/**
 * The value beside its dot, after the "!" badge when flagged: right of the dot when it fits,
 * else left of it, else the value alone, else the label on its own line under the track.
 */
function valueMarks(row: CompareRow, cx: number, cy: number, width: number) {
	const badge = row.flagged ? 22 : 0;
	const fits = ({ text, dir }: { text: string; dir: 1 | -1 }) => {
		const w = textWidth(text, FONT.label);
		return dir === 1 ? cx + R + 6 + badge + w <= width : cx - R - 6 - badge - w >= 0;
	};
	const options = [row.label, row.shortLabel].flatMap((text) =>
		([1, -1] as const).map((dir) => ({ text, dir })),
	);
	const choice = options.find(fits);
	const dir = choice?.dir ?? 1;
	const anchor = dir === 1 ? 'start' : 'end';
	const text = choice
		? textMark(cx + dir * (R + 6 + badge), cy + FONT.label * 0.35, choice.text, 'value', {
				anchor,
			})
		: textMark(0, cy + R + 4 + FONT.label, row.label, 'value', { anchor });
	const flag = row.flagged ? flagBadge(cx + dir * (R + 14), cy, row.key) : [];
	return { marks: [...flag, text], beside: choice !== undefined };
}

/** The dashed national line across all rows, its label above them. */
function referenceMarks(
	national: CompareLayoutInput['national'],
	x: ScaleLinear<number, number>,
	top: number,
	bottom: number,
	width: number,
): { marks: Mark[]; x: number | null } {
	if (!national) return { marks: [], x: null };
	const rx = r1(x(national.value));
	const anchor = rx > width * 0.6 ? 'end' : rx < width * 0.25 ? 'start' : 'middle';
	return {
		marks: [
			vRule(rx, top - 6, bottom, 'ref'),
			textMark(rx, top - 10, national.label, 'note', { anchor }),
		],
		x: rx,
	};
}
