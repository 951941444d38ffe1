/** Participants by segment, contribution aid and claims: what the bars and sentences say. */
import { describe, expect, it } from 'vitest';
import { aidCharts, aidSummary } from '../../../src/lib/chart/aid-model.ts';
import { claimsCharts } from '../../../src/lib/chart/claims-model.ts';
import type { ChartModel } from '../../../src/lib/chart/model.ts';
import { flatMarks } from '../../../src/lib/chart/scene.ts';
import { segmentsChart } from '../../../src/lib/chart/segments-model.ts';
import {
	selectAid,
	selectAidSegments,
	selectClaims,
	selectScholarships,
	selectSegments,
} from '../../../src/lib/chart/series.ts';
import { derived, fig, input, must } from './fixture.ts';

const texts = (chart: ChartModel, variant: 'narrow' | 'wide' = 'narrow') =>
	flatMarks(chart.scenes[variant].marks).flatMap((m) => (m.type === 'text' ? [m.text] : []));
const bars = (chart: ChartModel) =>
	flatMarks(chart.scenes.narrow.marks).flatMap((m) => (m.type === 'rect' && m.key ? [m] : []));

describe('segmentsChart', () => {
	const people = (segment: 'PU' | 'BPU' | 'JAKON' | null, value: number) =>
		fig({
			region: '33.02',
			sourceId: 'banyumas-ucj-2025',
			indicator: 'active_participants',
			segment,
			period: '2025',
			value,
			precision: 0.5,
		});

	it('labels counts and shares of the reported total, total first', async () => {
		const data = await input([
			people('PU', 159475),
			people('BPU', 35814),
			people('JAKON', 19398),
			people(null, 214687),
		]);
		const region = must(data.dataset.regions.get('33.02'));
		const chart = must(
			segmentsChart(data, region, must(selectSegments(data, '33.02')), 'id', false),
		);
		expect(bars(chart).map((b) => b.key)).toEqual(['total', 'PU', 'BPU', 'JAKON']);
		expect(texts(chart)).toEqual(
			expect.arrayContaining(['214.687', '159.475 (74,3%)', '35.814 (16,7%)', '19.398 (9,0%)']),
		);
		expect(chart.takeaway).toBe(
			'Penerima upah (PU) adalah kelompok terbesar: 159.475 orang (74,3%) pada 2025.',
		);
		expect(
			must(segmentsChart(data, region, must(selectSegments(data, '33.02')), 'en', false)).takeaway,
		).toBe('Wage earners (PU) are the largest group: 159,475 people (74.3%) in 2025.');
	});

	it('uses the sum of the segments for shares when no total was reported, and says so', async () => {
		const data = await input([people('PU', 30), people('BPU', 10)]);
		const chart = must(
			segmentsChart(
				data,
				must(data.dataset.regions.get('33.02')),
				must(selectSegments(data, '33.02')),
				'en',
				false,
			),
		);
		expect(texts(chart)).toEqual(expect.arrayContaining(['30 (75.0%)', '10 (25.0%)']));
		expect(texts(chart).join(' ')).toContain('share of the segments reported');
	});

	it('draws contribution-aid participants by segment per funding', async () => {
		const aid = (segment: 'PU' | 'BPU' | null, value: number) =>
			fig({
				region: '18.72',
				sourceId: 'kupastuntas-2025-10-31',
				indicator: 'contribution_aid_participants',
				funding: 'APBD',
				segment,
				period: '2025',
				value,
				precision: 0.5,
			});
		const data = await input([aid('PU', 3364), aid('BPU', 4082), aid(null, 7446)]);
		const [series] = selectAidSegments(data, '18.72');
		const chart = must(
			segmentsChart(data, must(data.dataset.regions.get('18.72')), must(series), 'id', true),
		);
		expect(chart.id).toBe('aid-participants-apbd');
		expect(texts(chart)).toEqual(expect.arrayContaining(['3.364 (45,2%)', '4.082 (54,8%)']));
	});

	it('makes no chart without segment values', async () => {
		const data = await input([people(null, 214687)]);
		expect(selectSegments(data, '33.02')).toBeNull();
	});
});

