/** Coverage over time: takeaway sentences and the geometry of points, targets and the gap. */
import { describe, expect, it } from 'vitest';
import { coverageChart, coverageTakeaway } from '../../../src/lib/chart/coverage-model.ts';
import { layoutCoverage, type CoveragePoint } from '../../../src/lib/chart/coverage-layout.ts';
import { selectCoverage } from '../../../src/lib/chart/series.ts';
import { flatMarks } from '../../../src/lib/chart/scene.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';
import { derived, fig, input, mismatch, realDataset, must } from './fixture.ts';
import { latest } from '../../../src/lib/page-data/select.ts';

const cov = (period: string, value: number, extra: Partial<Omit<Figure, 'period'>> = {}) =>
	fig({ indicator: 'coverage_rate', period, value, ...extra });
const target = (period: string, value: number, plan: Figure['plan'] = 'RPJPD') =>
	cov(period, value, { basis: 'target', plan, precision: Number.isInteger(value) ? 0.5 : 0.005 });

describe('coverageTakeaway', () => {
	const cases: [string, Figure[], string, string][] = [
		[
			'rising and passing a target',
			[
				cov('2024', 32, { qualifier: 'approx', precision: 0.5 }),
				cov('2025-11', 41.66),
				target('2025', 41.23),
			],
			'Cakupan naik dari sekitar 32% pada 2024 menjadi 41,66% pada November 2025, melampaui target RPJPD 2025 sebesar 41,23%.',
			'Coverage rose from about 32% in 2024 to 41.66% in November 2025, passing the 41.23% target for 2025 (RPJPD).',
		],
		[
			'falling',
			[cov('2023', 40.5, { precision: 0.05 }), cov('2024-06', 38.25)],
			'Cakupan turun dari 40,5% pada 2023 menjadi 38,25% pada Juni 2024.',
			'Coverage fell from 40.5% in 2023 to 38.25% in June 2024.',
		],
		[
			'all equal',
			[cov('2023', 30, { precision: 0.5 }), cov('2024', 30, { precision: 0.5 })],
			'Cakupan tetap 30% dari 2023 hingga 2024.',
			'Coverage stayed at 30% from 2023 to 2024.',
		],
		[
			'a single point short of a far target',
			[cov('2024-11-13', 26.04), target('2045', 83.29)],
			'Cakupan 26,04% pada 13 November 2024, masih 57,25 poin persentase di bawah target 83,29% untuk 2045 (RPJPD).',
			'Coverage was 26.04% on 13 November 2024, 57.25 percentage points short of the 83.29% target for 2045 (RPJPD).',
		],
		[
			'passing a target whose setter the article does not name',
			[cov('2025-11', 41.66), target('2025', 41.23, 'UNNAMED')],
			'Cakupan 41,66% pada November 2025, melampaui target 2025 sebesar 41,23%.',
			'Coverage was 41.66% in November 2025, passing the 41.23% target for 2025.',
		],
		[
			'short of a regional government target',
			[cov('2025-11', 30), target('2025', 32.62, 'PEMDA')],
			'Cakupan 30% pada November 2025, masih 2,62 poin persentase di bawah target 32,62% untuk 2025 (Pemda).',
			'Coverage was 30% in November 2025, 2.62 percentage points short of the 32.62% target for 2025 (Pemda).',
		],
		[
			'only targets',
			[target('2025', 56, 'BPJS'), target('2045', 100, 'RPJPN')],
			'Belum ada angka cakupan yang dilaporkan; targetnya 56% pada 2025 (BPJS Ketenagakerjaan).',
			'No coverage figure reported yet; the target is 56% by 2025 (BPJS Ketenagakerjaan).',
		],
	];
	it.each(cases)('%s', async (_, figures, id, en) => {
		const series = selectCoverage(await input(figures), '35.73');
		expect(coverageTakeaway(series, 'id')).toBe(id);
		expect(coverageTakeaway(series, 'en')).toBe(en);
	});
});

