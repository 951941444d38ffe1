/** Candidate rows from short synthetic article texts: values, guesses, quotes and skips. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	extractCandidates,
	type Candidate,
	type ExtractOptions,
} from '../../../src/lib/extract/candidates.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';

let options: ExtractOptions;
beforeAll(async () => {
	const { dataset } = await loadDataset('test/fixtures/valid/seeds');
	options = { regions: dataset.regions, indicators: dataset.indicators };
});

/** Article text with a dateline, so periods fall back to a known date. */
const article = (body: string) => `Judul berita\n\nSenin, 3 November 2025\n\n${body}\n`;
const run = (body: string, extra: Partial<ExtractOptions> = {}) =>
	extractCandidates(article(body), { ...options, ...extra }).candidates;
const pick = (c: Candidate) => ({
	region: c.region,
	indicator: c.indicator,
	segment: c.segment,
	program: c.program,
	funding: c.funding,
	level: c.level,
	basis: c.basis,
	plan: c.plan,
	period: c.period,
	value: c.value,
	qualifier: c.qualifier,
	quote: c.quote,
});

describe('extractCandidates', () => {
	/** [article body, expected candidates (fields compared with toMatchObject)] */
	const cases: [string, Partial<ReturnType<typeof pick>>[]][] = [
		[
			'Alokasi APBD Kota Metro untuk BPJS Ketenagakerjaan naik sekitar 8,38 persen dari Rp1.699.805.664 tahun 2024 menjadi Rp1.842.248.232 tahun 2025.',
			[
				{
					region: '18.72',
					indicator: 'contribution_aid_budget_change',
					value: 8.38,
					qualifier: 'approx',
					funding: 'APBD',
				},
				{
					indicator: 'contribution_aid_budget',
					value: 1699805664,
					period: '2024',
					funding: 'APBD',
				},
				{
					indicator: 'contribution_aid_budget',
					value: 1842248232,
					period: '2025',
					quote: 'tahun 2024 menjadi Rp1.842.248.232 tahun 2025',
				},
			],
		],
		[
			'Cakupan kepesertaan di Kalimantan Barat mencapai 45,34 persen dengan total 3,2 juta pekerja aktif yang terdaftar.',
			[
				// The dateline's day is when the article was written: a stock takes its month.
				{ region: '61', indicator: 'coverage_rate', value: 45.34, basis: '', period: '2025-11' },
				{ region: '61', indicator: 'active_participants', value: 3_200_000 },
			],
		],
		[
			'Total anggaran yang digelontorkan sebesar Rp 5,3 miliar bersumber dari Dana Bagi Hasil Cukai Tembakau (DBHCT) di Kota Malang pada 2025.',
			[
				{
					region: '35.73',
					indicator: 'contribution_aid_budget',
					funding: 'DBHCHT',
					value: 5.3e9,
					period: '2025',
				},
			],
		],
		[
			// Pemkab Sorong Selatan's wording (antara-news-papua-2025): Papua's special autonomy fund pays.
			'Di Kabupaten Sorong Selatan, pemerintah daerah menyediakan anggaran sebesar Rp500 juta dari dana otonomi khusus (otsus) pada 2024.',
			[
				{
					region: '96.02',
					indicator: 'contribution_aid_budget',
					funding: 'OTSUS',
					value: 500_000_000,
					period: '2024',
				},
			],
		],
		[
			'BPJS Ketenagakerjaan juga melayani lebih dari 63.680 pemberi kerja atau badan usaha di Kabupaten Malang.',
			[{ region: '35.07', indicator: 'employers_registered', value: 63680, qualifier: 'at_least' }],
		],
		[
			'Hingga saat ini, cakupan di Kabupaten Banyumas baru mencapai 31,6 persen, atau sekitar 214.687 peserta aktif dari total sasaran 684.654 pekerja.',
			[
				{ region: '33.02', indicator: 'coverage_rate', value: 31.6, period: '2025-11' },
				{ indicator: 'active_participants', value: 214687, qualifier: 'approx' },
				{ indicator: 'workers_in_scope', value: 684654 },
			],
		],
		[
			'Dari jumlah peserta aktif tersebut, sebanyak 159.475 orang merupakan pekerja penerima upah, 35.814 orang pekerja bukan penerima upah, dan 19.398 orang dari sektor jasa konstruksi.',
			[
				{ indicator: 'active_participants', segment: 'PU', value: 159475 },
				{ indicator: 'active_participants', segment: 'BPU', value: 35814 },
				{ indicator: 'active_participants', segment: 'JAKON', value: 19398 },
			],
		],
		[
			'BPJS Ketenagakerjaan Malang selama periode 1 Januari-31 Oktober 2025 sudah membayarkan klaim sebesar Rp 531,1 miliar kepada 33.522 peserta di Kota Malang. Rinciannya, Rp 437,3 miliar untuk program Jaminan Hari Tua (JHT) bagi 28.760 peserta.',
			[
				{
					region: '35.73',
					indicator: 'claims_amount',
					value: 531.1e9,
					period: '2025-01-01/2025-10-31',
				},
				{ indicator: 'claims_claimants', value: 33522, period: '2025-01-01/2025-10-31' },
				{
					indicator: 'claims_amount',
					program: 'JHT',
					value: 437.3e9,
					period: '2025-01-01/2025-10-31',
				},
				{ indicator: 'claims_claimants', program: 'JHT', value: 28760 },
			],
		],
		[
			'Manfaat beasiswa telah disalurkan kepada anak peserta, terdiri atas Rp 519 juta untuk 335 anak SD dan Rp 3,6 miliar untuk 278 anak kuliah.',
			[
				{
					indicator: 'claims_amount',
					program: 'BEASISWA',
					level: 'SD',
					value: 519e6,
					quote: 'terdiri atas Rp 519 juta untuk 335 anak SD',
				},
				{ indicator: 'claims_claimants', program: 'BEASISWA', level: 'SD', value: 335 },
				{ indicator: 'claims_amount', program: 'BEASISWA', level: 'PT', value: 3.6e9 },
				{ indicator: 'claims_claimants', program: 'BEASISWA', level: 'PT', value: 278 },
			],
		],
		[
			'Imiati menyebut sepanjang Januari hingga Oktober 2025 terdapat 22 pengajuan klaim santunan kematian (JKM) dengan total santunan Rp924 juta.',
			[
				{ indicator: 'claims_count', program: 'JKM', value: 22, period: '2025-01/2025-10' },
				{ indicator: 'claims_amount', program: 'JKM', value: 924e6, period: '2025-01/2025-10' },
			],
		],
		[
			'Berdasarkan Data Universal Coverage Jamsostek Jawa Timur per Tanggal 13 November 2024, Capaian Cakupan Kepesertaan di Kabupaten Trenggalek sebesar 26,04 persen.',
			[{ region: '35.03', indicator: 'coverage_rate', value: 26.04, period: '2024-11-13' }],
		],
		[
			'Pemerintah Pusat mentargetkan Cakupan Kepesertaan dalam RPJPD di Kabupaten Trenggalek pada Tahun 2045 sebesar 83,29 persen dengan baseline Tahun 2025 sebesar 26,30 persen.',
			[
				{
					indicator: 'coverage_rate',
					basis: 'target',
					plan: 'RPJPD',
					period: '2045',
					value: 83.29,
				},
				{
					indicator: 'coverage_rate',
					basis: 'baseline',
					plan: 'RPJPD',
					period: '2025',
					value: 26.3,
				},
			],
		],
		// suarasumbar-2024-11-22: a governor's instruction sets the target, BPJS is only the programme.
		[
			'Bahkan, lahir pula Instruksi Gubernur Nomor 5 Tahun 2021 yang menargetkan 1 juta peserta BPJS Ketenagakerjaan hingga 2025.',
			[{ basis: 'target', plan: 'PEMDA', period: '2025', value: 1e6 }],
		],
		// antara-news-bali-2025-04-30: the ministry is named in words, not as "Kemendagri".
		[
			'Menurut dia, Kementerian Dalam Negeri memberikan target Universal Coverage Jamsostek untuk wilayah Bali pada tahun 2025 ini harus mencapai 67,28 persen.',
			[{ indicator: 'coverage_rate', basis: 'target', plan: 'KEMENDAGRI', value: 67.28 }],
		],
		// jurnalmedianusa-2025-12-19: a "national target" whose plan the article does not name.
		[
			'Padahal, target nasional menargetkan tingkat kepesertaan minimal mencapai 45 persen pada tahun 2029.',
			[{ indicator: 'coverage_rate', basis: 'target', plan: 'UNNAMED', period: '2029', value: 45 }],
		],
		[
			'Pada Tahun 2025 direncanakan sebesar 2.092.600.000,- untuk 10.000,- peserta selama 12 Bulan.',
			[
				{ indicator: 'contribution_aid_budget', basis: 'planned', value: 2092600000 },
				{ indicator: 'contribution_aid_participants', basis: 'planned', value: 10000 },
				{ indicator: 'contribution_aid_months', basis: 'planned', value: 12 },
			],
		],
		[
			'Tiap penerima dibayarkan iuran sebesar Rp 16.800 per bulan selama satu tahun ke depan.',
			[
				{ indicator: 'contribution_aid_monthly_contribution', value: 16800 },
				{ indicator: 'contribution_aid_months', value: 12, quote: 'selama satu tahun ke depan' },
			],
		],
		[
			'UMK 2025 Kota Metro ditetapkan Rp2.903.301 dan IPM 2024 tercatat 80,41.',
			[
				{ indicator: 'minimum_wage', value: 2903301, period: '2025' },
				{ indicator: 'hdi', value: 80.41, period: '2024' },
			],
		],
		[
			'Kota Metro meraih Juara II kategori pemerintah kabupaten/kota pada Paritrana Award 13 Agustus 2025.',
			[{ indicator: 'paritrana_award_rank', value: 2, period: '2025-08-13' }],
		],
		[
			'Meskipun kepesertaan di sektor jasa konstruksi cukup baik, belum ada penyaluran manfaat klaim sepanjang periode laporan.',
			[
				{
					indicator: 'claims_amount',
					value: 0,
					quote: 'belum ada penyaluran manfaat klaim sepanjang periode laporan',
				},
			],
		],
	];
	for (const [body, expected] of cases) {
		it(body.slice(0, 70), () => {
			const found = run(body).map(pick);
			expect(found).toMatchObject(expected);
			expect(found).toHaveLength(expected.length);
		});
	}

	it('skips legal citations, times, page furniture, ordinals and rhetorical number words', () => {
		const body = [
			'Jumat, 31 Oktober 2025 - 12.09 WIB',
			'52',
			'5 hours ago 3',
			'Dasar hukumnya PP 44/2015 dan Instruksi Presiden (Inpres) Nomor 2 Tahun 2021, serta Pasal 5 ayat (2).',
			'Ia menambahkan tiga tantangan dan dua barometer mutu untuk COVID-19 tahun ke-3.',
			'Rasio klaim setara kira-kira 3 kasus per 1.000 peserta.',
		].join('\n');
		expect(run(body).map((c) => [c.raw, c.indicator, c.value])).toEqual([
			['3', 'claims_per_1000', 3],
		]);
	});

	it('uses --region for every row', () => {
		const rows = run('Cakupan di Kota Malang 41,66 persen dan di Kabupaten Malang 30 persen.', {
			region: '35',
		});
		expect(rows.map((c) => c.region)).toEqual(['35', '35']);
		const own = run('Cakupan di Kota Malang 41,66 persen, di Kabupaten Malang 30 persen.');
		expect(own.map((c) => c.region)).toEqual(['35.73', '35.07']);
	});

	it('merges repeated statements of one figure, naming the repeat', () => {
		const rows = run(
			'IPM 2024 tercatat 80,41. Sekali lagi, IPM 2024 tercatat 80,41 di Kota Metro.',
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.reason).toContain('stated again: "IPM 2024 tercatat 80,41 di Kota Metro"');
	});

	it('keeps every quote a piece of the article holding the number as printed', () => {
		const text = article(
			'Pemkab Trenggalek mengalokasikan sebesar Rp. 365.600.000,- untuk 5.600 peserta.',
		);
		for (const c of extractCandidates(text, options).candidates) {
			expect(text).toContain(c.quote);
			expect(c.quote).toContain(c.raw);
			expect(c.confidence).toBeGreaterThan(0);
			expect(c.confidence).toBeLessThanOrEqual(1);
		}
	});

	it('falls back to the article date and says where everything came from', () => {
		const [row] = run(
			'Wali Kota memberi sambutan.\nPeserta aktif di Kota Malang sebanyak 204.419 orang.',
		);
		// A stock with no date of its own is as of the article's month, as reviewers record it.
		expect(row).toMatchObject({ period: '2025-11', region: '35.73', value: 204419 });
		expect(row?.reason).toBe(
			'indicator: "aktif" (near); period: "article date 2025-11-03" (article); region "Kota Malang"',
		);
		const none = extractCandidates('Peserta aktif sebanyak 204.419 orang.', options).candidates;
		// No region named: BPJS Ketenagakerjaan reports nationally, so the row is national.
		expect(none[0]).toMatchObject({ period: '', region: 'ID' });
		expect(none[0]?.reason).toContain('period not found — fill in');
		expect(none[0]?.reason).toContain('region: none named, so national');
	});
});

describe('a rounded restatement of a precise figure', () => {
	it('is not proposed beside it (borneotrend-2026-02)', () => {
		const text =
			'4,6 Juta Pekerja di Kalimantan Belum Terlindungi BPJS Ketenagakerjaan\n\nSenin, 2 Februari 2026\n\nDari angka tersebut, baru 3.302.762 pekerja yang tercatat sebagai peserta BPJS Ketenagakerjaan. Sementara itu, 4.694.064 pekerja lainnya masih belum terlindungi program jaminan sosial tenaga kerja.\n';
		const values = extractCandidates(text, options).candidates.map((c) => c.value);
		expect(values).toContain(4694064);
		expect(values).not.toContain(4600000);
	});
});
