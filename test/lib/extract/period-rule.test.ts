/**
 * The period rule (src/lib/extract/period-rule.ts): the period a reviewer records for a stock,
 * a flow, a budget, aid recipients and a target, from the wording of real articles of the
 * tuning half of test/extract-corpus (quotes only; the source id is named in each case). Every
 * case failed before the rule was written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCandidates, type ExtractOptions } from '../../../src/lib/extract/candidates.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';

let options: ExtractOptions;
beforeAll(async () => {
	const { dataset } = await loadDataset('test/fixtures/valid/seeds');
	options = { regions: dataset.regions, indicators: dataset.indicators };
});

/** The row proposed for `value` in `text` of an article dated `date` (any one region): indicator and period. */
function rowFor(text: string, date: string, value: number) {
	const c = extractCandidates(text, {
		...options,
		region: '18.72',
		articleDate: date,
	}).candidates.find((x) => Math.abs(x.value - value) <= 1e-9 * Math.max(1, Math.abs(value)));
	return c && { indicator: c.indicator, period: c.period };
}

describe('the period rule on real wording', () => {
	/** [rule, source id, article date, text, value, indicator, period] */
	const cases: [string, string, string, string, number, string, string][] = [
		// Stocks.
		[
			'stock: the dateline day of a month-dated article gives its month',
			'borneotrend-2026-02',
			'2026-02',
			'Fakta tersebut diungkap BPJS Ketenagakerjaan dalam kegiatan Media Gathering BPJS Ketenagakerjaan yang digelar di Fugo Hotel, Banjarmasin, Senin (2/2/2026). Dalam paparan resmi disebutkan, jumlah penduduk bekerja di Kalimantan mencapai 7.996.826 orang.',
			7996826,
			'employed_population',
			'2026-02',
		],
		[
			"stock: the article's own year gives the article's month",
			'retas-2025-09-23',
			'2025-09-23',
			'Tahun 2025, cakupan meningkat menjadi 63,47 persen, dengan target naik lagi ke 66,20 persen di 2026',
			63.47,
			'coverage_rate',
			'2025-09',
		],
		[
			'stock: "hingga akhir kuartal I-2025" gives the quarter\'s last month',
			'tarunakota-2025-05-02',
			'2025-05-02',
			'Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan mencatat jumlah peserta aktif mencapai 40.196.096 orang hingga akhir kuartal I-2025.',
			40196096,
			'active_participants',
			'2025-03',
		],
		[
			'stock: "Desember tahun 2023" is a month',
			'balanganews-2024-02-20',
			'2024-02-20',
			'Selain itu, tambahnya, cakupan perlindungan untuk tenaga kerja di Kalimantan Tengah sampai dengan Desember tahun 2023 mencapai angka 42,22 persen dari total angkatan kerja.',
			42.22,
			'coverage_rate',
			'2023-12',
		],
		// Targets.
		[
			'target: "target tahun ini" is the article\'s year',
			'antara-news-kupang-2025-04-28',
			'2025-04-28',
			'"Saat ini baru sekitar 35 persen pekerja yang menjadi peserta BP Jamsostek, karena itu tahun ini, target kepesertaan BP Jamsostek mencapai satu juta," kata Kepala Cabang BPJS Ketenagakerjaan NTT Wawan Burhauddin di Kupang, Senin (28/4).\nDia mengatakan, saat ini angkatan kerja di NTT berdasarkan data BPS mencapai tiga juta, karena itu target tahun ini diharapkan bisa mencapai 60 persen dari jumlah angkatan kerja di NTT.',
			60,
			'coverage_rate',
			'2025',
		],
		// Flows.
		[
			'flow: "hingga per 10 Maret 2025" runs from 1 January to that day',
			'antara-news-megapolitan-2025-03-10',
			'2025-03-10',
			'"Adapun klaim yang diajukan oleh peserta hingga per 10 Maret 2025 sudah mencapai sekitar Rp9,88 miliar," katanya.',
			9.88e9,
			'claims_amount',
			'2025-01-01/2025-03-10',
		],
		[
			"flow: the article's own year is year to date",
			'surabaya-pagi-2024-08-26',
			'2024-08-26',
			'Selian itu, sepanjang tahun 2024 warga Kabupaten Mojokerto yang sudah dilayani oleh BPJS Ketenagakerjaan sebanyak 9.280 atau senilai Rp 106,5 milyar.\n\n"Jaminan kematian sebanyak 177 orang, jaminan kecelakaan kerja sebanyak 1.070 orang, JHT sebanyak 7.123 orang, jaminan pensiun sebanyak 259 orang  dan beasiswa sekolah sebanyak 741," terangnya.',
			7123,
			'claims_claimants',
			'2024-01/2024-08',
		],
		[
			'flow: "pada tahun lampau" is the year before the article',
			'news-tmacontractor-2023-05-12',
			'2023-05-12',
			'Secara rinci, klaim JHT saja pada tahun lampau mencapai Rp43,24 triliun alias naik 17 persen dari 2021 nan sebesar Rp37 triliun.',
			43.24e12,
			'claims_amount',
			'2022',
		],
		[
			'comparison: the amount right after "dibanding tahun sebelumnya" is of the year before',
			'antara-news-megapolitan-2025-03-10',
			'2025-03-10',
			'Klaim yang dibayarkan oleh Badan Penyelenggara Jaminan Sosial Ketenagakerjaan Kabupaten Batang, Jawa Tengah, selama 2024 mencapai sekitar Rp77,41 miliar dengan 6.089 kasus atau turun dibanding tahun sebelumnya Rp93,35 miliar dengan 6.922 kasus.',
			93.35e9,
			'claims_amount',
			'2023',
		],
		[
			'comparison: "dibandingkan tahun sebelumnya dengan …" does not date what follows',
			'kontan-2025-05-02',
			'2025-05-02',
			'Deputi Komunikasi BPJS Ketenagakerjaan, Oni Marbun mengatakan yang paling mencolok adalah program Jaminan Kehilangan Pekerjaan (JKP) dengan jumlah klaim meningkat tajam sebesar 100,6 persen pada kuartal I-2025 dibandingkan periode yang sama tahun lalu.\nProgram Jaminan Kecelakaan Kerja (JKK) juga menunjukkan tren kenaikan dengan 90.123 kasus, meningkat 31,98 persen dibandingkan tahun sebelumnya dengan nilai klaim Rp1,006 triliun.',
			1.006e12,
			'claims_amount',
			'2025-01/2025-03',
		],
		// Budgets, aid recipients and aid terms.
		[
			'budget: "sejak dimulai pada Maret 2022" sums from then to the article\'s month',
			'radarsumbar-2025-07-26',
			'2025-07-26',
			'Kepala BPJS Ketenagakerjaan Cabang Solok, Maulana Anshari Siregar, menyampaikan bahwa sejak dimulai pada Maret 2022, Pemkab Sijunjung telah mengalokasikan Rp5,4 miliar untuk membayarkan iuran jaminan sosial ketenagakerjaan bagi masyarakat pekerja rentan.',
			5.4e9,
			'contribution_aid_budget',
			'2022-03/2025-07',
		],
		[
			'budget: an amount dated "hingga Juli 2025" is of the budget year',
			'tv-tabalong-2025',
			'2025',
			'Kepala Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja Disnaker Tabalong, Raudhatul Jannah, menuturkan Pemerintah Kabupaten Tabalong telah menyiapkan anggaran sebesar Rp4,99 miliar untuk program bantuan iuran BPJS Ketenagakerjaan yang menjamin 24.800 pekerja rentan di Tabalong.\n\nHingga Juli 2025, lebih dari 20 ribu pekerja rentan telah didaftarkan BPJS Ketenagakerjaan, yang mencakup Jaminan Kecelakaan Kerja dan Jaminan Kematian.',
			4.99e9,
			'contribution_aid_budget',
			'2025',
		],
		[
			'aid recipients: the budget year stated for them is the programme year',
			'biwara-2022-10-08',
			'2022-10-08',
			'Besaran anggaran sebesar Rp7,7 miliar ini sudah dialokasikan dalam APBD Kukar tahun 2022. Kira-kira, jaminan sosial tenaga kerja ini diperuntukkan bagi 46.073 orang pekerja rentan dan non pegawai negeri (PPNPN) yang bekerja di wilayah Kutai Kartanegara.',
			46073,
			'contribution_aid_participants',
			'2022',
		],
		[
			'aid recipients: counted over years up to now ("terhitung 2023 sampai 2025") is a stock',
			'kaltimkita-2025-03-28',
			'2025-03-28',
			'Jumlah pekerja rentan yang didaftarkan ke BPJS ketenagakerjaan tersebut terhitung 2023 sampai 2025. Dari 20.614 pekerja rentan tersebut sebanyak 15.000 jiwa yang ditanggung pembayaran iurannya oleh Pemkab PPU.',
			15000,
			'contribution_aid_participants',
			'2025-03',
		],
		[
			'aid terms: a contribution per month is recorded for its year',
			'kefamenanu-news-2025-07-07',
			'2025-07-07',
			'Seluruh iuran JKK (Jaminan Kecelakaan Kerja) dan JKM (Jaminan Kematian) pekerja rentan ditanggung oleh APBD TTU dengan asumsi iuran per pekerja sebesar Rp16.800 perbulan.',
			16800,
			'contribution_aid_monthly_contribution',
			'2025',
		],
		[
			'stock: a span ("periode Januari-Agustus 2023") gives its last month',
			'antara-news-2023',
			'2023',
			'Cakupan peserta BPJAMSOSTEK di Provinsi Papua Barat periode Januari-Agustus 2023 sudah mencapai 82,69 persen dari potensi angkatan kerja yang ada di Papua Barat.',
			82.69,
			'coverage_rate',
			'2023-08',
		],
		[
			'flow: "sepanjang tahun 2025" in a December article is the whole year, written as the year',
			'halmahera-post-2025-12-10',
			'2025-12-10',
			'Ia menambahkan, sepanjang tahun 2025 terdapat 122 peserta yang mengklaim manfaat BPJS',
			122,
			'claims_claimants',
			'2025',
		],
		[
			"event: attendance is dated on the event's day",
			'bidiknasional-2024-11-13',
			'2024-11-13',
			'Kegiatan diikuti 167 Peserta.',
			167,
			'outreach_attendees',
			'2024-11-13',
		],
	];
	for (const [rule, source, date, text, value, indicator, period] of cases) {
		it(`${rule} (${source})`, () => {
			expect(rowFor(text, date, value)).toEqual({ indicator, period });
		});
	}

	it('a target reached is a result of its month, not a target (liputan6-2025-11-29, seed)', () => {
		const text =
			'Dalam Rencana Pembangunan Jangka Panjang Daerah (RPJPD) Kota Malang 2025-2045, kepesertaan BPJS Ketenagakerjaan di Kota Malang ditarget 41,23 persen. Target itu telah terlampaui pada November ini mencapai 41,66 persen.';
		expect(rowFor(text, '2025-11-29', 41.66)).toEqual({
			indicator: 'coverage_rate',
			period: '2025-11',
		});
	});
});
