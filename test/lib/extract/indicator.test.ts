/**
 * Indicator guesses for the classes of mistake found on real articles (tuning half of
 * test/extract-corpus): short quotes of their wording, one row per case.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCandidates, type ExtractOptions } from '../../../src/lib/extract/candidates.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';

let options: ExtractOptions;
beforeAll(async () => {
	const { dataset } = await loadDataset('test/fixtures/valid/seeds');
	// Every row, however unsure: these cases are about the indicator guessed, not the cut.
	options = {
		regions: dataset.regions,
		indicators: dataset.indicators,
		articleDate: '2025-11-03',
		minConfidence: 0,
	};
});

/** The indicator proposed for `raw` in `text`, '' when a row has none, undefined when no row. */
const indicatorOf = (text: string, raw: string) =>
	extractCandidates(text, options).candidates.find((c) => c.raw === raw)?.indicator;

describe('guessIndicator on real wording', () => {
	const cases: [label: string, text: string, raw: string, indicator: string | undefined][] = [
		// A change is not a level of coverage; a new level after "naik menjadi" is.
		['change', 'Klaim JKK naik 26,2 persen dari tahun sebelumnya.', '26,2 persen', undefined],
		[
			'change',
			'Kepesertaan meningkat 31,98 persen dibandingkan tahun sebelumnya.',
			'31,98 persen',
			undefined,
		],
		['level', 'Cakupan kepesertaan tersebut naik menjadi 41,28%.', '41,28%', 'coverage_rate'],
		// Percent of a target, the share still uncovered, a survey's answer.
		['of target', 'Penerimaan iuran mencapai 67,25% dari target.', '67,25%', undefined],
		[
			'uncovered',
			'Sekitar 49,13 persen yang belum terlindungi BPJS Ketenagakerjaan.',
			'49,13 persen',
			undefined,
		],
		[
			'survey',
			'Sebanyak 37,8 persen responden mengaku kurang tahu kepesertaan.',
			'37,8 persen',
			undefined,
		],
		// "tumbuh" alone is a rise of coverage, not growth of the economy.
		['growth', 'Target kepesertaan adalah 40% tumbuh 5% dari tahun 2024.', '5%', undefined],
		[
			'economy',
			'Pertumbuhan ekonomi Kalbar mencapai 4,88 persen.',
			'4,88 persen',
			'economic_growth',
		],
		// Counts of things, not of people.
		[
			'agencies',
			'Sebanyak 3 OPD telah mendaftarkan pegawai non-ASN sebagai peserta aktif.',
			'3',
			undefined,
		],
		[
			'regencies',
			'Anggaran untuk melindungi pekerja rentan di 14 kabupaten/kota.',
			'14',
			undefined,
		],
		[
			'rank',
			'UCJ Lampung berada diposisi 34 dari 38 provinsi dengan capaian peserta.',
			'34',
			undefined,
		],
		// A death benefit and a worker's monthly contribution are not claims paid or budgets.
		['benefit', 'Ahli waris akan mendapat santunan Rp42 juta.', 'Rp42 juta', undefined],
		[
			'contribution',
			'Pemkab membayar iuran Rp16.800 setiap bulan.',
			'Rp16.800',
			'contribution_aid_monthly_contribution',
		],
		[
			'budget',
			'Pemkab PPU mengalokasikan anggaran Rp3 miliar di APBD 2025.',
			'Rp3 miliar',
			'contribution_aid_budget',
		],
		// The base of coverage.
		[
			'base',
			'Data ini menunjukkan bahwa dari 854.203 pekerja di Sulut, baru sebagian terlindungi.',
			'854.203',
			'workers_in_scope',
		],
		['base', 'Di Padang Panjang ada sebanyak 19.654 angkatan kerja.', '19.654', 'workers_in_scope'],
		// "terdiri dari" (consists of) and "lebih dari" (more than) do not name a base.
		[
			'parts',
			'Mereka terdiri dari 44.724 pekerja penerima upah yang aktif.',
			'44.724',
			'active_participants',
		],
		[
			'uncovered',
			'Sebanyak 132.728 orang belum mendapatkan perlindungan BPJS Ketenagakerjaan.',
			'132.728',
			'uncovered_workers',
		],
		// Workers whose contributions a government pays.
		[
			'aid',
			'Pemkab resmi melindungi 14.880 pekerja rentan melalui APBD.',
			'14.880',
			'contribution_aid_participants',
		],
		[
			'aid',
			'Pemprov Kepri telah menanggung 31.556 nelayan melalui APBD.',
			'31.556',
			'contribution_aid_participants',
		],
		// "aktif" and "terdaftar" keep the source's word.
		[
			'active',
			'Peserta aktif di Kota Malang sebanyak 204.419 orang.',
			'204.419',
			'active_participants',
		],
		[
			'registered',
			'Jumlah pekerja yang terdaftar mencapai 144.110 orang.',
			'144.110',
			'registered_participants',
		],
		// Percents that are a gap, a discount or a contribution to another level (otonominews-2024-11-24,
		// antara-news-kalsel-2025, elsindo-2025-11-14, ragam-lombok-2026-02).
		[
			'gap',
			'Jika dibandingkan target tersebut dengan capaian saat ini masih terdapat gap sebesar 7,58% atau 215.552 orang.',
			'7,58%',
			undefined,
		],
		[
			'gap',
			'"Tinggal 3,37 persen saja lagi Kabupaten Banjar wujudkan universal coverage untuk perlindungan pekerja," ujarnya.',
			'3,37 persen',
			undefined,
		],
		[
			'contribution',
			'Sulawesi Tengah berada pada peringkat 18 dari 38 Provinsi dan berkontribusi sebesar 1,26% terhadap capaian nasional Universal Coverage Jamsostek (UCJ).',
			'1,26%',
			undefined,
		],
		['discount', 'iuran peserta mandiri (BPU) mendapatkan diskon sebesar 50%', '50%', undefined],
		// A month's spending is not a budget (kefamenanu-news-2025-07-07, klik-kaltim-2025).
		[
			'monthly spend',
			'Seluruh iuran JKK (Jaminan Kecelakaan Kerja) dan JKM (Jaminan Kematian) pekerja rentan ditanggung oleh APBD TTU dengan asumsi iuran per pekerja sebesar Rp16.800 perbulan.\n\nIni berarti pemerintah daerah berkomitmen menggelontorkan dana sekitar Rp 250 juta per bulan (atau Rp3 miliar per tahun) untuk 14.880 peserta.',
			'Rp 250 juta',
			undefined,
		],
		// The base named, then its size (antara-news-2024-09, babe-indonesia-2025-12-16).
		[
			'named base',
			'Ia menyebutkan potensi peserta jaminan sosial ketenagakerjaan di Provinsi Lampung sebanyak 3,05 juta orang.',
			'3,05 juta',
			'workers_in_scope',
		],
		[
			'named base',
			'Dengan estimasi jumlah pekerja Kabupaten Cirebon sekitar 823.000 orang',
			'823.000',
			'workers_in_scope',
		],
		// Lapsed participants are not active ones (babelpos-2024-07-26).
		[
			'lapsed',
			'Jadi per Juni 2024 itu, ada 179.842 peserta tak aktif," kata Abdul kepada Babel Pos',
			'179.842',
			undefined,
		],
		// "pemanfaatan" (use of a fund) is not "manfaat" (a benefit paid) (mediacirebon-2025-12-05);
		// "manfaatnya" still is (mal-pelayanan-publik-kota-mataram-2025-09-04).
		[
			'use of a fund',
			'Pemkab Cirebon juga telah memberikan perlindungan jaminan sosial kepada 2.350 nelayan melalui pemanfaatan DBHCHT sebagai upaya percepatan',
			'2.350',
			undefined,
		],
		[
			'benefit',
			'BPJS Ketenagakerjaan telah membuktikan manfaatnya dengan membayarkan jaminan sebesar Rp 453,6 miliar kepada masyarakat pada tahun 2024.',
			'Rp 453,6 miliar',
			'claims_amount',
		],
		// "penduduk bekerja" names the number it stands beside, not the one before it
		// (antara-news-bali-2025-04-30, kupastuntas-2025-10-31).
		[
			'participants beside employed',
			'Kuncoro Budi Winarno menjelaskan capaian kepesertaan untuk wilayah Bali per 31 Maret 2025 tercatat 50,88 persen atau baru 935.079 peserta dari 1.873.899 penduduk bekerja di Bali.',
			'935.079',
			'active_participants',
		],
		[
			'employed',
			'Data ketenagakerjaan BPS menyebut jumlah penduduk bekerja 2024 sebanyak 90.116 jiwa',
			'90.116',
			'employed_population',
		],
		// "diikuti Banten dengan …" is the next place of a ranking, not an event's attendance
		// (goodstats-2025): only the weakest guess, from "peserta", is left.
		[
			'ranking',
			'Jawa Tengah menyusul dengan 4 juta beserta diikuti Banten dengan 2,75 juta peserta.',
			'2,75 juta',
			'active_participants',
		],
	];
	for (const [label, text, raw, indicator] of cases) {
		it(`${label}: ${text}`, () => expect(indicatorOf(text, raw)).toBe(indicator));
	}
});