describe('the newest value, one rule for the chart and the headline', () => {
	// Kalimantan Barat: "saat ini … 37 persen" in an article of 25 December 2025, and "terendah
	// dengan 27 persen" for 2025 in one of February 2026. The year reaches 31 December, later
	// than the 25th: it is the newest, in the headline (newestFirst) and so in the chart.
	const figures = [
		cov('2023-03', 32.28),
		cov('2025-12', 37, { asOf: '2025-12-25', precision: 0.5 }),
		cov('2025', 27, { precision: 0.5 }),
	];

	it('ends the takeaway on the value the headline shows', async () => {
		const data = await input(figures);
		const series = selectCoverage(data, '35.73');
		const newest = latest(figures);
		expect(newest?.value).toBe(27);
		expect(series.reported.at(-1)?.id).toBe(newest?.id);
		expect(coverageTakeaway(series, 'id')).toBe(
			'Cakupan turun dari 32,28% pada Maret 2023 menjadi 27% pada 2025.',
		);
	});

	it('places each level at the latest day it can describe, so the newest is rightmost', async () => {
		const data = await input(figures);
		const region = must(data.dataset.regions.get('35.73'));
		const chart = must(coverageChart(data, region, selectCoverage(data, '35.73'), 'id'));
		for (const scene of Object.values(chart.scenes)) {
			const dots = flatMarks(scene.marks)
				.filter((m) => m.type === 'circle' && m.cls === 'pt-reported')
				.map((m) => (m.type === 'circle' ? m : null))
				.filter((m) => m !== null)
				.sort((a, b) => a.cx - b.cx);
			// Rightmost is 27% (lower, so a larger y), just after 37% (25 December); the
			// legend's sample dot sits at the far left.
			const [dec, year] = dots.slice(-2);
			expect(must(year).cy).toBeGreaterThan(must(dec).cy);
			expect(must(year).cx - must(dec).cx).toBeLessThan(5);
		}
	});
});

const point = (
	key: string,
	t: number,
	value: number,
	kind: CoveragePoint['kind'] = 'reported',
): CoveragePoint => ({
	key,
	kind,
	t,
	year: Math.floor(t),
	value,
	label: `${value}%`,
	longLabel: `${value}%`,
	flagged: false,
});

const layoutOf = (
	points: CoveragePoint[],
	gap: { fromKey: string; toKey: string; label: string } | null = null,
) =>
	(['narrow', 'wide'] as const).map((v) =>
		layoutCoverage(
			{ points, gap, legend: [], formatTicks: (vs) => vs.map(String), formatYear: String },
			v,
		),
	);

describe('layoutCoverage', () => {
	it('places higher values higher and later periods further right', () => {
		const points = [point('a', 2023.5, 20), point('b', 2024.5, 35), point('c', 2025.9, 30)];
		for (const scene of layoutOf(points)) {
			const at = new Map(scene.points.map((p) => [p.key, p]));
			expect(must(at.get('b')).cy).toBeLessThan(must(at.get('c')).cy);
			expect(must(at.get('c')).cy).toBeLessThan(must(at.get('a')).cy);
			expect(must(at.get('a')).cx).toBeLessThan(must(at.get('b')).cx);
			expect(must(at.get('b')).cx).toBeLessThan(must(at.get('c')).cx);
		}
	});

	it('keeps y proportional to value from a zero baseline', () => {
		for (const scene of layoutOf([
			point('a', 2024.5, 20),
			point('b', 2025.5, 40),
			point('z', 2025.9, 0),
		])) {
			const at = new Map(scene.points.map((p) => [p.key, p]));
			const base = must(at.get('z')).cy;
			expect(base - must(at.get('b')).cy).toBeCloseTo(2 * (base - must(at.get('a')).cy), 0);
		}
	});

	it('draws one point, or equal values, without a degenerate axis', () => {
		for (const points of [
			[point('a', 2025.5, 31.6)],
			[point('a', 2024.5, 30), point('b', 2025.5, 30)],
		]) {
			for (const scene of layoutOf(points)) {
				for (const p of scene.points) {
					expect(Number.isFinite(p.cx) && Number.isFinite(p.cy)).toBe(true);
					expect(p.cx).toBeGreaterThan(0);
					expect(p.cx).toBeLessThan(scene.width);
				}
				expect(new Set(scene.points.map((p) => p.cy)).size).toBe(1);
			}
		}
	});

	it('puts a far-off target after an axis break instead of squashing recent years', () => {
		const points = [point('a', 2024.9, 26), point('t', 2045.99, 83.29, 'target')];
		for (const scene of layoutOf(points)) {
			const at = new Map(scene.points.map((p) => [p.key, p]));
			expect(must(at.get('t')).cx).toBeGreaterThan(must(at.get('a')).cx);
			expect(must(at.get('t')).cx).toBeGreaterThan(scene.width * 0.75);
			// The recent point is not pushed against the left edge by a 20-year axis.
			expect(must(at.get('a')).cx).toBeGreaterThan(scene.width * 0.2);
			const labels = flatMarks(scene.marks).flatMap((m) => (m.type === 'text' ? [m.text] : []));
			expect(labels).toContain('2045');
		}
	});

	it('annotates the gap to the next target with a bracket and its label', () => {
		const points = [point('a', 2024.9, 35), point('t', 2025.99, 56, 'target')];
		for (const scene of layoutOf(points, { fromKey: 'a', toKey: 't', label: '21 poin lagi' })) {
			const flat = flatMarks(scene.marks);
			const bracket = flat.find((m) => m.type === 'line' && m.cls === 'gap');
			const at = new Map(scene.points.map((p) => [p.key, p]));
			expect(bracket).toMatchObject({
				x1: must(at.get('t')).cx,
				y1: must(at.get('a')).cy,
				y2: must(at.get('t')).cy,
			});
			expect(flat.some((m) => m.type === 'text' && m.text === '21 poin lagi')).toBe(true);
		}
	});

	it('places value labels that do not overlap each other', () => {
		const points = [
			point('a', 2025.85, 41.66),
			point('t', 2025.99, 41.23, 'target'),
			point('d', 2024.5, 42.53, 'derived'),
			point('r', 2024.5, 32),
		];
		for (const scene of layoutOf(points)) {
			const boxes = flatMarks(scene.marks)
				.filter((m) => m.type === 'text' && m.cls === 'value')
				.map((m) => must(m.type === 'text' ? m : null));
			expect(boxes).toHaveLength(4);
		}
	});
});

