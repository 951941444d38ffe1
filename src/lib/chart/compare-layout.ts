/**
 * Regions compared on one indicator: a sorted dot plot, one row per region (name above its
 * track, dot at the value, value written beside it) with the national value as a dashed
 * reference line across all rows.
 */
import { scaleLinear } from 'd3-scale';
import { FONT, WIDTH, type Variant } from './frames.ts';
import { flagBadge } from './glyphs.ts';
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

const LINE = 18;
const R = 5.5;

/** Lays out the dot plot at one width. */
export function layoutCompare(
	input: CompareLayoutInput,
	variant: Variant,
): Scene & {
	dots: PlacedDot[];
	ticks: { value: number; label: string; x: number }[];
	referenceX: number | null;
} {
	const width = WIDTH[variant];
	const values = [
		...input.rows.map((r) => r.value),
		...(input.national ? [input.national.value] : []),
	];
	const max = Math.max(0, ...values);
	const min = Math.min(0, ...values);
	const x = scaleLinear()
		.domain([min, max > min ? max : min + 1])
		.nice(variant === 'narrow' ? 3 : 5)
		.range([14, width - 14]);
	const marks: Mark[] = [];
	const dots: PlacedDot[] = [];
	const top = input.national ? 26 : 4;
	let y = top;
	const rowMarks: Mark[] = [];
	for (const row of input.rows) {
		const names = wrapText(row.name, width, FONT.label);
		names.forEach((line, i) =>
			rowMarks.push({
				type: 'text',
				x: 0,
				y: r1(y + FONT.label + i * LINE),
				text: line,
				cls: 'bar-label',
			}),
		);
		const cy = y + names.length * LINE + 10;
		const cx = x(row.value);
		rowMarks.push({
			type: 'line',
			x1: r1(x.range()[0] ?? 0),
			y1: r1(cy),
			x2: r1(x.range()[1] ?? width),
			y2: r1(cy),
			cls: 'track',
		});
		if (row.flagged)
			rowMarks.push({ type: 'circle', cx: r1(cx), cy: r1(cy), r: R + 5, cls: 'flag-ring' });
		rowMarks.push({
			type: 'circle',
			cx: r1(cx),
			cy: r1(cy),
			r: R,
			cls: 'pt-reported',
			key: row.key,
		});
		dots.push({ key: row.key, cx: r1(cx), cy: r1(cy), value: row.value });
		// Dot, then the "!" badge when flagged, then the value: right of the dot when it fits,
		// else left of it, else the value alone, else on its own line under the track.
		const badge = row.flagged ? 22 : 0;
		const fits = (text: string, dir: 1 | -1) => {
			const w = textWidth(text, FONT.label);
			return dir === 1 ? cx + R + 6 + badge + w <= width : cx - R - 6 - badge - w >= 0;
		};
		const options = [row.label, row.shortLabel].flatMap((text) =>
			([1, -1] as const).map((dir) => ({ text, dir })),
		);
		const choice = options.find((o) => fits(o.text, o.dir));
		const dir = choice?.dir ?? 1;
		if (row.flagged) rowMarks.push(...flagBadge(cx + dir * (R + 14), cy, row.key));
		rowMarks.push({
			type: 'text',
			x: r1(choice ? cx + dir * (R + 6 + badge) : 0),
			y: r1(choice ? cy + FONT.label * 0.35 : cy + R + 4 + FONT.label),
			text: choice?.text ?? row.label,
			cls: 'value',
			anchor: dir === 1 ? 'start' : 'end',
		});
		y = cy + 16 + (choice ? 0 : LINE);
	}
	const bottom = y;
	const ticks = x.ticks(variant === 'narrow' ? 3 : 5);
	const labels = input.formatTicks(ticks);
	const placedTicks = ticks.map((value, i) => ({ value, label: labels[i] ?? '', x: r1(x(value)) }));
	let lastRight = -Infinity;
	for (const t of placedTicks) {
		marks.push({ type: 'line', x1: t.x, y1: r1(top), x2: t.x, y2: r1(bottom), cls: 'grid' });
		const w = textWidth(t.label, FONT.small);
		const anchor = t.x - w / 2 < 0 ? 'start' : t.x + w / 2 > width ? 'end' : 'middle';
		const tx = anchor === 'start' ? 0 : anchor === 'end' ? width : t.x;
		const left = anchor === 'start' ? 0 : anchor === 'end' ? width - w : t.x - w / 2;
		// Long numbers (1.000.000) would collide: skip a label that would touch the previous one.
		if (left < lastRight + 8) continue;
		lastRight = left + w;
		marks.push({ type: 'text', x: tx, y: r1(bottom + 18), text: t.label, cls: 'tick', anchor });
	}
	let referenceX: number | null = null;
	if (input.national) {
		referenceX = r1(x(input.national.value));
		const anchor =
			referenceX > width * 0.6 ? 'end' : referenceX < width * 0.25 ? 'start' : 'middle';
		marks.push(
			{ type: 'line', x1: referenceX, y1: r1(top - 6), x2: referenceX, y2: r1(bottom), cls: 'ref' },
			{
				type: 'text',
				x: referenceX,
				y: r1(top - 10),
				text: input.national.label,
				cls: 'note',
				anchor,
			},
		);
	}
	marks.push(...rowMarks);
	return { width, height: r1(bottom + 28), marks, dots, ticks: placedTicks, referenceX };
}
