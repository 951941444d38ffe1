/**
 * Coverage over time: reported values as a line with filled points, derived values as
 * hollow points, targets as diamonds and baselines as hollow squares; far-off targets (such
 * as 2045) sit in a column after an axis break so they do not squash the recent years.
 */
import { max } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { labelledTicks, yAxisMarks, type Tick } from './axes.ts';
import { FONT, WIDTH, type Variant } from './frames.ts';
import { diamond, FLAG_BADGE_R, flagBadge } from './glyphs.ts';
import { layoutLegend, type LegendItem } from './legend.ts';
import { dot, flagRing, hRule, textMark, vRule } from './marks.ts';
import {
	keepApart,
	placeLabels,
	type Box,
	type LabelRequest,
	type PlacedLabel,
	type Side,
} from './place-labels.ts';
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
const Y_TICKS: Record<Variant, number> = { narrow: 4, wide: 5 };
const FAR_STEP = 56;
const BREAK_GAP = 22;
const R = 4.5;

const ABOVE: readonly Side[] = ['above', 'aboveLeft', 'aboveRight'];
const BELOW: readonly Side[] = ['below', 'belowLeft', 'belowRight'];
/** Where to try each kind's label, best first: values above, derived beside, plans below. */
const SIDES: Record<CoverageKind, readonly Side[]> = {
	reported: [...ABOVE, 'left', 'right', ...BELOW],
	derived: [
		'right',
		'left',
		'belowRight',
		'belowLeft',
		'aboveRight',
		'aboveLeft',
		'below',
		'above',
	],
	target: [...BELOW, 'left', 'right', ...ABOVE],
	baseline: [...BELOW, 'left', 'right', ...ABOVE],
};

/** Labels are placed in this order, so values get the best places. */
const LABEL_ORDER: readonly CoverageKind[] = ['reported', 'derived', 'target', 'baseline'];

