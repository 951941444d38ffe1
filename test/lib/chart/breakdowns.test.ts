/** Participants by segment, contribution aid and claims: what the bars and sentences say. */
import { describe, expect, it } from 'vitest';
import { aidChart } from '../../../src/lib/chart/aid-model.ts';
import { claimsChart } from '../../../src/lib/chart/claims-model.ts';
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

describe('aidChart', () => {
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

	it('shows years without a value as not reported, planned budgets hatched, derived cost outlined', async () => {
		const budget23 = tr('contribution_aid_budget', '2023', 365_600_000);
		const people23 = tr('contribution_aid_participants', '2023', 5600);
		const data = await input(
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
		const [series] = selectAid(data, '35.03');
		const chart = must(aidChart(data, must(data.dataset.regions.get('35.03')), must(series), 'id'));
		expect(chart.id).toBe('aid-apbd');
		expect(texts(chart)).toEqual(
			expect.arrayContaining([
				'tidak dilaporkan',
				'2025 (rencana)',
				'Rp365,6 juta',
				'Rp2,09 miliar',
			]),
		);
		const rects = bars(chart);
		expect(rects.find((b) => b.key === '2025|planned' && b.cls === 'bar-planned')).toMatchObject({
			fill: 'hatch',
		});
		expect(rects.some((b) => b.cls === 'bar-derived')).toBe(true);
		expect(chart.takeaway).toBe(
			'Anggaran naik dari Rp365,6 juta (2023) menjadi Rp2,09 miliar (2025, rencana) untuk 10.000 orang.',
		);
		const missing = chart.table.rows
			.filter((r) => r.cells[0]?.text === 'tidak dilaporkan')
			.map((r) => r.header);
		expect(missing).toEqual([
			'Pekerja penerima, 2024',
			'Iuran per pekerja per bulan, 2024',
			'Iuran per pekerja per bulan, 2025 (rencana)',
		]);
	});

	it('says what it can with only participants', async () => {
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
		const chart = must(
			aidChart(data, must(data.dataset.regions.get('61')), must(selectAid(data, '61')[0]), 'en'),
		);
		expect(chart.takeaway).toBe('26,373 people receive contribution aid (2024).');
		expect(bars(chart)).toHaveLength(1);
	});
});

describe('claimsChart', () => {
	const claim = (
		indicator: string,
		program: 'JHT' | 'JKK' | 'BEASISWA' | null,
		value: number,
		level: 'SD' | 'PT' | 'TK' | null = null,
	) => fig({ indicator, program, level, period: '2025-01-01/2025-10-31', value, precision: 0.5 });

	it('orders programs by amount, keeps recipients in the same order, shows missing ones', async () => {
		const data = await input([
			claim('claims_amount', null, 500e9),
			claim('claims_amount', 'JKK', 66.4e9),
			claim('claims_amount', 'JHT', 437.3e9),
			claim('claims_claimants', 'JHT', 28760),
		]);
		const chart = must(
			claimsChart(
				data,
				must(data.dataset.regions.get('35.73')),
				must(selectClaims(data, '35.73')),
				'en',
				false,
			),
		);
		const keys = bars(chart).map((b) => b.key);
		expect(keys).toEqual(['total', 'JHT', 'JKK', 'JHT']);
		expect(texts(chart)).toContain('not reported');
		expect(chart.takeaway).toBe(
			'Old-age savings (JHT) make up 87.5% of the IDR 500 billion paid from 1 January 2025 to 31 October 2025.',
		);
	});

	it('orders scholarships by school level, not by amount', async () => {
		const data = await input([
			claim('claims_amount', 'BEASISWA', 3.6e9, 'PT'),
			claim('claims_amount', 'BEASISWA', 79.5e6, 'TK'),
			claim('claims_amount', 'BEASISWA', 519e6, 'SD'),
			claim('claims_claimants', 'BEASISWA', 278, 'PT'),
		]);
		const chart = must(
			claimsChart(
				data,
				must(data.dataset.regions.get('35.73')),
				must(selectScholarships(data, '35.73')),
				'id',
				true,
			),
		);
		expect(bars(chart).map((b) => b.key)).toEqual(['TK', 'SD', 'PT', 'PT']);
		expect(chart.takeaway).toBe(
			'Jenjang Perguruan tinggi menerima porsi terbesar: Rp3,6 miliar untuk 278 orang selama 1 Januari 2025 – 31 Oktober 2025.',
		);
	});

	it('makes no chart without claims by program', async () => {
		expect(selectClaims(await input([claim('claims_amount', null, 5e9)]), '35.73')).toBeNull();
	});
});
