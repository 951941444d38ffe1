/** Numbers that are not figures by their form: links, slugs, byline codes, list markers. */
import { describe, expect, it } from 'vitest';
import { isNotAFigure } from '../../../src/lib/extract/skip.ts';

/** The span of the first `raw` in `text`. */
const at = (text: string, raw: string) => {
	const start = text.indexOf(raw);
	return { start, end: start + raw.length };
};

describe('isNotAFigure', () => {
	const cases: [text: string, raw: string, skipped: boolean][] = [
		// An article id inside a link became a budget row.
		['Baca juga: https://kaltimkita.com/berita/2025/03/28/123456-pemkab-ppu', '123456', true],
		['4900_pekerja_rentan_di_asahan_terlindungi_bpjs_ketenagakerjaan', '4900', true],
		['(DS/02)', '02', true],
		['1) Pembayaran premi BPJS Ketenagakerjaan', '1', true],
		['sesuai Pasal 3 ayat 2', '3', true],
		['klaim 3 kasus per 1.000 peserta', '1.000', true],
		// The day of a date without a year (karunakepri-2024-09, kutipan-2025-09-18).
		['saat kunjungan kerja di Kabupaten Karimun, Rabu 04 September lalu.', '04', true],
		['dengan capaian 23,86% dari target sd 31 des tahun 2025 sebesar 38,39%', '31', true],
		// The ends of a range and a proportion's round base (antara-news-kupang-2025-04-28,
		// koran-metro-2025-11-28, babe-indonesia-2025-12-16).
		[
			'baru mencapai sekitar 500 ribu hingga 600 ribu pekerja dari total angkatan kerja',
			'500',
			true,
		],
		[
			'baru mencapai sekitar 500 ribu hingga 600 ribu pekerja dari total angkatan kerja',
			'600',
			true,
		],
		['kategori desil 1-4', '4', true],
		['“Dari 100 orang angkatan kerja di Bolmut, baru 28 orang terjamin', '100', true],
		['sebanyak 6 dari 10 pekerja di Kabupaten Cirebon tercatat masih bekerja', '10', true],
		// A dash after a date is no range (sulseltimes-2025-09-30).
		['Selasa 30/09/2025 - 263.903 pekerja sudah terlindungi', '263.903', false],
		// Figures stay.
		['Kabupaten Bangli 16 desa dan 4 kelurahan', '16', false],
		['sebanyak 5.084 pekerja rentan resmi masuk', '5.084', false],
		['iuran Rp16.800 per bulan', '16.800', false],
		['mencapai 1.000/bulan', '1.000', false],
	];
	for (const [text, raw, skipped] of cases) {
		it(`${text} → ${raw} ${skipped ? 'skipped' : 'kept'}`, () =>
			expect(isNotAFigure(text, at(text, raw))).toBe(skipped));
	}
});
