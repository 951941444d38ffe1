/**
 * Coverage over time: reported values as a line with filled points, derived values as
 * hollow points, targets as diamonds and baselines as hollow squares; far-off targets (such
 * as 2045) sit in a column after an axis break so they do not squash the recent years.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { FONT, WIDTH, type Variant } from './frames.ts';
import { diamond, flagBadge } from './glyphs.ts';
import { layoutLegend, type LegendItem } from './legend.ts';
import { keepApart, placeLabels, type Box, type LabelRequest, type Side } from './place-labels.ts';
import { r1, type Mark, type Scene } from './scene.ts';
import { textWidth } from './text-metrics.ts';

/** What a point on the coverage chart is. */
export type CoverageKind = 'reported' | 'derived' | 'target' | 'baseline';

/** One value on the coverage chart, already labelled. */
export interface CoveragePoint {
	key: string;
	kind: CoverageKind;
	/** Position on the time axis in fractional years. */
	t: number;
	/** Calendar year, shown under a far-off target. */
	year: number;
	value: number;
	/** Short label ("≈32%") and a longer one ("Target RPJPD 41,23%") used where room allows. */
	label: string;
	longLabel: string;
	flagged: boolean;
}

/** Points, the gap to annotate, legend and formatters of the coverage chart. */
export interface CoverageLayoutInput {
	points: CoveragePoint[];
	/** A bracket from the newest reported value up (or down) to the next target. */
	gap: { fromKey: string; toKey: string; label: string } | null;
	legend: LegendItem[];
	/** Formats the y ticks (percent) in the chart's locale. */
	formatTicks: (values: number[]) => string[];
	/** Formats a year label. */
	formatYear: (year: number) => string;
}

/** Where each point was drawn, for tests. */
export interface PlacedPoint {
	key: string;
	kind: CoverageKind;
	cx: number;
	cy: number;
	value: number;
}

/** Targets more than this many years after the newest value go behind the axis break. */
const FAR_YEARS = 6;
const PLOT_HEIGHT: Record<Variant, number> = { narrow: 190, wide: 220 };
const FAR_STEP = 56;
const BREAK_GAP = 22;
const R = 4.5;

/** Small boxes along the line between points, leaving the points' own surroundings free. */
function lineObstacles(points: readonly PlacedPoint[]): Box[] {
	const boxes: Box[] = [];
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1];
		const b = points[i];
		if (!a || !b) continue;
		const length = Math.hypot(b.cx - a.cx, b.cy - a.cy);
		for (let d = R + 4; d < length - R - 4; d += 6) {
			const t = d / length;
			boxes.push({
				x: a.cx + (b.cx - a.cx) * t - 1.5,
				y: a.cy + (b.cy - a.cy) * t - 1.5,
				w: 3,
				h: 3,
			});
		}
	}
	return boxes;
}

