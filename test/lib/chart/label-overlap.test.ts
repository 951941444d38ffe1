/**
 * Labels never overlap (on the geometry): in every chart scene, no two value or note labels
 * share space, measured with the same text metrics the layouts use. The crowded cases are the
 * kinds of series real regions gave (values close together with a target and its gap label).
 */
import { describe, expect, it } from 'vitest';
import { coverageChart } from '../../../src/lib/chart/coverage-model.ts';
import type { Mark } from '../../../src/lib/chart/scene.ts';
import { selectCoverage } from '../../../src/lib/chart/series.ts';
import { textWidth } from '../../../src/lib/chart/text-metrics.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';
import { fig, input, must } from './fixture.ts';

interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	text: string;
}

/** Boxes of the value and note labels of a scene, groups opened. */
function labelBoxes(marks: readonly Mark[], dx = 0, dy = 0, out: Box[] = []): Box[] {
	for (const m of marks) {
		if (m.type === 'group') labelBoxes(m.marks, dx + m.dx, dy + m.dy, out);
		else if (m.type === 'link') labelBoxes(m.marks, dx, dy, out);
		else if (m.type === 'text' && (m.cls === 'value' || m.cls === 'note')) {
			const size = m.cls === 'note' ? 13 : 14;
			const w = textWidth(m.text, size);
			const x = m.x + dx;
			const x0 = m.anchor === 'middle' ? x - w / 2 : m.anchor === 'end' ? x - w : x;
			out.push({
				x0,
				x1: x0 + w,
				y0: m.y + dy - 0.78 * size,
				y1: m.y + dy + 0.22 * size,
				text: m.text,
			});
		}
	}
	return out;
}

function overlapping(boxes: readonly Box[]): string[] {
	const found: string[] = [];
	boxes.forEach((a, i) =>
		boxes.slice(i + 1).forEach((b) => {
			const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
			const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
			if (w > 0.5 && h > 0.5) found.push(`${a.text} / ${b.text}`);
		}),
	);
	return found;
}

const cov = (period: string, value: number, extra: Partial<Omit<Figure, 'period'>> = {}) =>
	fig({ indicator: 'coverage_rate', period, value, ...extra });
const target = (period: string, value: number) =>
	cov(period, value, { basis: 'target', plan: 'RPJMD', precision: 0.5 });

/** Series shaped like those that overlapped on real regions. */
const crowded: [string, Figure[]][] = [
	[
		'two close values and a near target',
		[cov('2024', 39.52), cov('2025-03', 43.72), target('2025', 45)],
	],
	[
		'a value just under the target',
		[cov('2024-09', 24.5), cov('2025-08', 24.86), target('2025', 38.39)],
	],
	[
		'three values within two points',
		[
			cov('2023-12', 42.22),
			cov('2024', 45.44),
			cov('2025-03', 46.17),
			cov('2026-02', 40, { qualifier: 'approx', precision: 0.5 }),
		],
	],
	['a gap label beside the newest value', [cov('2024', 48.26), target('2025', 52.15)]],
];

describe('chart labels', () => {
	it.each(crowded)('never overlap: %s', async (_, figures) => {
		const data = await input(figures);
		const model = must(
			coverageChart(
				data,
				must(data.dataset.regions.get('35.73')),
				selectCoverage(data, '35.73'),
				'id',
			),
		);
		for (const scene of Object.values(model.scenes)) {
			expect(overlapping(labelBoxes(scene.marks))).toEqual([]);
		}
	});
});