describe('coverageChart', () => {
	it('shows derived values hollow and reported ones filled', async () => {
		const reported = cov('2024', 32, { qualifier: 'approx', precision: 0.5 });
		const d = derived({
			indicator: 'coverage_rate',
			period: '2024',
			value: 42.526,
			inputs: [reported.id],
		});
		const chart = must(
			coverageChart(
				await input([reported], { derived: [d] }),
				must((await realDataset()).regions.get('35.73')),
				selectCoverage(await input([reported], { derived: [d] }), '35.73'),
				'en',
			),
		);
		const flat = flatMarks(chart.scenes.narrow.marks);
		expect(flat.find((m) => m.type === 'circle' && m.key === reported.id)).toMatchObject({
			cls: 'pt-reported',
		});
		expect(flat.find((m) => m.type === 'circle' && m.key === d.id)).toMatchObject({
			cls: 'pt-derived',
		});
		expect(chart.description).toContain('42.53%');
	});

	it('flags a reported value that fails a cross-check, in the drawing and in words', async () => {
		const reported = cov('2025', 31.6, {
			precision: 0.05,
			region: '33.02',
			sourceId: 'banyumas-ucj-2025',
		});
		const data = await input([reported], { checks: [mismatch(reported, 31.357)] });
		const region = must(data.dataset.regions.get('33.02'));
		for (const locale of ['id', 'en'] as const) {
			const chart = must(coverageChart(data, region, selectCoverage(data, '33.02'), locale));
			for (const scene of Object.values(chart.scenes)) {
				const flat = flatMarks(scene.marks);
				expect(flat.some((m) => m.type === 'circle' && m.cls === 'flag-ring')).toBe(true);
				expect(flat.some((m) => m.type === 'text' && m.text === '!')).toBe(true);
			}
			expect(chart.flags).toEqual([
				locale === 'id'
					? 'Nilai yang dilaporkan (31,6%) tidak cocok dengan hitungan dari angka lain di sumber yang sama (31,36%).'
					: 'The reported value (31.6%) does not match what the same source’s other figures give (31.36%).',
			]);
			expect(chart.description).toContain(chart.flags[0]);
		}
	});

	it('makes no chart without coverage values or targets', async () => {
		const data = await input([fig({ indicator: 'active_participants', period: '2025', value: 5 })]);
		expect(
			coverageChart(
				data,
				must(data.dataset.regions.get('35.73')),
				selectCoverage(data, '35.73'),
				'id',
			),
		).toBeNull();
	});
});

describe('repeated reports of one value', () => {
	it('are one point with all their sources; a flagged one and a different value stay apart', async () => {
		const a = target('2045', 79.22);
		const b = { ...target('2045', 79.22), id: 'f-b', sourceId: 'kupastuntas-2025-10-31' };
		const other = target('2045', 79.2);
		const actual = cov('2025', 47.38, { precision: 0.005 });
		const again = { ...actual, id: 'f-again', sourceId: 'bidiknasional-2024-11-13' };
		const flagged = { ...actual, id: 'f-flagged', sourceId: 'banyumas-ucj-2025' };
		const data = await input([a, b, other, actual, again, flagged], {
			checks: [mismatch(flagged, 47.1)],
		});
		const series = selectCoverage(data, '35.73');
		const sourcesOf = (value: number) =>
			series.targets.filter((d) => d.value === value).map((d) => [...d.sourceIds].sort());
		expect(sourcesOf(79.22)).toEqual([['kupastuntas-2025-10-31', 'liputan6-2025-11-29']]);
		expect(sourcesOf(79.2)).toEqual([['liputan6-2025-11-29']]);
		expect(series.reported).toHaveLength(2);
		expect(series.reported.find((d) => d.mismatch)?.sourceIds).toEqual(['banyumas-ucj-2025']);
		expect([...(series.reported.find((d) => !d.mismatch)?.sourceIds ?? [])].sort()).toEqual([
			'bidiknasional-2024-11-13',
			'liputan6-2025-11-29',
		]);
	});
});
