/**
 * The region of a figure on real wording (tuning half of test/extract-corpus): regency short
 * forms, datelines, a regency inside its province, national articles, stock periods.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/lib/extract/candidates.ts';
import { findRegionMentions, mainRegion } from '../../../src/lib/extract/regions.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';

let dataset: Dataset;
beforeAll(async () => {
	({ dataset } = await loadDataset('data'));
});

const mentions = (text: string) => findRegionMentions(text, dataset.regions);

describe('findRegionMentions: short forms and datelines', () => {
	const cases: [text: string, found: [raw: string, code: string][]][] = [
		// "PPU" is Penajam Paser Utara only where the article names it in full …
		[
			'Pemerintah Kabupaten (Pemkab) Penajam Paser Utara (PPU) menganggarkan. Bupati PPU hadir.',
			[
				['Pemerintah Kabupaten (Pemkab)', ''],
				['Penajam Paser Utara', '64.09'],
				['PPU', '64.09'],
				['Bupati PPU', '64.09'],
			],
		],
		// … else it is the segment Pekerja Penerima Upah.
		['peserta PPU dan BPU sebanyak 1.000', []],
		[
			'24.800 Pekerja Rentan di Jaktim, kata Pemerintah Kota Jakarta Timur',
			[
				['Jaktim', '31.75'],
				['Pemerintah Kota Jakarta Timur', '31.75'],
			],
		],
		['BPJS Ketenagakerjaan Pangkalpinang', [['Pangkalpinang', '19.71']]],
		// A BPJS office over two provinces, by their short forms.
		[
			'BPJS Ketenagakerjaan Jateng-DIY telah menyalurkan manfaat',
			[['Jateng-DIY', 'BPJSTK-KW-JATENG-DIY']],
		],
		// A dateline names where the reporter wrote.
		['Bisnis.com, JAKARTA – BPJS Ketenagakerjaan mencatat', []],
		['Jakarta, MI - Badan Penyelenggara', []],
		['KONTAN.CO.ID – JAKARTA. Badan Penyelenggara', []],
		['pekerja di Jakarta Barat telah mengikuti', [['Jakarta Barat', '31.73']]],
	];
	for (const [text, found] of cases) {
		it(text, () =>
			expect(mentions(text).map((m) => [m.raw, m.code])).toEqual(
				found.filter(([, code]) => code !== ''),
			),
		);
	}
});

describe('mainRegion', () => {
	const cases: [label: string, text: string, main: string | undefined][] = [
		[
			'a regency named beside its province',
			'Pemkab: 50.891 Pekerja di Kotawaringin Timur. Dinas Kotawaringin Timur dan Kalimantan Tengah (Kalteng). Kotawaringin Timur.',
			'62.02',
		],
		[
			'several regencies of one province: the province',
			'Bali mencatat cakupan. Kabupaten Badung tertinggi, Kabupaten Bangli terendah. Bali, Bali.',
			'51',
		],
		['only a dateline', 'Bisnis.com, JAKARTA – BPJS Ketenagakerjaan mencatat klaim.', undefined],
	];
	for (const [label, text, main] of cases) {
		it(label, () => expect(mainRegion(mentions(text))).toBe(main));
	}
});

describe('regions and periods of proposed rows', () => {
	const options = () => ({
		regions: dataset.regions,
		indicators: dataset.indicators,
		articleDate: '2025-03-28',
	});
	const row = (text: string, raw: string) =>
		extractCandidates(text, options()).candidates.find((c) => c.raw === raw);
	const cases: [label: string, text: string, raw: string, region: string, period: string][] = [
		[
			'no region named: national',
			'Bisnis.com, JAKARTA – BPJS Ketenagakerjaan mencatat peserta aktif 40.196.096 orang.',
			'40.196.096',
			'ID',
			'2025-03',
		],
		[
			'"nasional" beside the figure',
			'Cakupan Kabupaten Purwakarta 55 persen. Rata-rata nasional baru menyentuh 42 persen kepesertaan.',
			'42 persen',
			'ID',
			'2025-03',
		],
		[
			'a province paying for a regency article',
			'Pemkab Penajam Paser Utara (PPU) mendaftarkan pekerja. Sebanyak 5.614 jiwa ditanggung iurannya oleh Pemprov Kalimantan Timur.',
			'5.614',
			'64.09',
			'2025-03',
		],
		[
			'a flow takes the year',
			'Pemkab Penajam Paser Utara mengalokasikan anggaran Rp3 miliar.',
			'Rp3 miliar',
			'64.09',
			'2025',
		],
	];
	for (const [label, text, raw, region, period] of cases) {
		it(label, () => expect(row(text, raw)).toMatchObject({ region, period }));
	}
});

describe('periods of flows', () => {
	it('takes the span the article states once for claims paid', () => {
		const text =
			'BPJS Ketenagakerjaan Bayar Klaim Rp35,64 Triliun hingga September 2024\n\nBisnis.com, JAKARTA - BPJS Ketenagakerjaan membayar klaim.\n\nJumlah itu terdiri dari kenaikan pelayanan.\n\nKlaim program JKK mencapai Rp2,46 triliun.';
		const row = extractCandidates(text, {
			regions: dataset.regions,
			indicators: dataset.indicators,
			articleDate: '2024-10-28',
		}).candidates.find((c) => c.raw === 'Rp2,46 triliun');
		expect(row).toMatchObject({
			indicator: 'claims_amount',
			region: 'ID',
			period: '2024-01/2024-09',
		});
	});
});

describe('periods of stocks', () => {
	it("reads the article's dateline day a sentence back as its month", () => {
		const text =
			'Bengkalis (18/3/2025) - Dinas mencatat kepesertaan BPJS Ketenagakerjaan.\nData ini menunjukkan bahwa dari total 312.488 pekerja di Rokan Hilir, baru sebagian terlindungi.';
		const row = extractCandidates(text, {
			regions: dataset.regions,
			indicators: dataset.indicators,
			articleDate: '2025-03-18',
		}).candidates.find((c) => c.raw === '312.488');
		expect(row).toMatchObject({ indicator: 'workers_in_scope', period: '2025-03' });
	});
});

describe('restated figures', () => {
	it('proposes a figure restated with other breakdowns once', () => {
		const text =
			'Pemkab Penajam Paser Utara Lindungi 15.000 Pekerja Rentan\n\nPemkab Penajam Paser Utara mendaftarkan 15.000 pekerja rentan bukan penerima upah melalui APBD.';
		const rows = extractCandidates(text, {
			regions: dataset.regions,
			indicators: dataset.indicators,
			articleDate: '2025-03-28',
		}).candidates.filter((c) => c.value === 15000);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.reason).toContain('stated again');
	});
});