/** Lays out the coverage chart at one width. */
export function layoutCoverage(
	input: CoverageLayoutInput,
	variant: Variant,
): Scene & { points: PlacedPoint[]; yTicks: { value: number; label: string }[] } {
	const width = WIDTH[variant];
	const { points } = input;
	const measured = points.filter((p) => p.kind === 'reported' || p.kind === 'derived');
	const anchor =
		measured.length > 0
			? Math.max(...measured.map((p) => p.t))
			: Math.min(...points.map((p) => p.t));
	const isFar = (p: CoveragePoint) =>
		(p.kind === 'target' || p.kind === 'baseline') && p.t > anchor + FAR_YEARS;
	const near = points.filter((p) => !isFar(p));
	const farYears = [...new Set(points.filter(isFar).map((p) => p.year))].sort((a, b) => a - b);

	const legend = layoutLegend(input.legend, 0, 0, width);
	const top = legend.height + 26;
	const plotH = PLOT_HEIGHT[variant];
	const yMaxRaw = (max(points, (p) => p.value) ?? 0) * 1.12;
	const y = scaleLinear()
		.domain([0, yMaxRaw > 0 ? yMaxRaw : 1])
		.nice(variant === 'narrow' ? 4 : 5);
	const [, yTop = 1] = y.domain();
	if (yTop > 100 && (max(points, (p) => p.value) ?? 0) <= 100) y.domain([0, 100]);
	y.range([top + plotH, top]);
	const tickValues = y.ticks(variant === 'narrow' ? 4 : 5);
	const tickLabels = input.formatTicks(tickValues);
	const yTicks = tickValues.map((v, i) => ({ value: v, label: tickLabels[i] ?? '' }));

	const left = Math.max(...yTicks.map((t) => textWidth(t.label, FONT.small))) + 10;
	const farWidth = farYears.length * FAR_STEP;
	const plotRight = width - 14 - (farWidth > 0 ? farWidth + BREAK_GAP : 0);
	const ts = near.map((p) => p.t);
	let t0 = Math.min(...ts);
	let t1 = Math.max(...ts);
	if (t1 - t0 < 1) {
		const mid = (t0 + t1) / 2;
		t0 = mid - 0.5;
		t1 = mid + 0.5;
	}
	const pad = (t1 - t0) * 0.1;
	const x = scaleLinear()
		.domain([t0 - pad, t1 + pad])
		.range([left, plotRight]);
	const farX = (year: number) => plotRight + BREAK_GAP + FAR_STEP * (farYears.indexOf(year) + 0.5);
	const px = (p: CoveragePoint) => (isFar(p) ? farX(p.year) : x(p.t));

	const marks: Mark[] = [...legend.marks];
	const bottom = top + plotH;
	for (const tick of yTicks) {
		const ty = r1(y(tick.value));
		marks.push(
			{ type: 'line', x1: r1(left), y1: ty, x2: r1(width - 6), y2: ty, cls: 'grid' },
			{
				type: 'text',
				x: r1(left - 6),
				y: r1(ty + FONT.small * 0.35),
				text: tick.label,
				cls: 'tick',
				anchor: 'end',
			},
		);
	}
	marks.push({
		type: 'line',
		x1: r1(left),
		y1: r1(bottom),
		x2: r1(plotRight),
		y2: r1(bottom),
		cls: 'axis',
	});
	const [d0 = t0, d1 = t1] = x.domain();
	const years: number[] = [];
	for (let year = Math.floor(d0); year <= Math.floor(d1); year++) years.push(year);
	const every = Math.max(1, Math.ceil((years.length * 40) / (plotRight - left)));
	for (const year of years) {
		if (year > d0) {
			const bx = r1(x(year));
			marks.push({ type: 'line', x1: bx, y1: r1(bottom), x2: bx, y2: r1(bottom + 6), cls: 'axis' });
		}
		const a = Math.max(year, d0);
		const b = Math.min(year + 1, d1);
		const label = input.formatYear(year);
		const visible = x(b) - x(a);
		if (year % every === 0 && b - a >= 0.35 && visible >= textWidth(label, FONT.small) + 4) {
			marks.push({
				type: 'text',
				x: r1(x((a + b) / 2)),
				y: r1(bottom + 20),
				text: label,
				cls: 'tick',
				anchor: 'middle',
			});
		}
	}
	if (farYears.length > 0) {
		const bx = plotRight + BREAK_GAP / 2;
		marks.push(
			{
				type: 'path',
				d: `M${r1(bx - 6)},${r1(bottom + 5)}L${r1(bx - 2)},${r1(bottom - 5)}M${r1(bx + 2)},${r1(bottom + 5)}L${r1(bx + 6)},${r1(bottom - 5)}`,
				cls: 'axis',
			},
			{
				type: 'line',
				x1: r1(plotRight + BREAK_GAP),
				y1: r1(bottom),
				x2: r1(width - 14),
				y2: r1(bottom),
				cls: 'axis',
			},
		);
		for (const year of farYears) {
			marks.push({
				type: 'text',
				x: r1(farX(year)),
				y: r1(bottom + 20),
				text: input.formatYear(year),
				cls: 'tick',
				anchor: 'middle',
			});
		}
	}

	// Reported values joined by a line, oldest first.
	const reported = points.filter((p) => p.kind === 'reported').sort((a, b) => a.t - b.t);
	const path = line<CoveragePoint>()
		.x((p) => px(p))
		.y((p) => y(p.value))
		.digits(1)(reported);
	if (path && reported.length > 1) marks.push({ type: 'path', d: path, cls: 'line' });

	// Derived values drawn at the same time as a reported one step aside so both show.
	const placed: PlacedPoint[] = points.map((p) => {
		let cx = px(p);
		if (p.kind === 'derived' && reported.some((q) => Math.abs(px(q) - cx) < 2 * R)) cx += 3 * R;
		return { key: p.key, kind: p.kind, cx: r1(cx), cy: r1(y(p.value)), value: p.value };
	});
	const at = new Map(placed.map((p) => [p.key, p]));

	if (input.gap) {
		const from = at.get(input.gap.fromKey);
		const to = at.get(input.gap.toKey);
		if (from && to) {
			marks.push(
				{ type: 'line', x1: from.cx, y1: from.cy, x2: to.cx, y2: from.cy, cls: 'guide' },
				{ type: 'line', x1: to.cx, y1: from.cy, x2: to.cx, y2: to.cy, cls: 'gap' },
				{
					type: 'line',
					x1: r1(to.cx - 4),
					y1: from.cy,
					x2: r1(to.cx + 4),
					y2: from.cy,
					cls: 'gap',
				},
			);
		}
	}

	for (const p of placed) {
		const flagged = points.find((q) => q.key === p.key)?.flagged ?? false;
		if (flagged) marks.push({ type: 'circle', cx: p.cx, cy: p.cy, r: R + 5, cls: 'flag-ring' });
		if (p.kind === 'reported')
			marks.push({ type: 'circle', cx: p.cx, cy: p.cy, r: R, cls: 'pt-reported', key: p.key });
		if (p.kind === 'derived')
			marks.push({ type: 'circle', cx: p.cx, cy: p.cy, r: R, cls: 'pt-derived', key: p.key });
		if (p.kind === 'target') marks.push(diamond(p.cx, p.cy, 6.5, 'mk-target', p.key));
		if (p.kind === 'baseline')
			marks.push({
				type: 'rect',
				x: r1(p.cx - R),
				y: r1(p.cy - R),
				width: 2 * R,
				height: 2 * R,
				cls: 'mk-baseline',
				key: p.key,
			});
	}

	// Labels: values first (above), targets next (below), then the gap note.
	const obstacles: Box[] = placed.map((p) => ({
		x: p.cx - R - 2,
		y: p.cy - R - 2,
		w: 2 * R + 4,
		h: 2 * R + 4,
	}));
	obstacles.push(
		...lineObstacles(reported.map((p) => at.get(p.key)).filter((p) => p !== undefined)),
	);
	if (input.gap) {
		const from = at.get(input.gap.fromKey);
		const to = at.get(input.gap.toKey);
		if (from && to)
			obstacles.push({
				x: to.cx - 3,
				y: Math.min(from.cy, to.cy),
				w: 6,
				h: Math.abs(from.cy - to.cy),
			});
	}
	const bounds: Box = {
		x: left,
		y: legend.height + 4,
		w: width - left,
		h: bottom - legend.height - 4,
	};
	const requests: LabelRequest[] = [];
	const sidesFor = (kind: CoverageKind): Side[] =>
		kind === 'target' || kind === 'baseline'
			? ['below', 'belowLeft', 'belowRight', 'left', 'right', 'above', 'aboveLeft', 'aboveRight']
			: kind === 'derived'
				? ['right', 'left', 'belowRight', 'belowLeft', 'aboveRight', 'aboveLeft', 'below', 'above']
				: ['above', 'aboveLeft', 'aboveRight', 'left', 'right', 'below', 'belowLeft', 'belowRight'];
	const order: CoverageKind[] = ['reported', 'derived', 'target', 'baseline'];
	for (const kind of order) {
		for (const p of points.filter((q) => q.kind === kind)) {
			const where = at.get(p.key);
			if (!where) continue;
			const r = p.flagged ? R + 14 : R;
			const request: LabelRequest = {
				key: p.key,
				text: p.label,
				cx: where.cx,
				cy: where.cy,
				r,
				sides: sidesFor(kind),
			};
			if (variant === 'wide' && p.longLabel !== p.label) {
				request.text = p.longLabel;
				request.alt = p.label;
			}
			requests.push(request);
		}
	}
	const labels = placeLabels(requests, obstacles, bounds, FONT.label);
	if (input.gap) {
		const from = at.get(input.gap.fromKey);
		const to = at.get(input.gap.toKey);
		if (from && to) {
			const taken = [...obstacles, ...labels.map((l) => l.box)];
			labels.push(
				...placeLabels(
					[
						{
							key: 'gap',
							text: input.gap.label,
							cx: to.cx,
							cy: (from.cy + to.cy) / 2,
							r: 2,
							sides: ['left', 'right'],
						},
					],
					taken,
					bounds,
					FONT.small,
				).map((l) => ({ ...l, key: 'gap' })),
			);
		}
	}
	for (const l of keepApart(labels)) {
		marks.push({
			type: 'text',
			x: r1(l.x),
			y: r1(l.y),
			text: l.text,
			cls: l.key === 'gap' ? 'note' : 'value',
			anchor: l.anchor,
			key: l.key,
		});
	}
	for (const p of placed.filter((q) => points.find((x) => x.key === q.key)?.flagged)) {
		marks.push(...flagBadge(p.cx + R + 9, p.cy - R - 9, p.key));
	}
	return { width, height: r1(bottom + 30), marks, points: placed, yTicks };
}
