/** The helpers the layouts share: labelled ticks, the two value axes, mark constructors. */
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { labelledTicks, xAxisMarks, yAxisMarks } from '../../../src/lib/chart/axes.ts';
import { FONT, LINE_HEIGHT } from '../../../src/lib/chart/frames.ts';
import {
	flagOutline,
	flagRing,
	hRule,
	textLines,
	textMark,
	vRule,
} from '../../../src/lib/chart/marks.ts';
import type { Mark, TextMark } from '../../../src/lib/chart/scene.ts';

const texts = (marks: readonly Mark[]) => marks.filter((m): m is TextMark => m.type === 'text');

describe('labelledTicks', () => {
	const cases: [string, [number, number], number][] = [
		['percent', [0, 100], 5],
		['thousands', [0, 3_200_000], 3],
		['below zero', [-12, 40], 4],
	];
	it.each(cases)('%s: every tick keeps its own label, in order', (_, domain, count) => {
		const scale = scaleLinear().domain(domain).range([0, 300]);
		const ticks = labelledTicks(scale, count, (values) => values.map((v) => `#${v}`));
		expect(ticks.map((t) => t.value)).toEqual(scale.ticks(count));
		for (const t of ticks) expect(t.label).toBe(`#${t.value}`);
	});

	it('a label the formatter does not give is empty, not undefined', () => {
		const ticks = labelledTicks(scaleLinear().domain([0, 10]), 2, () => []);
		expect(ticks.every((t) => t.label === '')).toBe(true);
	});
});

describe('yAxisMarks', () => {
	it('draws a grid line per tick with its label right-aligned before the plot', () => {
		const y = scaleLinear().domain([0, 100]).range([200, 0]);
		const ticks = [0, 50, 100].map((value) => ({ value, label: `${value}%` }));
		const marks = yAxisMarks(ticks, y, 40, 300);
		const lines = marks.filter((m) => m.type === 'line');
		expect(lines.map((l) => [l.x1, l.x2, l.y1, l.y2])).toEqual([
			[40, 300, 200, 200],
			[40, 300, 100, 100],
			[40, 300, 0, 0],
		]);
		for (const t of texts(marks)) {
			expect(t.anchor).toBe('end');
			expect(t.x).toBe(34);
		}
		expect(texts(marks).map((t) => t.text)).toEqual(['0%', '50%', '100%']);
	});
});

describe('xAxisMarks', () => {
	const at = (values: number[], label: (v: number) => string, width: number) =>
		values.map((value) => ({
			value,
			label: label(value),
			x: (value / (values.at(-1) ?? 1)) * width,
		}));

	it('labels every tick that has room, the end ones kept inside the drawing', () => {
		const marks = xAxisMarks(
			at([0, 50, 100], (v) => `${v}%`, 340),
			10,
			200,
			340,
		);
		expect(marks.filter((m) => m.type === 'line')).toHaveLength(3);
		expect(texts(marks).map((t) => [t.text, t.anchor])).toEqual([
			['0%', 'start'],
			['50%', 'middle'],
			['100%', 'end'],
		]);
		for (const t of texts(marks)) expect(t.y).toBe(218);
	});

	it('leaves out a label that would touch the previous one, never a grid line', () => {
		const values = [0, 1e6, 2e6, 3e6, 4e6, 5e6];
		const marks = xAxisMarks(at(values, String, 200), 0, 100, 200);
		expect(marks.filter((m) => m.type === 'line')).toHaveLength(values.length);
		const shown = texts(marks);
		expect(shown.length).toBeLessThan(values.length);
		expect(shown[0]?.text).toBe('0');
	});
});

describe('mark constructors', () => {
	it('round every coordinate to 0.1', () => {
		expect(hRule(1.04, 2.06, 3.15, 'grid')).toEqual({
			type: 'line',
			x1: 1,
			y1: 3.2,
			x2: 2.1,
			y2: 3.2,
			cls: 'grid',
		});
		expect(vRule(1.04, 2.06, 3.15, 'ref')).toMatchObject({ x1: 1, x2: 1, y1: 2.1, y2: 3.2 });
		expect(textMark(1.06, 2.04, 'a', 'tick')).toEqual({
			type: 'text',
			x: 1.1,
			y: 2,
			text: 'a',
			cls: 'tick',
		});
	});

	it('stack wrapped lines one line height apart from the first baseline', () => {
		const lines = textLines(['one', 'two', 'three'], 5, 100, 'bar-label');
		expect(lines.map((l) => l.y)).toEqual([0, 1, 2].map((i) => 100 + FONT.label + i * LINE_HEIGHT));
	});

	const outlines: [string, number][] = [
		['bar', 3],
		['tile', 2],
	];
	it.each(outlines)('a flagged %s gets an outline %d units around it', (_, pad) => {
		expect(flagOutline(10, 20, 30, 16, pad)).toEqual({
			type: 'rect',
			x: 10 - pad,
			y: 20 - pad,
			width: 30 + 2 * pad,
			height: 16 + 2 * pad,
			cls: 'flag-outline',
		});
	});

	it('a flagged point gets a ring 5 units outside its marker', () => {
		expect(flagRing(10, 20, 4.5)).toMatchObject({ type: 'circle', r: 9.5, cls: 'flag-ring' });
	});
});