describe('aidCharts and aidSummary', () => {
	const tr = (
		indicator: string,
		period: string,
		value: number,
		basis: 'actual' | 'planned' = 'actual',
	) =>
		fig({
			region: '35.03',
			sourceId: 'bidiknasional-2024-11-13',
			indicator,
			segment: 'RENTAN',
			funding: 'APBD',
			period,
			value,
			basis,
			precision: 0.5,
		});
	const budget23 = tr('contribution_aid_budget', '2023', 365_600_000);
	const people23 = tr('contribution_aid_participants', '2023', 5600);
	const trenggalek = () =>
		input(
			[
				budget23,
				people23,
				tr('contribution_aid_budget', '2024', 1_200_000_000),
				tr('contribution_aid_budget', '2025', 2_092_600_000, 'planned'),
				tr('contribution_aid_participants', '2025', 10000, 'planned'),
			],
			{
				derived: [
					derived({
						region: '35.03',
						indicator: 'contribution_aid_monthly_contribution',
						segment: 'RENTAN',
						funding: 'APBD',
						period: '2023',
						value: 21761.9,
						unit: 'idr_per_person_month',
						decimals: 0,
						inputs: [budget23.id, people23.id],
					}),
				],
			},
		);

	it('draws the budget and the workers covered as two charts of one unit each', async () => {
		const data = await trenggalek();
		const region = must(data.dataset.regions.get('35.03'));
		const [series] = selectAid(data, '35.03');
		const charts = aidCharts(data, region, must(series), 'id');
		expect(charts.map((c) => c.id)).toEqual(['aid-apbd', 'aid-workers-apbd']);
		const budget = must(charts[0]);
		const workers = must(charts[1]);
		// One panel each: one scale, one unit.
		const panels = (chart: ChartModel) =>
			flatMarks(chart.scenes.wide.marks).filter(
				(m) => m.type === 'text' && m.cls === 'panel-title',
			);
		expect(panels(budget)).toHaveLength(1);
		expect(panels(workers)).toHaveLength(1);
		expect(texts(budget)).toEqual(
			expect.arrayContaining(['2025 (rencana)', 'Rp365,6 juta', 'Rp1,2 miliar', 'Rp2,09 miliar']),
		);
		expect(texts(budget).join(' ')).not.toMatch(/orang|per bulan|5\.600/);
		expect(texts(workers)).toEqual(expect.arrayContaining(['5.600', '10.000']));
		expect(texts(workers).join(' ')).not.toContain('Rp');
		const rects = bars(budget);
		expect(rects.find((b) => b.key === '2025|planned' && b.cls === 'bar-planned')).toMatchObject({
			fill: 'hatch',
		});
		expect(budget.title).toBe('Anggaran bantuan iuran (APBD), Kabupaten Trenggalek');
		expect(budget.takeaway).toBe(
			'Anggaran naik dari Rp365,6 juta (2023) menjadi Rp2,09 miliar (2025, rencana).',
		);
		expect(workers.takeaway).toBe(
			'Pekerja penerima bertambah dari 5.600 orang (2023) menjadi 10.000 orang (2025, rencana).',
		);
		// Each chart names its own values, and no other unit's, in its text and table.
		expect(budget.description).toContain('Rp365,6 juta');
		expect(budget.description).not.toContain('orang');
		expect(workers.table.rows.map((r) => r.header)).toEqual([
			'Pekerja penerima, 2023',
			'Pekerja penerima, 2025 (rencana)',
		]);
	});

	it('says the cost per worker per month in words and a small table, not as a bar', async () => {
		const data = await trenggalek();
		const region = must(data.dataset.regions.get('35.03'));
		const series = must(selectAid(data, '35.03')[0]);
		for (const chart of aidCharts(data, region, series, 'id'))
			expect(chart.table.rows.some((r) => r.header.startsWith('Iuran'))).toBe(false);
		const summary = must(aidSummary(data, region, series, 'id'));
		expect(summary.id).toBe('aid-summary-apbd');
		expect(summary.takeaway).toBe(
			'Anggaran naik dari Rp365,6 juta (2023) menjadi Rp2,09 miliar (2025, rencana) untuk 10.000 orang.',
		);
		expect(summary.table.rows.map((r) => [r.header, r.cells[0]?.text])).toEqual([
			[
				'Iuran per pekerja per bulan, 2023 · dihitung',
				'Rp21.762 per orang per bulan (a ÷ b × 100)',
			],
		]);
		// Three columns (what and when, value, source) so the table reads on a phone.
		expect(summary.table.columns).toEqual(['Data', 'Nilai', 'Sumber']);
		expect(summary.table.rows[0]?.cells[1]?.links?.length).toBe(1);
		expect(summary.sources.length).toBeGreaterThan(0);
	});

	it('draws no chart of a single value: the summary says it', async () => {
		const data = await input([
			fig({
				region: '61',
				sourceId: 'insidepontianak-2024-11-15',
				indicator: 'contribution_aid_participants',
				segment: 'RENTAN',
				funding: 'APBD',
				period: '2024',
				value: 26373,
				precision: 0.5,
			}),
		]);
		const region = must(data.dataset.regions.get('61'));
		const series = must(selectAid(data, '61')[0]);
		expect(aidCharts(data, region, series, 'en')).toEqual([]);
		const summary = must(aidSummary(data, region, series, 'en'));
		expect(summary.takeaway).toBe('26,373 people receive contribution aid (2024).');
		expect(summary.table.rows.map((r) => [r.header, r.cells[0]?.text])).toEqual([
			['Workers covered, 2024', '26,373 people'],
		]);
	});

	it('names the segment of each bar when a payer reports several, and compares like with like', async () => {
		const ternate = (segment: 'RENTAN' | 'NON_ASN' | null, period: string, value: number) =>
			fig({
				region: '35.03',
				sourceId: 'bidiknasional-2024-11-13',
				indicator: 'contribution_aid_budget',
				segment,
				funding: 'APBD',
				period,
				value,
				precision: 0.5,
			});
		const data = await input([
			ternate('RENTAN', '2025-10', 178_912_000),
			ternate('RENTAN', '2025', 1_496_788_800),
			ternate('NON_ASN', '2025', 343_241_400),
			ternate(null, '2024', 1_500_000_000),
			ternate(null, '2025', 1_800_000_000),
		]);
		const region = must(data.dataset.regions.get('35.03'));
		const [chart] = aidCharts(data, region, must(selectAid(data, '35.03')[0]), 'en');
		const labels = texts(must(chart)).filter((t) => /^\w+ ?\d{4}|^\d{4}/.test(t));
		expect(new Set(labels).size).toBe(labels.length);
		expect(labels).toEqual(expect.arrayContaining(['2025 · Total', '2025 · Vulnerable workers']));
		// The sentence follows the totals, not October's payment to one group.
		expect(must(chart).takeaway).toBe(
			'The budget rose from IDR 1.5 billion (2024) to IDR 1.8 billion (2025).',
		);
	});

	it('needs no summary when the charts draw every value and there is no monthly cost', async () => {
		const data = await input([
			tr('contribution_aid_budget', '2023', 365_600_000),
			tr('contribution_aid_budget', '2024', 365_600_000),
		]);
		const region = must(data.dataset.regions.get('35.03'));
		const series = must(selectAid(data, '35.03')[0]);
		expect(aidSummary(data, region, series, 'en')).toBeNull();
		const [chart] = aidCharts(data, region, series, 'en');
		expect(must(chart).takeaway).toBe('The budget stayed at IDR 365.6 million from 2023 to 2024.');
	});
});

