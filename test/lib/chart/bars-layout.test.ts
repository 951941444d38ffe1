/** Bar panels: lengths proportional to values, honest zeros and gaps, both widths. */
import { describe, expect, it } from 'vitest';
import {
	layoutBarPanel,
	layoutBarPanels,
	type BarItem,
} from '../../../src/lib/chart/bars-layout.ts';
import { flatMarks, type Mark } from '../../../src/lib/chart/scene.ts';

const item = (key: string, value: number | null, extra: Partial<BarItem> = {}): BarItem => ({
	key,
	label: key,
	value,
	valueLabel: value === null ? 'tidak dilaporkan' : String(value),
	style: 'part',
	flagged: false,
	...extra,
});

const texts = (marks: Mark[]) =>
	flatMarks(marks).flatMap((m) => (m.type === 'text' ? [m.text] : []));

describe('layoutBarPanel', () => {
	const cases: [string, number[]][] = [
		['several values', [159475, 35814, 19398]],
		['very different magnitudes', [437_300_000_000, 2_500_000_000, 66_400_000_000]],
		['all equal', [5, 5, 5]],
		['one value', [42]],
		['with a zero', [10, 0, 30]],
	];
	it.each(cases)('%s: widths are proportional to values', (_, values) => {
		const panel = { title: 'T', items: values.map((v, i) => item(`k${i}`, v)) };
		const { bars } = layoutBarPanel(panel, 0, 0, 0, 340);
		expect(bars.map((b) => b.value)).toEqual(values);
		const max = Math.max(...values);
		const longest = Math.max(...bars.map((b) => b.width));
		for (const bar of bars) {
			const expected = (bar.value / max) * longest;
			// Rounded to 0.1 unit; a value too small to see keeps a 1-unit sliver.
			if (bar.value === 0) expect(bar.width).toBe(0);
			else expect(Math.abs(bar.width - Math.max(1, expected))).toBeLessThanOrEqual(0.1);
		}
	});

	it('orders bar lengths like the values', () => {
		const values = [3, 1, 2, 10, 7];
		const { bars } = layoutBarPanel(
			{ title: 'T', items: values.map((v, i) => item(`${i}`, v)) },
			0,
			0,
			0,
			340,
		);
		const byValue = [...bars].sort((a, b) => a.value - b.value).map((b) => b.width);
		expect(byValue).toEqual([...byValue].sort((a, b) => a - b));
	});

	it('draws no bar for a missing value and says so', () => {
		const panel = { title: 'T', items: [item('2023', 5), item('2024', null), item('2025', 7)] };
		const { bars, marks } = layoutBarPanel(panel, 0, 0, 0, 340);
		expect(bars.map((b) => b.key)).toEqual(['2023', '2025']);
		expect(texts(marks)).toContain('tidak dilaporkan');
	});

	it('marks a true zero with a zero line, not an empty space', () => {
		const { marks } = layoutBarPanel(
			{ title: 'T', items: [item('a', 0), item('b', 4)] },
			0,
			0,
			0,
			340,
		);
		expect(flatMarks(marks).some((m) => m.type === 'line' && m.cls === 'bar-zero')).toBe(true);
	});

	it('keeps every label inside the panel width', () => {
		for (const width of [200, 340, 640]) {
			const panel = {
				title: 'A rather long panel title that has to wrap onto two lines',
				items: [item('a', 1_000_000, { valueLabel: 'Rp1,84 miliar (100,0%)' }), item('b', 3)],
			};
			const { bars } = layoutBarPanel(panel, 0, 0, 0, width);
			for (const bar of bars) expect(bar.x + bar.width).toBeLessThanOrEqual(width);
		}
	});

	it('marks a flagged bar with a dashed outline and a "!" badge', () => {
		const { marks } = layoutBarPanel(
			{ title: 'T', items: [item('total', 9, { flagged: true, style: 'total' })] },
			0,
			0,
			0,
			340,
		);
		const flat = flatMarks(marks);
		expect(flat.some((m) => m.type === 'rect' && m.cls === 'flag-outline')).toBe(true);
		expect(texts(marks)).toContain('!');
	});

	it('fills planned bars with the hatch pattern', () => {
		const { marks } = layoutBarPanel(
			{ title: 'T', items: [item('p', 9, { style: 'planned' })] },
			0,
			0,
			0,
			340,
		);
		expect(flatMarks(marks).find((m) => m.type === 'rect' && m.key === 'p')).toMatchObject({
			fill: 'hatch',
		});
	});
});

describe('layoutBarPanels', () => {
	const panels = ['A', 'B', 'C'].map((title) => ({ title, items: [item('x', 1), item('y', 2)] }));

	it('stacks panels when narrow and puts them side by side when wide', () => {
		const narrow = layoutBarPanels(panels, 'narrow');
		const wide = layoutBarPanels(panels, 'wide');
		const firstBarX = (bars: typeof narrow.bars) =>
			[0, 1, 2].map((p) => bars.find((b) => b.panel === p)?.x);
		expect(new Set(firstBarX(narrow.bars)).size).toBe(1);
		expect(new Set(firstBarX(wide.bars)).size).toBe(3);
		expect(narrow.width).toBe(340);
		expect(wide.width).toBe(640);
		expect(narrow.height).toBeGreaterThan(wide.height);
	});
});
