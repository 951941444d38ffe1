import { describe, expect, it } from 'vitest';
import {
	findNumberMentions,
	parseIndonesianNumber,
	quoteStatesValue,
	type NumberMention,
} from '../../../src/lib/parse/indonesian-number.ts';

// Sentences below are quoted from /work/shared/seeds/*.txt (file prefix in the comment).

describe('parseIndonesianNumber', () => {
	it.each([
		{
			text: 'Rp1.842.248.232',
			value: 1842248232,
			halfUnit: 0.5,
			currency: true,
			percent: false,
			scale: 1,
		},
		{
			text: 'Rp 5,3 miliar',
			value: 5.3e9,
			halfUnit: 0.05e9,
			currency: true,
			percent: false,
			scale: 1e9,
		},
		{
			text: 'Rp. 1,2 Milyar',
			value: 1.2e9,
			halfUnit: 0.05e9,
			currency: true,
			percent: false,
			scale: 1e9,
		},
		{
			text: 'Rp 531,1 miliar',
			value: 531.1e9,
			halfUnit: 0.05e9,
			currency: true,
			percent: false,
			scale: 1e9,
		},
		{
			text: 'Rp924 juta',
			value: 924e6,
			halfUnit: 0.5e6,
			currency: true,
			percent: false,
			scale: 1e6,
		},
		{ text: 'Rp247 ribu', value: 247e3, halfUnit: 500, currency: true, percent: false, scale: 1e3 },
		{
			text: '2.092.600.000,-',
			value: 2092600000,
			halfUnit: 0.5,
			currency: true,
			percent: false,
			scale: 1,
		},
		{
			text: '10.000,- peserta',
			value: 10000,
			halfUnit: 0.5,
			currency: false,
			percent: false,
			scale: 1,
		},
		{ text: '8,38 persen', value: 8.38, halfUnit: 0.005, currency: false, percent: true, scale: 1 },
		{
			text: '45,18 persen',
			value: 45.18,
			halfUnit: 0.005,
			currency: false,
			percent: true,
			scale: 1,
		},
		{ text: '4,88 persen', value: 4.88, halfUnit: 0.005, currency: false, percent: true, scale: 1 },
		{ text: '9,0 persen', value: 9, halfUnit: 0.05, currency: false, percent: true, scale: 1 },
		{ text: '31,6%', value: 31.6, halfUnit: 0.05, currency: false, percent: true, scale: 1 },
		{
			text: 'Rp5.060.579.420.000',
			value: 5060579420000,
			halfUnit: 0.5,
			currency: true,
			percent: false,
			scale: 1,
		},
		{
			text: '3,2 juta',
			value: 3.2e6,
			halfUnit: 0.05e6,
			currency: false,
			percent: false,
			scale: 1e6,
		},
		{ text: '420 ribu', value: 420e3, halfUnit: 500, currency: false, percent: false, scale: 1e3 },
		{
			text: '1,5 TRILYUN',
			value: 1.5e12,
			halfUnit: 0.05e12,
			currency: false,
			percent: false,
			scale: 1e12,
		},
		{ text: 'Rp 16.800', value: 16800, halfUnit: 0.5, currency: true, percent: false, scale: 1 },
		{
			text: 'Rp. 365.600.000,-',
			value: 365600000,
			halfUnit: 0.5,
			currency: true,
			percent: false,
			scale: 1,
		},
		{ text: '7.446', value: 7446, halfUnit: 0.5, currency: false, percent: false, scale: 1 },
		{
			text: '  90.116 jiwa ',
			value: 90116,
			halfUnit: 0.5,
			currency: false,
			percent: false,
			scale: 1,
		},
		{ text: '1.000', value: 1000, halfUnit: 0.5, currency: false, percent: false, scale: 1 },
		{ text: '0', value: 0, halfUnit: 0.5, currency: false, percent: false, scale: 1 },
		{ text: '80,41', value: 80.41, halfUnit: 0.005, currency: false, percent: false, scale: 1 },
	])('parses "$text"', ({ text, ...expected }) => {
		expect(parseIndonesianNumber(text)).toEqual({ ok: true, ...expected });
	});

	it.each([
		{ text: '1.84.2', says: ['"1.84.2"', 'exactly three digits', '".84"'] },
		{ text: '1.8421', says: ['"1.8421"', 'exactly three digits', '".8421"'] },
		{ text: '12.09', says: ['"12.09"', 'exactly three digits', '"12,09"'] },
		{ text: '1.000.00', says: ['"1.000.00"', 'exactly three digits', '".00"'] },
		{ text: '1234.567', says: ['"1234.567"', '"1234" has more than three digits'] },
		{ text: '1,2,3', says: ['"1,2,3"', 'decimal mark and may appear only once'] },
		{ text: '5,-3', says: ['"5,-3"', 'got ",-3"'] },
		{ text: '--5', says: ['"--5"', 'not a number', 'expected a digit'] },
		{ text: 'abc', says: ['"abc"', 'not a number'] },
		{ text: 'Rp', says: ['"Rp"', 'no number after "Rp"'] },
		{ text: '', says: ['empty text', 'expected a number such as'] },
		{ text: '   ', says: ['empty text'] },
		{ text: 'Rp 5,3 zillion', says: ['"Rp 5,3 zillion"', 'unknown word "zillion"', 'ribu, juta'] },
		{ text: '7.446 peserta lagi', says: ['unexpected "lagi"'] },
	])('rejects "$text"', ({ text, says }) => {
		const result = parseIndonesianNumber(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		for (const fragment of says) expect(result.error).toContain(fragment);
	});
});

/** The fields a test states; `undefined` in the expectation means "absent". */
type Expected = {
	[K in keyof Omit<NumberMention, 'start' | 'end'>]?: NumberMention[K] | undefined;
};

function pick(m: NumberMention, expected: Expected): Expected {
	return Object.fromEntries(Object.keys(expected).map((k) => [k, m[k as keyof Expected]]));
}

describe('findNumberMentions', () => {
	it.each<{ name: string; text: string; mentions: Expected[] }>([
		{
			name: '000 budget sentence',
			text: 'Alokasi APBD Kota Metro untuk BPJS Ketenagakerjaan (BPJAMSOSTEK) naik sekitar 8,38 persen dari Rp1.699.805.664 tahun 2024 menjadi Rp1.842.248.232 tahun 2025.',
			mentions: [
				{
					raw: '8,38 persen',
					value: 8.38,
					percent: true,
					currency: false,
					qualifier: 'approx',
					unitWord: 'persen',
				},
				{
					raw: 'Rp1.699.805.664',
					value: 1699805664,
					currency: true,
					qualifier: undefined,
					unitWord: 'tahun',
				},
				{ raw: '2024', value: 2024, currency: false, qualifier: undefined, unitWord: undefined },
				{ raw: 'Rp1.842.248.232', value: 1842248232, currency: true },
				{ raw: '2025', value: 2025, currency: false },
			],
		},
		{
			name: '000 per-person cost with "tahu" typo',
			text: 'bagi 7.446 peserta, sekitar Rp247 ribu per peserta per tahu dengan prioritas',
			mentions: [
				{ value: 7446, unitWord: 'peserta', qualifier: undefined, halfUnit: 0.5 },
				{
					raw: 'Rp247 ribu',
					value: 247000,
					halfUnit: 500,
					scale: 1e3,
					currency: true,
					qualifier: 'approx',
					unitWord: undefined,
				},
			],
		},
		{
			name: '000 dateline with a dotted time',
			text: 'Jumat, 31 Oktober 2025 - 12.09 WIB',
			mentions: [{ value: 31 }, { value: 2025 }],
		},
		{
			name: '000 legal citations',
			text: 'Dasar hukumnya diatur, antara lain dalam PP 44/2015 tentang JKK/JKM dan PP 37/2021 tentang JKP',
			mentions: [],
		},
		{
			name: '000 dd/mm/yyyy date',
			text: 'kata Wakil Wali Kota Metro, Dr. M. Rafieq Adi Pradana, Jumat (31/10/2025).',
			mentions: [],
		},
		{
			name: '000 Roman rank',
			text: 'Kota Metro meraih Juara II kategori pemerintah kabupaten/kota.',
			mentions: [{ raw: 'II', value: 2, unitWord: undefined }],
		},
		// Ranks as award articles write them (wording curators met on 2026-12-07: Cakaplah's
		// Paritrana ranks, Sragen's "Terbaik Kedua", NTB's "juara pertama / kedua / ketiga").
		{
			name: '000 Roman rank after peringkat ke',
			text: 'Kabupaten Pelalawan meraih peringkat ke III Paritrana Award.',
			mentions: [{ raw: 'III', value: 3, unitWord: undefined }],
		},
		{
			name: '000 ordinal word ranks',
			text: 'Lombok Timur juara pertama, Lombok Tengah juara kedua dan Lombok Utara juara ketiga.',
			mentions: [
				{ raw: 'pertama', value: 1 },
				{ raw: 'kedua', value: 2 },
				{ raw: 'ketiga', value: 3 },
			],
		},
		{
			name: '000 Terbaik with a Roman numeral or a word',
			text: 'Sragen meraih Terbaik II, atau Terbaik Kedua tingkat provinsi.',
			mentions: [
				{ raw: 'II', value: 2 },
				{ raw: 'Kedua', value: 2 },
			],
		},
		{
			name: '000 ordinal words without a rank word are not ranks',
			text: 'Tahap kedua dimulai pada hari pertama bulan itu.',
			mentions: [],
		},
		// dumaiposnews-2024-03: a scale word with "-nya" ("its billions").
		{
			name: '000 scale word with -nya',
			text: 'mencapai angka Rp. 187 Miliar, dimana Rp. 9 miliarnya merupakan pembayaran manfaat beasiswa',
			mentions: [
				{ raw: 'Rp. 187 Miliar', value: 187e9 },
				{ raw: 'Rp. 9 miliarnya', value: 9e9 },
			],
		},
		{
			name: '000 rate per 1.000',
			text: 'Rasio klaim JKM periode tersebut setara kira-kira 3 kasus per 1.000 peserta.',
			mentions: [
				{ value: 3, unitWord: 'kasus', qualifier: 'approx' },
				{ raw: '1.000', value: 1000, unitWord: 'peserta', qualifier: undefined },
			],
		},
		{
			name: '000 index and growth',
			text: 'IPM 2024 tercatat 80,41 serta laju pertumbuhan ekonomi tahun 2024 sebesar 4,88 persen',
			mentions: [
				{ value: 2024 },
				{ raw: '80,41', value: 80.41, halfUnit: 0.005, percent: false },
				{ value: 2024 },
				{ value: 4.88, percent: true },
			],
		},
		{
			name: '001 monthly aid for one year',
			text: 'iuran sebesar Rp 16.800 per bulan selama satu tahun ke depan. Total anggaran yang digelontorkan sebesar Rp 5,3 miliar',
			mentions: [
				{ raw: 'Rp 16.800', value: 16800, currency: true, unitWord: undefined },
				{ raw: 'satu', value: 1, halfUnit: 0.5, unitWord: 'tahun' },
				{ raw: 'Rp 5,3 miliar', value: 5.3e9, halfUnit: 0.05e9, scale: 1e9, currency: true },
			],
		},
		{
			name: '001 coverage with kurang lebih and sekitar',
			text: 'Dari jumlah pekerja kurang lebih 420 ribu orang, baru sebanyak 178.611 pekerja terdaftar atau sekitar 32 persen pada 2024.',
			mentions: [
				{ raw: '420 ribu', value: 420000, halfUnit: 500, unitWord: 'orang', qualifier: 'approx' },
				{ value: 178611, unitWord: 'pekerja', qualifier: undefined },
				{ value: 32, percent: true, qualifier: 'approx' },
				{ value: 2024, qualifier: undefined },
			],
		},
		{
			name: '001 glued words',
			text: 'Target itu telah terlampaui pada November ini mencapai 41,66 persen. Total sudah sebanyak 204.419 pekerja terdaftarJamsostek.',
			mentions: [
				{ value: 41.66, percent: true },
				{ value: 204419, unitWord: 'pekerja' },
			],
		},
		{
			name: '001 citations with Nomor … Tahun',
			text: 'Surat Edaran (SE) Nomor 37 Tahun 2022 dan Instruksi Presiden (Inpres) Nomor 2 Tahun 2021',
			mentions: [],
		},
		{
			name: '001 date range and claims',
			text: 'selama periode 1 Januari-31 Oktober 2025 sudah membayarkan klaim sebesar Rp 531,1 miliar kepada 33.522 peserta di Kota Malang.',
			mentions: [
				{ value: 1 },
				{ value: 31 },
				{ value: 2025 },
				{ value: 531.1e9, currency: true },
				{ value: 33522, unitWord: 'peserta' },
			],
		},
		{
			name: '001 "salah satu" is not a figure',
			text: 'salah satu tantangan adalah kurangnya pemahaman',
			mentions: [],
		},
		{
			name: '002 "sebear" typo and trailing zero',
			text: 'peserta Bukan Penerima Upah (BPU) sebear 9,0 persen (14.468 orang)',
			mentions: [
				{ value: 9, halfUnit: 0.05, percent: true },
				{ value: 14468, unitWord: 'orang' },
			],
		},
		{
			name: '002 ",-" on money and on a head-count',
			text: 'pada Tahun 2025 direncanakan sebesar 2.092.600.000,- untuk 10.000,- peserta selama 12 Bulan.',
			mentions: [
				{ value: 2025, currency: false },
				{ raw: '2.092.600.000,-', value: 2092600000, currency: true },
				{ raw: '10.000,-', value: 10000, currency: false, unitWord: 'peserta' },
				{ value: 12, unitWord: 'bulan' },
			],
		},
		{
			name: '002 "Rp." and "Milyar"',
			text: 'Tahun 2024 dialokasikan anggaran Rp. 1,2 Milyar untuk bantuan 10 bulan',
			mentions: [
				{ value: 2024 },
				{ raw: 'Rp. 1,2 Milyar', value: 1.2e9, scale: 1e9, currency: true },
				{ value: 10, unitWord: 'bulan' },
			],
		},
		{
			name: '003 ISO timestamp',
			text: '2024-11-15 23:43:09',
			mentions: [],
		},
		{
			name: '003 Undang-Undang citation, lebih dari, trillions',
			text: 'Undang-Undang Nomor 3 Tahun 2024 tentang Desa. Melayani lebih dari 63.680 pemberi kerja dan penerimaan iuran sebesar Rp5.060.579.420.000 pada tahun 2024',
			mentions: [
				{ value: 63680, qualifier: 'at_least', unitWord: 'pemberi' },
				{ value: 5060579420000, currency: true, qualifier: undefined },
				{ value: 2024 },
			],
		},
		{
			name: '003 disekitar and juta',
			text: 'capaian sementara disekitar 35,35 persen dengan total 3,2 juta pekerja aktif',
			mentions: [
				{ value: 35.35, qualifier: 'approx', percent: true },
				{
					raw: '3,2 juta',
					value: 3.2e6,
					halfUnit: 0.05e6,
					unitWord: 'pekerja',
					qualifier: undefined,
				},
			],
		},
		{
			name: '004 kurang dari satu persen',
			text: 'masih kurang dari satu persen, yaitu hanya 1.999 orang dari total 223.022 pekerja miskin ekstrem',
			mentions: [
				{ raw: 'satu persen', value: 1, percent: true, qualifier: 'at_most' },
				{ value: 1999, unitWord: 'orang', qualifier: undefined },
				{ value: 223022, unitWord: 'pekerja' },
			],
		},
		{
			name: '001 billions multiply exactly; digits glued to a name are not figures',
			text: 'Liputan6.com, Jakarta. Sebesar Rp 66,4 miliar untuk program JKK kepada 3.362 peserta, totalRp924 juta.',
			mentions: [
				{ raw: 'Rp 66,4 miliar', value: 66.4e9, halfUnit: 0.05e9 },
				{ value: 3362, unitWord: 'peserta' },
				{ raw: 'Rp924 juta', value: 924e6, currency: true },
			],
		},
		{
			name: 'malformed numerals are skipped whole',
			text: 'angka 1.84.2 dan 12,5,6 serta 1.000.00 atau 1.000.5',
			mentions: [],
		},
		// Forms real articles print beside the Indonesian ones (test/extract-corpus/).
		{
			name: 'a "." before other than three digits is a decimal point',
			text: 'Provinsi Gorontalo sendiri berada di angka 61.73 persen, di bawah Sulawesi Utara yang sudah 80 persen.',
			mentions: [
				{ raw: '61.73 persen', value: 61.73, halfUnit: 0.005, percent: true },
				{ raw: '80 persen', value: 80 },
			],
		},
		{
			name: 'decimal point before a scale word',
			text: 'sebanyak 68,05 persen atau 41.56 juta orang merupakan peserta aktif',
			mentions: [
				{ value: 68.05, percent: true },
				{ raw: '41.56 juta', value: 41560000, halfUnit: 5000, scale: 1e6, unitWord: 'orang' },
			],
		},
		{
			name: 'decimal point before "%"',
			text: 'baru sekitar 186 ribu atau sekitar 22.3% yang sudah mendapatkan perlindungan',
			mentions: [
				{ raw: '186 ribu', value: 186000, qualifier: 'approx' },
				{ raw: '22.3%', value: 22.3, halfUnit: 0.05, percent: true, qualifier: 'approx' },
			],
		},
		{
			name: 'dotted page chrome is no figure: times, view counters, weather',
			text: 'Mistar.idJumat, 17 Oktober 2025 08.58 | Minggu, 28 September 2025 | 01.12 - Dibaca 1.32k kali 25.7 C pukul 12.09',
			mentions: [{ value: 17 }, { value: 2025 }, { value: 28 }, { value: 2025 }],
		},
		{
			name: 'two or more "," groups are thousands',
			text: 'pekerja rentan Pemkab Sijunjung mulai dari Januari-Juli 2025 sebanyak Rp 1,348,753,890.',
			mentions: [
				{ value: 2025 },
				{ raw: 'Rp 1,348,753,890', value: 1348753890, halfUnit: 0.5, currency: true },
			],
		},
		{
			name: 'one "," group stays a decimal comma (the unit decides, in quoteStatesValue)',
			text: 'tercatat sebanyak 592,932 peserta.',
			mentions: [{ raw: '592,932', value: 592.932, unitWord: 'peserta' }],
		},
		{
			name: '"-an" scale words: the amount, approximate',
			text: 'Pekerja informal totalnya sekarang ada 6,1 jutaan per Februari 2022. yang telah menjadi peserta baru 600 ribuan. Pemerintah Target 300 Ribuan Pekerja',
			mentions: [
				{ raw: '6,1 jutaan', value: 6.1e6, halfUnit: 0.05e6, scale: 1e6, qualifier: 'approx' },
				{ value: 2022 },
				{ raw: '600 ribuan', value: 600000, halfUnit: 500, qualifier: 'approx' },
				{ raw: '300 Ribuan', value: 300000, qualifier: 'approx', unitWord: 'pekerja' },
			],
		},
		{
			name: '"ratusan ribu" has no number',
			text: 'ratusan ribu pekerja belum terlindungi',
			mentions: [],
		},
		{
			name: 'a number phrase in words is one number; "rupiah" after it marks money',
			text: 'Dan hari ini kita tambah 40.000 untuk pembiayaan sebesar dua miliar enam belas juta rupiah,” jelasnya.',
			mentions: [
				{ raw: '40.000', value: 40000, currency: false },
				{
					raw: 'dua miliar enam belas juta',
					value: 2016000000,
					halfUnit: 0.5e6,
					scale: 1e6,
					currency: true,
				},
			],
		},
		{
			name: 'digits before "rupiah" are money too',
			text: 'Dana sebesar 403 juta rupiah akan dialokasikan',
			mentions: [{ raw: '403 juta', value: 403e6, currency: true }],
		},
		{
			name: 'se- words',
			text: 'Sejuta pekerja di Sumatra Barat; seratus dua puluh lima desa dan seribu lima ratus orang',
			mentions: [
				{ raw: 'Sejuta', value: 1e6, unitWord: 'pekerja' },
				{ raw: 'seratus dua puluh lima', value: 125, unitWord: 'desa' },
				{ raw: 'seribu lima ratus', value: 1500, unitWord: 'orang' },
			],
		},
		{
			name: '"disalah satu" is not a figure either',
			text: 'Rabu(3/9/2025) disalah satu Hotel di Manado.',
			mentions: [],
		},
	])('$name', ({ text, mentions }) => {
		const found = findNumberMentions(text);
		expect(found.map((m, i) => pick(m, mentions[i] ?? {}))).toEqual(mentions);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
	});
});

describe('findNumberMentions in English ("en")', () => {
	it.each<{ name: string; text: string; mentions: Expected[] }>([
		{
			name: '"," groups thousands',
			text: 'a total of 9,623 workers and 1,348,753 participants',
			mentions: [
				{ raw: '9,623', value: 9623, halfUnit: 0.5, unitWord: 'workers' },
				{ raw: '1,348,753', value: 1348753, unitWord: 'participants' },
			],
		},
		{
			name: '"." is the decimal point, also before three digits',
			text: 'claims of IDR 3.024 billion and Rp 1.5 billion, about 42.5 percent',
			mentions: [
				{ raw: 'IDR 3.024 billion', value: 3024000000, halfUnit: 0.5e6, currency: true },
				{ raw: 'Rp 1.5 billion', value: 1.5e9, halfUnit: 0.05e9, currency: true },
				{ raw: '42.5 percent', value: 42.5, percent: true, qualifier: 'approx' },
			],
		},
		{
			name: 'scale words and "%"',
			text: 'more than 3 million people, 35.68% coverage, 420 thousand workers',
			mentions: [
				{ raw: '3 million', value: 3e6, scale: 1e6, qualifier: 'at_least', unitWord: 'people' },
				{ raw: '35.68%', value: 35.68, percent: true, unitWord: 'percent' },
				{ raw: '420 thousand', value: 420000, unitWord: 'workers' },
			],
		},
		{
			name: 'dates, times and citations are no figures',
			text: 'Friday (31/10/2025) at 12.09 WIB, under Law No. 24 of 2011 and PP 44/2015',
			mentions: [],
		},
	])('$name', ({ text, mentions }) => {
		const found = findNumberMentions(text, 'en');
		expect(found.map((m, i) => pick(m, mentions[i] ?? {}))).toEqual(mentions);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
	});
});

describe('quoteStatesValue', () => {
	it.each<{
		quote: string;
		value: number;
		unit: string;
		raw: string;
		halfUnit: number;
		language?: 'id' | 'en';
	}>([
		{
			quote: 'naik sekitar 8,38 persen dari Rp1.699.805.664',
			value: 8.38,
			unit: 'percent',
			raw: '8,38 persen',
			halfUnit: 0.005,
		},
		{
			quote: 'naik sekitar 8,38 persen dari Rp1.699.805.664',
			value: 1699805664,
			unit: 'idr',
			raw: 'Rp1.699.805.664',
			halfUnit: 0.5,
		},
		{
			quote: 'sebesar Rp 5,3 miliar bersumber dari DBHCT',
			value: 5.3e9,
			unit: 'idr',
			raw: 'Rp 5,3 miliar',
			halfUnit: 0.05e9,
		},
		{
			quote: 'iuran sebesar Rp 16.800 per bulan',
			value: 16800,
			unit: 'idr_per_person_month',
			raw: 'Rp 16.800',
			halfUnit: 0.5,
		},
		{
			quote: 'sekitar Rp247 ribu per peserta per tahu',
			value: 247000,
			unit: 'idr_per_person_year',
			raw: 'Rp247 ribu',
			halfUnit: 500,
		},
		{
			quote: 'direncanakan sebesar 2.092.600.000,- untuk 10.000,- peserta',
			value: 2092600000,
			unit: 'idr',
			raw: '2.092.600.000,-',
			halfUnit: 0.5,
		},
		{
			quote: 'direncanakan sebesar 2.092.600.000,- untuk 10.000,- peserta',
			value: 10000,
			unit: 'persons',
			raw: '10.000,-',
			halfUnit: 0.5,
		},
		{
			quote: 'untuk 10.000,- peserta selama 12 Bulan',
			value: 12,
			unit: 'months',
			raw: '12',
			halfUnit: 0.5,
		},
		{
			quote: 'Rp 16.800 per bulan selama satu tahun ke depan',
			value: 12,
			unit: 'months',
			raw: 'satu',
			halfUnit: 6,
		},
		{
			quote: 'naik signifikan dalam kurun dua tahun terakhir',
			value: 24,
			unit: 'months',
			raw: 'dua',
			halfUnit: 6,
		},
		{
			quote: 'setara kira-kira 3 kasus per 1.000 peserta',
			value: 3,
			unit: 'per_1000',
			raw: '3',
			halfUnit: 0.5,
		},
		{
			quote: 'IPM 2024 tercatat 80,41',
			value: 80.41,
			unit: 'index',
			raw: '80,41',
			halfUnit: 0.005,
		},
		{
			quote: 'Kota Metro meraih Juara II kategori',
			value: 2,
			unit: 'rank',
			raw: 'II',
			halfUnit: 0.5,
		},
		{
			quote: 'terdapat 22 pengajuan klaim santunan kematian',
			value: 22,
			unit: 'count',
			raw: '22',
			halfUnit: 0.5,
		},
		{
			quote: 'masih kurang dari satu persen',
			value: 1,
			unit: 'percent',
			raw: 'satu persen',
			halfUnit: 0.5,
		},
		{
			quote: 'sebanyak 45 orang atau 45 persen',
			value: 45,
			unit: 'percent',
			raw: '45 persen',
			halfUnit: 0.5,
		},
		{
			quote: 'belum ada penyaluran manfaat klaim',
			value: 0,
			unit: 'idr',
			raw: 'belum ada',
			halfUnit: 0,
		},
		{ quote: 'klaim pada periode ini nihil', value: 0, unit: 'count', raw: 'nihil', halfUnit: 0 },
		// Real quotes in forms beside the Indonesian ones (test/extract-corpus/).
		{
			quote: 'Provinsi Gorontalo sendiri berada di angka 61.73 persen',
			value: 61.73,
			unit: 'percent',
			raw: '61.73 persen',
			halfUnit: 0.005,
		},
		{
			quote: 'sebanyak 68,05 persen atau 41.56 juta orang merupakan peserta aktif',
			value: 41560000,
			unit: 'persons',
			raw: '41.56 juta',
			halfUnit: 5000,
		},
		{
			quote: 'baru sekitar 186 ribu atau sekitar 22.3% yang sudah mendapatkan perlindungan',
			value: 22.3,
			unit: 'percent',
			raw: '22.3%',
			halfUnit: 0.05,
		},
		{
			quote: 'total kepesertaan PMI aktif hingga Juni 2024 tercatat sebanyak 592,932 peserta',
			value: 592932,
			unit: 'persons',
			raw: '592,932',
			halfUnit: 0.5,
		},
		{ quote: 'jumlahnya 592,932', value: 592932, unit: 'count', raw: '592,932', halfUnit: 0.5 },
		{
			quote: 'naik 592,932 persen',
			value: 592.932,
			unit: 'percent',
			raw: '592,932 persen',
			halfUnit: 0.0005,
		},
		{
			quote: 'sebesar Rp 592,932',
			value: 592.932,
			unit: 'idr',
			raw: 'Rp 592,932',
			halfUnit: 0.0005,
		},
		{
			quote: 'sebanyak Rp 1,348,753,890',
			value: 1348753890,
			unit: 'idr',
			raw: 'Rp 1,348,753,890',
			halfUnit: 0.5,
		},
		{
			quote: 'Pekerja informal totalnya sekarang ada 6,1 jutaan per Februari 2022',
			value: 6100000,
			unit: 'persons',
			raw: '6,1 jutaan',
			halfUnit: 50000,
		},
		{
			quote: 'yang telah menjadi peserta baru 600 ribuan',
			value: 600000,
			unit: 'persons',
			raw: '600 ribuan',
			halfUnit: 500,
		},
		{
			quote: 'kita tambah 40.000 untuk pembiayaan sebesar dua miliar enam belas juta rupiah',
			value: 2016000000,
			unit: 'idr',
			raw: 'dua miliar enam belas juta',
			halfUnit: 0.5e6,
		},
		{
			quote: 'kita tambah 40.000 untuk pembiayaan sebesar dua miliar enam belas juta rupiah',
			value: 40000,
			unit: 'persons',
			raw: '40.000',
			halfUnit: 0.5,
		},
		{ quote: 'satu juta pekerja', value: 1e6, unit: 'persons', raw: 'satu juta', halfUnit: 0.5e6 },
		{ quote: 'tiga ratus desa', value: 300, unit: 'count', raw: 'tiga ratus', halfUnit: 0.5 },
		{ quote: 'Sejuta pekerja', value: 1e6, unit: 'persons', raw: 'Sejuta', halfUnit: 0.5e6 },
		// English-language sources.
		{
			quote: 'covering 9,623 workers',
			value: 9623,
			unit: 'persons',
			raw: '9,623',
			halfUnit: 0.5,
			language: 'en',
		},
		{
			quote: 'benefits worth IDR 3.024 billion',
			value: 3024000000,
			unit: 'idr',
			raw: 'IDR 3.024 billion',
			halfUnit: 0.5e6,
			language: 'en',
		},
		{
			quote: 'a budget of Rp 1.5 billion',
			value: 1.5e9,
			unit: 'idr',
			raw: 'Rp 1.5 billion',
			halfUnit: 0.05e9,
			language: 'en',
		},
		{
			quote: 'coverage reached 42.5 percent',
			value: 42.5,
			unit: 'percent',
			raw: '42.5 percent',
			halfUnit: 0.05,
			language: 'en',
		},
		{
			quote: '3 million workers',
			value: 3e6,
			unit: 'persons',
			raw: '3 million',
			halfUnit: 0.5e6,
			language: 'en',
		},
		{
			quote: 'for 12 months',
			value: 12,
			unit: 'months',
			raw: '12',
			halfUnit: 0.5,
			language: 'en',
		},
		{
			quote: 'for two years, or 2 years',
			value: 24,
			unit: 'months',
			raw: '2',
			halfUnit: 6,
			language: 'en',
		},
		{ quote: 'claims: none', value: 0, unit: 'count', raw: 'none', halfUnit: 0, language: 'en' },
	])('"$quote" states $value $unit', ({ quote, value, unit, raw, halfUnit, language }) => {
		const m = quoteStatesValue(quote, value, unit, language);
		expect(m).toMatchObject({ raw, value, halfUnit });
		if (m) expect(quote.slice(m.start, m.end)).toBe(raw);
	});

	it.each<{ why: string; quote: string; value: number; unit: string; language?: 'id' | 'en' }>([
		{ why: 'value not in quote', quote: 'bagi 7.446 peserta', value: 7447, unit: 'persons' },
		{ why: 'same digits, wrong scale', quote: 'sebesar Rp 5,3 miliar', value: 5.3, unit: 'idr' },
		{ why: 'scale word missed', quote: 'sebesar Rp 5,3 miliar', value: 5.3e6, unit: 'idr' },
		{
			why: 'percent quoted for rupiah',
			quote: 'naik sekitar 8,38 persen',
			value: 8.38,
			unit: 'idr',
		},
		{
			why: 'rupiah quoted for persons',
			quote: 'menjadi Rp1.842.248.232',
			value: 1842248232,
			unit: 'persons',
		},
		{ why: 'rupiah quoted for a percent', quote: 'Rp 45 ribu', value: 45000, unit: 'percent' },
		{ why: 'head-count quoted for rupiah', quote: 'bagi 7.446 peserta', value: 7446, unit: 'idr' },
		{
			why: 'head-count quoted for a percent',
			quote: 'bagi 7.446 peserta',
			value: 7446,
			unit: 'percent',
		},
		{
			why: 'denominator of a rate',
			quote: 'setara kira-kira 3 kasus per 1.000 peserta',
			value: 1000,
			unit: 'per_1000',
		},
		{ why: 'one year is 12 months, not 1', quote: 'selama satu tahun', value: 1, unit: 'months' },
		{
			why: 'zero needs a zero phrase',
			quote: 'sudah ada penyaluran klaim',
			value: 0,
			unit: 'count',
		},
		{
			why: 'time 12.09 WIB',
			quote: 'Jumat, 31 Oktober 2025 - 12.09 WIB',
			value: 12,
			unit: 'count',
		},
		{ why: 'time minutes', quote: 'Jumat, 31 Oktober 2025 - 12.09 WIB', value: 9, unit: 'count' },
		{ why: 'PP 44/2015', quote: 'dalam PP 44/2015 tentang JKK/JKM', value: 44, unit: 'count' },
		{
			why: 'year of PP 44/2015',
			quote: 'dalam PP 44/2015 tentang JKK/JKM',
			value: 2015,
			unit: 'count',
		},
		{ why: '(31/10/2025)', quote: 'Jumat (31/10/2025).', value: 31, unit: 'days' },
		{ why: 'Nomor 37 Tahun 2022', quote: 'SE Nomor 37 Tahun 2022', value: 37, unit: 'count' },
		{
			why: 'decimal point, other value',
			quote: 'di angka 61.73 persen',
			value: 61.7,
			unit: 'percent',
		},
		{ why: '61.73 is no thousands', quote: 'di angka 61.73 persen', value: 6173, unit: 'percent' },
		{
			why: '41.56 juta, scale missed',
			quote: 'atau 41.56 juta orang',
			value: 41.56,
			unit: 'persons',
		},
		{
			why: 'a head-count "592,932" is no decimal',
			quote: 'tercatat sebanyak 592,932 peserta',
			value: 592.932,
			unit: 'persons',
		},
		{
			why: 'rupiah "592,932" is Indonesian decimal, not thousands',
			quote: 'sebesar Rp 592,932',
			value: 592932,
			unit: 'idr',
		},
		{
			why: 'a percent "592,932" is a decimal',
			quote: 'naik 592,932 persen',
			value: 592932,
			unit: 'percent',
		},
		{
			why: 'a comma before a scale word is decimal',
			quote: 'sebanyak 1,234 juta pekerja',
			value: 1234e6,
			unit: 'persons',
		},
		{ why: '"6,1 jutaan" is not 6.1', quote: 'ada 6,1 jutaan', value: 6.1, unit: 'persons' },
		{ why: '"600 ribuan" is not 600', quote: 'baru 600 ribuan', value: 600, unit: 'persons' },
		{
			why: '"ratusan ribu" has no number',
			quote: 'ratusan ribu pekerja',
			value: 100000,
			unit: 'persons',
		},
		{
			why: 'part of a phrase in words',
			quote: 'sebesar dua miliar enam belas juta rupiah',
			value: 2e9,
			unit: 'idr',
		},
		{
			why: 'a later word of a phrase',
			quote: 'sebesar dua miliar enam belas juta rupiah',
			value: 16e6,
			unit: 'idr',
		},
		{
			why: 'money in words for a head-count',
			quote: 'sebesar dua miliar enam belas juta rupiah',
			value: 2016000000,
			unit: 'persons',
		},
		{ why: '"tiga ratus" is not 3', quote: 'tiga ratus desa', value: 3, unit: 'count' },
		{
			why: 'dotted time after a date',
			quote: 'Jumat, 17 Oktober 2025 08.58',
			value: 8.58,
			unit: 'index',
		},
		{
			why: 'dotted time 12.09 WIB',
			quote: 'Jumat, 31 Oktober 2025 - 12.09 WIB',
			value: 12.09,
			unit: 'index',
		},
		{ why: 'view counter', quote: 'Dibaca 1.32k kali', value: 1.32, unit: 'count' },
		{ why: 'malformed 1.000.5', quote: 'sebanyak 1.000.5 orang', value: 1000.5, unit: 'persons' },
		{
			why: 'English notation in an Indonesian source',
			quote: 'IDR 3.024 billion',
			value: 3024000000,
			unit: 'idr',
		},
		{
			why: 'en: "3.024 billion" is not 3,024 billion',
			quote: 'IDR 3.024 billion',
			value: 3024e9,
			unit: 'idr',
			language: 'en',
		},
		{
			why: 'en: "9,623" is not 9.623',
			quote: 'covering 9,623 workers',
			value: 9.623,
			unit: 'persons',
			language: 'en',
		},
		{
			why: 'en: value not in quote',
			quote: 'coverage reached 42.5 percent',
			value: 42,
			unit: 'percent',
			language: 'en',
		},
		{
			why: 'en: head-count quoted for rupiah',
			quote: 'covering 9,623 workers',
			value: 9623,
			unit: 'idr',
			language: 'en',
		},
		{
			why: 'en: time 12.09 WIB',
			quote: 'Friday, 31 October 2025 - 12.09 WIB',
			value: 12.09,
			unit: 'index',
			language: 'en',
		},
		{
			why: 'en: PP 44/2015',
			quote: 'under PP 44/2015',
			value: 44,
			unit: 'count',
			language: 'en',
		},
		{
			why: 'en: Law No. 24 of 2011',
			quote: 'under Law No. 24 of 2011',
			value: 24,
			unit: 'count',
			language: 'en',
		},
		{
			why: 'en: per 1,000',
			quote: '3 cases per 1,000 participants',
			value: 1000,
			unit: 'per_1000',
			language: 'en',
		},
	])('rejects: $why', ({ quote, value, unit, language }) => {
		expect(quoteStatesValue(quote, value, unit, language)).toBeUndefined();
	});
});