describe('claimsCharts', () => {
	const claim = (
		indicator: string,
		program: 'JHT' | 'JKK' | 'JKM' | 'BEASISWA' | null,
		value: number,
		level: 'SD' | 'PT' | 'TK' | null = null,
	) => fig({ indicator, program, level, period: '2025-01-01/2025-10-31', value, precision: 0.5 });

	it('draws the amount paid and the recipients as two charts, each ordered by its own values', async () => {
		const data = await input([
			claim('claims_amount', null, 500e9),
			claim('claims_amount', 'JKK', 66.4e9),
			claim('claims_amount', 'JHT', 437.3e9),
			claim('claims_claimants', 'JHT', 28760),
			claim('claims_claimants', 'JKM', 31000),
		]);
		const charts = claimsCharts(
			data,
			must(data.dataset.regions.get('35.73')),
			must(selectClaims(data, '35.73')),
			'en',
			false,
		);
		expect(charts.map((c) => c.id)).toEqual(['claims', 'claims-recipients']);
		const [amount, people] = [must(charts[0]), must(charts[1])];
		expect(bars(amount).map((b) => b.key)).toEqual(['total', 'JHT', 'JKK']);
		expect(bars(people).map((b) => b.key)).toEqual(['JKM', 'JHT']);
		expect(amount.takeaway).toBe(
			'Old-age savings (JHT) make up 87.5% of the IDR 500 billion paid from 1 January 2025 to 31 October 2025.',
		);
		expect(people.takeaway).toMatch(/^Most recipients: .*31,000 people from 1 January 2025/);
		expect(texts(amount).join(' ')).not.toContain('28,760');
		expect(people.table.rows.every((r) => r.header.endsWith('Recipients'))).toBe(true);
	});

	it('orders scholarships by school level, and draws no chart of one part', async () => {
		const data = await input([
			claim('claims_amount', 'BEASISWA', 3.6e9, 'PT'),
			claim('claims_amount', 'BEASISWA', 79.5e6, 'TK'),
			claim('claims_amount', 'BEASISWA', 519e6, 'SD'),
			claim('claims_claimants', 'BEASISWA', 278, 'PT'),
		]);
		const charts = claimsCharts(
			data,
			must(data.dataset.regions.get('35.73')),
			must(selectScholarships(data, '35.73')),
			'id',
			true,
		);
		// One level with children counted: one bar is not a comparison.
		expect(charts.map((c) => c.id)).toEqual(['scholarships']);
		const chart = must(charts[0]);
		expect(bars(chart).map((b) => b.key)).toEqual(['TK', 'SD', 'PT']);
		expect(chart.takeaway).toBe(
			'Jenjang Perguruan tinggi menerima porsi terbesar: Rp3,6 miliar untuk 278 orang selama 1 Januari 2025 – 31 Oktober 2025.',
		);
	});

	it('makes no chart without claims by program', async () => {
		expect(selectClaims(await input([claim('claims_amount', null, 5e9)]), '35.73')).toBeNull();
	});
});