describe('head-counts of the covered, of a segment and behind a rate', () => {
	// Read before only from a bare coverage word (the weakest guess, mostly dropped); now from
	// the words that make them head-counts of participants.
	const cases: [text: string, raw: string, cue: string][] = [
		[
			'"Dari total potensi 34.555 non-ASN, sebanyak 32.644 orang sudah terlindungi oleh BPJS Ketenagakerjaan," kata dia.',
			'32.644',
			'orang sudah terlindungi',
		],
		[
			'“Perinciannya untuk Penerima Upah (PU) sebanyak 411.791 peserta dan Bukan Penerima Upah (BPU) 198.924 peserta,” ujar Husaini.',
			'411.791',
			'a head-count of a segment',
		],
		[
			'Cakupan ini berasal dari kepesertaan Penerima Upah (PU) sebesar 43,2 persen (38.595 orang), peserta Bukan Penerima Upah (BPU) sebear 9,0 persen (14.468 orang).',
			'38.595',
			'the count behind a coverage rate',
		],
	];
	for (const [text, raw, cue] of cases) {
		it(`${raw}: ${cue}`, () => {
			const c = extractCandidates(text, options).candidates.find((x) => x.raw === raw);
			expect(c?.indicator).toBe('active_participants');
			expect(c?.reason).toContain(`indicator: "${cue}`);
		});
	}
});

describe('workers covered through a payer', () => {
	it('are aid recipients, not active participants (mistar-2025-10-17)', () => {
		const text =
			'Pendanaan bersumber dari APBD Provinsi dan APBD Kabupaten, dengan rincian 2.000 pekerja terlindungi melalui bantuan Pemprov Sumut dan 2.900 pekerja lainnya dibiayai Pemkab Asahan.';
		expect(indicatorOf(text, '2.000')).toBe('contribution_aid_participants');
	});
});
