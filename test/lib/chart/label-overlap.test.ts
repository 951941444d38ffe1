/**
 * Labels never overlap (on the geometry): in every chart scene, no two value or note labels
 * share space, measured with the same text metrics the layouts use. The crowded cases are the
 * kinds of series real regions gave (values close together with a target and its gap label).
 */
import { describe, expect, it } from 'vitest';
import { aidCharts } from '../../../src/lib/chart/aid-model.ts';
import { claimsCharts } from '../../../src/lib/chart/claims-model.ts';
import { coverageChart } from '../../../src/lib/chart/coverage-model.ts';
import type { Mark } from '../../../src/lib/chart/scene.ts';
import { selectAid, selectClaims, selectCoverage } from '../../../src/lib/chart/series.ts';
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

/** The text marks that carry words: values, notes, and the bar charts' row and value labels. */
const LABELS = new Set(['value', 'note', 'bar-label', 'bar-value', 'bar-missing', 'panel-title']);

/** Boxes of the labels of a scene, groups opened. */
function labelBoxes(marks: readonly Mark[], dx = 0, dy = 0, out: Box[] = []): Box[] {
	for (const m of marks) {
		if (m.type === 'group') labelBoxes(m.marks, dx + m.dx, dy + m.dy, out);
		else if (m.type === 'link') labelBoxes(m.marks, dx, dy, out);
		else if (m.type === 'text' && m.cls && LABELS.has(m.cls)) {
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

	it('never overlap in the one-unit bar charts of aid and claims, at both widths', async () => {
		const aid = (indicator: string, period: string, value: number, planned = false) =>
			fig({
				indicator,
				period,
				value,
				funding: 'APBD_KABKOTA',
				basis: planned ? 'planned' : 'actual',
				qualifier: planned ? 'approx' : null,
			});
		const claim = (indicator: string, program: 'JHT' | 'JKK' | 'JKM' | 'JKP', value: number) =>
			fig({ indicator, program, period: '2025-01-01/2025-10-31', value });
		const data = await input([
			aid('contribution_aid_budget', '2024', 2_016_000_000),
			aid('contribution_aid_budget', '2025', 3_000_000_000),
			aid('contribution_aid_budget', '2026', 4_000_000_000, true),
			aid('contribution_aid_participants', '2024', 10_000),
			aid('contribution_aid_participants', '2025-03', 15_000),
			aid('contribution_aid_participants', '2025-11', 20_000),
			aid('contribution_aid_participants', '2026', 5_000, true),
			// A second group of the same payer: its bars carry the group's name.
			fig({
				indicator: 'contribution_aid_participants',
				period: '2025-12',
				value: 300,
				segment: 'NON_ASN',
				funding: 'APBD_KABKOTA',
			}),
			claim('claims_amount', 'JHT', 437.3e9),
			claim('claims_amount', 'JKK', 66.4e9),
			claim('claims_amount', 'JKM', 12.1e9),
			claim('claims_claimants', 'JHT', 28_760),
			claim('claims_claimants', 'JKP', 3),
		]);
		const region = must(data.dataset.regions.get('35.73'));
		for (const locale of ['id', 'en'] as const) {
			const charts = [
				...aidCharts(data, region, must(selectAid(data, '35.73')[0]), locale),
				...claimsCharts(data, region, must(selectClaims(data, '35.73')), locale, false),
			];
			expect(charts.map((c) => c.id)).toEqual([
				'aid-apbd_kabkota',
				'aid-workers-apbd_kabkota',
				'claims',
				'claims-recipients',
			]);
			for (const chart of charts)
				for (const scene of Object.values(chart.scenes)) {
					const boxes = labelBoxes(scene.marks);
					expect(overlapping(boxes), `${chart.id} ${locale}`).toEqual([]);
					// Every label stays inside the drawing, even the longest on a phone.
					const outside = boxes.filter((b) => b.x0 < -0.5 || b.x1 > scene.width + 0.5);
					expect(
						outside.map((b) => b.text),
						`${chart.id} ${locale}`,
					).toEqual([]);
				}
		}
	});
});