/** The plot area: values from `left`, near years up to `right`, far years after the break. */
interface PlotArea {
	width: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A point and where it was drawn. */
interface DrawnPoint {
	point: CoveragePoint;
	at: PlacedPoint;
}

/** The gap bracket between two drawn points. */
interface GapBracket {
	from: PlacedPoint;
	to: PlacedPoint;
	label: string;
}

/** Lays out the coverage chart at one width: scales, axes, marks, then labels. */
export function layoutCoverage(
	input: CoverageLayoutInput,
	variant: Variant,
): Scene & { points: PlacedPoint[]; yTicks: Tick[] } {
	const width = WIDTH[variant];
	const { points } = input;
	const legend = layoutLegend(input.legend, 0, 0, width);
	const top = legend.height + 26;
	const bottom = top + PLOT_HEIGHT[variant];

	const y = valueScale(points, variant, top, bottom);
	const yTicks = labelledTicks(y, Y_TICKS[variant], input.formatTicks);
	const left = Math.max(...yTicks.map((t) => textWidth(t.label, FONT.small))) + 10;
	const time = timeScales(points, left, width);
	const plot: PlotArea = { width, left, right: time.right, top, bottom };

	const reported = points.filter((p) => p.kind === 'reported').sort((a, b) => a.t - b.t);
	const drawn = placePoints(points, reported, time.px, y);
	const at = new Map(drawn.map(({ at: p }) => [p.key, p]));
	const gap = gapBracket(input.gap, at);
	const reportedAt = reported.map((p) => at.get(p.key)).filter((p) => p !== undefined);
	const bounds: Box = {
		x: left,
		y: legend.height + 4,
		w: width - left,
		h: bottom - legend.height - 4,
	};
	const marks: Mark[] = [
		...legend.marks,
		...yAxisMarks(yTicks, y, left, width - 6),
		...yearAxisMarks(time.x, plot, input.formatYear),
		...farAxisMarks(time.farYears, plot, input.formatYear),
		...lineMarks(reported, time.px, y),
		...gapMarks(gap),
		...drawn.flatMap(pointMarks),
		...labelMarks(
			labelRequests(drawn, variant),
			labelObstacles(drawn, reportedAt, gap),
			bounds,
			gap,
		),
		...drawn.filter((d) => d.point.flagged).flatMap(({ at: p }) => badgeAt(p)),
	];
	return { width, height: r1(bottom + 30), marks, points: drawn.map((d) => d.at), yTicks };
}

/** Values up from zero with some headroom; shares stop at 100% rather than a nicer 120%. */
function valueScale(
	points: readonly CoveragePoint[],
	variant: Variant,
	top: number,
	bottom: number,
): ScaleLinear<number, number> {
	const highest = max(points, (p) => p.value) ?? 0;
	const yMaxRaw = highest * 1.12;
	const y = scaleLinear()
		.domain([0, yMaxRaw > 0 ? yMaxRaw : 1])
		.nice(Y_TICKS[variant]);
	const [, yTop = 1] = y.domain();
	if (yTop > 100 && highest <= 100) y.domain([0, 100]);
	return y.range([bottom, top]);
}

/**
 * Time across: targets and baselines more than {@link FAR_YEARS} after the newest measured
 * value are far and get a column each after the axis break; the rest share a linear scale.
 */
function timeScales(points: readonly CoveragePoint[], left: number, width: number) {
	const measured = points.filter((p) => p.kind === 'reported' || p.kind === 'derived');
	const anchor =
		measured.length > 0
			? Math.max(...measured.map((p) => p.t))
			: Math.min(...points.map((p) => p.t));
	const isFar = (p: CoveragePoint) =>
		(p.kind === 'target' || p.kind === 'baseline') && p.t > anchor + FAR_YEARS;
	const farYears = [...new Set(points.filter(isFar).map((p) => p.year))].sort((a, b) => a - b);
	const farWidth = farYears.length * FAR_STEP;
	const right = width - 14 - (farWidth > 0 ? farWidth + BREAK_GAP : 0);
	const x = nearTimeScale(
		points.filter((p) => !isFar(p)),
		left,
		right,
	);
	const px = (p: CoveragePoint) => (isFar(p) ? farColumnX(right, farYears, p.year) : x(p.t));
	return { x, right, farYears, px };
}

/** The near points' time span (at least a year), padded by a tenth on each side. */
function nearTimeScale(near: readonly CoveragePoint[], left: number, right: number) {
	const ts = near.map((p) => p.t);
	let t0 = Math.min(...ts);
	let t1 = Math.max(...ts);
	if (t1 - t0 < 1) {
		const mid = (t0 + t1) / 2;
		t0 = mid - 0.5;
		t1 = mid + 0.5;
	}
	const pad = (t1 - t0) * 0.1;
	return scaleLinear()
		.domain([t0 - pad, t1 + pad])
		.range([left, right]);
}

/** The centre of a far year's column. */
function farColumnX(right: number, farYears: readonly number[], year: number): number {
	return right + BREAK_GAP + FAR_STEP * (farYears.indexOf(year) + 0.5);
}

/** The time axis: a tick where each year starts, its label centred in the year where it fits. */
function yearAxisMarks(
	x: ScaleLinear<number, number>,
	{ left, right, bottom }: PlotArea,
	formatYear: (year: number) => string,
): Mark[] {
	const marks: Mark[] = [hRule(left, right, bottom, 'axis')];
	const [d0 = 0, d1 = 0] = x.domain();
	const years: number[] = [];
	for (let year = Math.floor(d0); year <= Math.floor(d1); year++) years.push(year);
	const every = Math.max(1, Math.ceil((years.length * 40) / (right - left)));
	for (const year of years) {
		if (year > d0) marks.push(vRule(x(year), bottom, bottom + 6, 'axis'));
		const a = Math.max(year, d0);
		const b = Math.min(year + 1, d1);
		const label = formatYear(year);
		const fits = x(b) - x(a) >= textWidth(label, FONT.small) + 4;
		if (year % every === 0 && b - a >= 0.35 && fits) {
			marks.push(textMark(x((a + b) / 2), bottom + 20, label, 'tick', { anchor: 'middle' }));
		}
	}
	return marks;
}

/** The axis break, the axis after it and each far year under its column. */
function farAxisMarks(
	farYears: readonly number[],
	{ width, right, bottom }: PlotArea,
	formatYear: (year: number) => string,
): Mark[] {
	if (farYears.length === 0) return [];
	const bx = right + BREAK_GAP / 2;
	return [
		{
			type: 'path',
			d: `M${r1(bx - 6)},${r1(bottom + 5)}L${r1(bx - 2)},${r1(bottom - 5)}M${r1(bx + 2)},${r1(bottom + 5)}L${r1(bx + 6)},${r1(bottom - 5)}`,
			cls: 'axis',
		},
		hRule(right + BREAK_GAP, width - 14, bottom, 'axis'),
		...farYears.map((year) =>
			textMark(farColumnX(right, farYears, year), bottom + 20, formatYear(year), 'tick', {
				anchor: 'middle',
			}),
		),
	];
}

/** Where each point goes; a derived value at the time of a reported one steps aside. */
function placePoints(
	points: readonly CoveragePoint[],
	reported: readonly CoveragePoint[],
	px: (p: CoveragePoint) => number,
	y: ScaleLinear<number, number>,
): DrawnPoint[] {
	return points.map((point) => {
		let cx = px(point);
		const covered = reported.some((q) => Math.abs(px(q) - cx) < 2 * R);
		if (point.kind === 'derived' && covered) cx += 3 * R;
		const { key, kind, value } = point;
		return { point, at: { key, kind, cx: r1(cx), cy: r1(y(value)), value } };
	});
}

/** The reported values joined by a line, oldest first; nothing for a single value. */
function lineMarks(
	reported: readonly CoveragePoint[],
	px: (p: CoveragePoint) => number,
	y: ScaleLinear<number, number>,
): Mark[] {
	const path = line<CoveragePoint>()
		.x((p) => px(p))
		.y((p) => y(p.value))
		.digits(1)(reported);
	return path && reported.length > 1 ? [{ type: 'path', d: path, cls: 'line' }] : [];
}

/** The gap to annotate, when both its ends were drawn. */
function gapBracket(
	gap: CoverageLayoutInput['gap'],
	at: ReadonlyMap<string, PlacedPoint>,
): GapBracket | null {
	const from = gap && at.get(gap.fromKey);
	const to = gap && at.get(gap.toKey);
	return gap && from && to ? { from, to, label: gap.label } : null;
}

/** A guide across from the newest value, the bracket up (or down) to the target, its cap. */
function gapMarks(gap: GapBracket | null): Mark[] {
	if (!gap) return [];
	const { from, to } = gap;
	return [
		hRule(from.cx, to.cx, from.cy, 'guide'),
		vRule(to.cx, from.cy, to.cy, 'gap'),
		hRule(to.cx - 4, to.cx + 4, from.cy, 'gap'),
	];
}

/** A point's marker (circle, hollow circle, diamond, square), ringed when flagged. */
function pointMarks({ point, at: p }: DrawnPoint): Mark[] {
	const ring = point.flagged ? [flagRing(p.cx, p.cy, R)] : [];
	switch (p.kind) {
		case 'reported':
			return [...ring, dot(p.cx, p.cy, R, 'pt-reported', p.key)];
		case 'derived':
			return [...ring, dot(p.cx, p.cy, R, 'pt-derived', p.key)];
		case 'target':
			return [...ring, diamond(p.cx, p.cy, 6.5, 'mk-target', p.key)];
		case 'baseline':
			return [
				...ring,
				{
					type: 'rect',
					x: r1(p.cx - R),
					y: r1(p.cy - R),
					width: 2 * R,
					height: 2 * R,
					cls: 'mk-baseline',
					key: p.key,
				},
			];
	}
}

/** One label per point, kind by kind; the wide drawing tries the long label first. */
function labelRequests(drawn: readonly DrawnPoint[], variant: Variant): LabelRequest[] {
	return LABEL_ORDER.flatMap((kind) =>
		drawn
			.filter((d) => d.point.kind === kind)
			.map(({ point: p, at }) => {
				const request: LabelRequest = {
					key: p.key,
					text: p.label,
					cx: at.cx,
					cy: at.cy,
					r: p.flagged ? R + 14 : R,
					sides: SIDES[kind],
				};
				if (variant === 'wide' && p.longLabel !== p.label) {
					request.text = p.longLabel;
					request.alt = p.label;
				}
				return request;
			}),
	);
}

/** Where a flagged point's badge sits: up and to the right of the point. */
const badgeCentre = (p: PlacedPoint) => ({ x: p.cx + R + 9, y: p.cy - R - 9 });

function badgeAt(p: PlacedPoint): Mark[] {
	const { x, y } = badgeCentre(p);
	return flagBadge(x, y, p.key);
}

/** What labels keep clear of: the points, the line between reported values, the flag badges, the bracket. */
function labelObstacles(
	drawn: readonly DrawnPoint[],
	reportedAt: readonly PlacedPoint[],
	gap: GapBracket | null,
): Box[] {
	const obstacles: Box[] = drawn.map(({ at: p }) => ({
		x: p.cx - R - 2,
		y: p.cy - R - 2,
		w: 2 * R + 4,
		h: 2 * R + 4,
	}));
	obstacles.push(...lineObstacles(reportedAt));
	// Another point's label must not cover a flagged point's "!" badge either.
	for (const { at: p } of drawn.filter((d) => d.point.flagged)) {
		const { x, y } = badgeCentre(p);
		obstacles.push({
			x: x - FLAG_BADGE_R - 2,
			y: y - FLAG_BADGE_R - 2,
			w: 2 * FLAG_BADGE_R + 4,
			h: 2 * FLAG_BADGE_R + 4,
		});
	}
	if (gap) {
		const { from, to } = gap;
		obstacles.push({
			x: to.cx - 3,
			y: Math.min(from.cy, to.cy),
			w: 6,
			h: Math.abs(from.cy - to.cy),
		});
	}
	return obstacles;
}

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

/** The values' labels, then the gap's note beside its bracket in the room they leave. */
function labelMarks(
	requests: readonly LabelRequest[],
	obstacles: readonly Box[],
	bounds: Box,
	gap: GapBracket | null,
): Mark[] {
	const labels = placeLabels(requests, obstacles, bounds, FONT.label);
	if (gap) labels.push(...gapNote(gap, [...obstacles, ...labels.map((l) => l.box)], bounds));
	return keepApart(labels).map((l) =>
		textMark(l.x, l.y, l.text, l.key === 'gap' ? 'note' : 'value', {
			anchor: l.anchor,
			key: l.key,
		}),
	);
}

/** The gap's note, left or right of the middle of its bracket. */
function gapNote(gap: GapBracket, taken: readonly Box[], bounds: Box): PlacedLabel[] {
	const { from, to } = gap;
	const request: LabelRequest = {
		key: 'gap',
		text: gap.label,
		cx: to.cx,
		cy: (from.cy + to.cy) / 2,
		r: 2,
		sides: ['left', 'right'],
	};
	return placeLabels([request], taken, bounds, FONT.small).map((l) => ({ ...l, key: 'gap' }));
}
