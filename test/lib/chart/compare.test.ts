/** Regions compared on one indicator: sorted dots, positions from values, national reference. */
import { describe, expect, it } from 'vitest';
import { compareChart } from '../../../src/lib/chart/compare-model.ts';
import { layoutCompare } from '../../../src/lib/chart/compare-layout.ts';
import { DESC_ROWS } from '../../../src/lib/chart/labels.ts';
import { flatMarks } from '../../../src/lib/chart/scene.ts';
import { fig, input, mismatch, must } from './fixture.ts';

const rows = (values: number[]) =>
	values.map((value, i) => ({
		key: `r${i}`,
		name: `Region ${i}`,
		value,
		label: String(value),
		shortLabel: String(value),
		flagged: false,
	}));

describe('layoutCompare', () => {
	const cases: [string, number[], number | null][] = [
		['several regions', [45.34, 41.66, 35.35, 31.6, 26.04], 35],
		['one region', [31.6], 35],
		['all equal, no national value', [20, 20, 20], null],
		['a zero', [12, 0], 5],
		['very different magnitudes', [3_200_000, 214_687], null],
	];
	it.each(cases)('%s: x grows with the value, proportionally from zero', (_, values, national) => {
		for (const variant of ['narrow', 'wide'] as const) {
			const scene = layoutCompare(
				{
					rows: rows(values),
					national: national === null ? null : { value: national, label: 'N' },
					formatTicks: (v) => v.map(String),
				},
				variant,
			);
			const zero = must(scene.ticks.find((t) => t.value === 0)).x;
			const max = Math.max(...values);
			const maxX = must(scene.dots[values.indexOf(max)]).cx;
			for (const dot of scene.dots) {
				expect((dot.cx - zero) / (maxX - zero)).toBeCloseTo(dot.value / max, 2);
				expect(dot.cx).toBeGreaterThanOrEqual(0);
				expect(dot.cx).toBeLessThanOrEqual(scene.width);
			}
			// Rows go down the page in the given order.
			const ys = scene.dots.map((d) => d.cy);
			expect(ys).toEqual([...ys].sort((a, b) => a - b));
			if (national !== null) {
				expect(scene.referenceX).not.toBeNull();
				const above = scene.dots.filter((d) => d.value > national);
				for (const d of above) expect(d.cx).toBeGreaterThan(must(scene.referenceX));
			}
		}
	});
});

describe('compareChart', () => {
	it('sorts regions highest first and states the national value', async () => {
		const data = await input([
			fig({ region: '35.73', indicator: 'coverage_rate', period: '2025-11', value: 41.66 }),
			fig({ region: '35.03', indicator: 'coverage_rate', period: '2024-11-13', value: 26.04 }),
			fig({
				region: '35.03',
				indicator: 'coverage_rate',
				period: '2023',
				value: 20,
				precision: 0.5,
			}),
			fig({
				region: 'ID',
				indicator: 'coverage_rate',
				period: '2024-11',
				value: 35,
				precision: 0.5,
			}),
		]);
		const chart = must(compareChart(data, 'coverage_rate', 'en'));
		expect(chart.takeaway).toBe(
			'Kota Malang is highest (41.66%), Kabupaten Trenggalek lowest (26.04%); the national figure is 35%; 1 of 2 regions are above the national figure.',
		);
		const dots = flatMarks(chart.scenes.wide.marks).filter(
			(m) => m.type === 'circle' && m.cls === 'pt-reported',
		);
		expect(dots.map((d) => d.type === 'circle' && d.key)).toEqual(['35.73', '35.03']);
		expect(chart.table.rows.map((r) => r.header)).toEqual([
			'Kota Malang',
			'Kabupaten Trenggalek',
			'National (Indonesia)',
		]);
	});

	it('formats ticks per locale', async () => {
		const data = await input([
			fig({
				region: '33.02',
				indicator: 'active_participants',
				period: '2025',
				value: 214687,
				precision: 0.5,
			}),
			fig({
				region: 'BPJSTK-KW-KALIMANTAN',
				indicator: 'active_participants',
				period: '2024-11',
				value: 3_200_000,
				precision: 50_000,
			}),
		]);
		const ticks = (locale: 'id' | 'en') =>
			flatMarks(must(compareChart(data, 'active_participants', locale)).scenes.wide.marks)
				.filter((m) => m.type === 'text' && m.cls === 'tick')
				.map((m) => (m.type === 'text' ? m.text : ''));
		expect(ticks('id')).toContain('1.000.000');
		expect(ticks('en')).toContain('1,000,000');
	});

	it('marks a region whose value fails a cross-check', async () => {
		const f = fig({
			region: '33.02',
			indicator: 'coverage_rate',
			period: '2025',
			value: 31.6,
			precision: 0.05,
		});
		const chart = must(
			compareChart(await input([f], { checks: [mismatch(f, 31.357)] }), 'coverage_rate', 'id'),
		);
		expect(
			flatMarks(chart.scenes.narrow.marks).some(
				(m) => m.type === 'circle' && m.cls === 'flag-ring',
			),
		).toBe(true);
		// Among many regions, the sentence names the one whose value it is about.
		expect(chart.flags).toEqual([
			'Kabupaten Banyumas: nilai yang dilaporkan (31,6%) tidak cocok dengan hitungan dari angka lain di sumber yang sama (31,36%).',
		]);
	});

	it('points to the data table instead of reading out more than DESC_ROWS values', async () => {
		const { dataset } = await input([]);
		const figures = [...dataset.regions.values()]
			.filter((r) => r.kind === 'regency')
			.slice(0, DESC_ROWS + 1)
			.map((r, i) =>
				fig({ region: r.code, indicator: 'coverage_rate', period: '2024', value: 20 + i / 10 }),
			);
		const many = must(compareChart(await input(figures), 'coverage_rate', 'id'));
		expect(many.table.rows).toHaveLength(DESC_ROWS + 1);
		expect(many.description).toBe(
			`${many.takeaway} Semua ${DESC_ROWS + 1} nilai ada di tabel data di bawah grafik.`,
		);
		const few = must(compareChart(await input(figures.slice(1)), 'coverage_rate', 'en'));
		expect(few.table.rows).toHaveLength(DESC_ROWS);
		expect(few.description.startsWith(`${few.takeaway} Values: `)).toBe(true);
		for (const row of few.table.rows) expect(few.description).toContain(`${row.header}: `);
	});

	it('makes no chart when only the nation or nobody has a value', async () => {
		expect(compareChart(await input([]), 'coverage_rate', 'id')).toBeNull();
		const national = fig({ region: 'ID', indicator: 'coverage_rate', period: '2024', value: 35 });
		expect(compareChart(await input([national]), 'coverage_rate', 'id')).toBeNull();
	});
});
