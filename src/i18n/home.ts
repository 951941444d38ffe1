/**
 * Strings of the home page's question and region finder, the compact header and footer
 * menus, and the province map's key, in both languages. The Indonesian table is the
 * reference: the English one must have the same keys and types.
 */
import type { Locale } from '../lib/format/locale.ts';

const id = {
	/** The question the site answers: the home page's H1. */
	homeQuestion: 'Seberapa banyak pekerja di daerah Anda terlindungi BPJS Ketenagakerjaan?',
	homeAnswerIntro:
		'Pilih daerah Anda: cakupan kepesertaan, bantuan iuran dari pemerintah daerah dan klaim yang dibayar, setiap angka dengan sumber dan kutipannya.',
	finderHeading: 'Cari daerah Anda',
	finderLabel: 'Nama provinsi, kabupaten atau kota',
	finderButton: 'Cari',
	finderProvinces: 'Atau pilih provinsi. Halamannya memuat semua kabupaten dan kotanya.',
	finderProvincesLabel: 'Provinsi',
	/** The summary of the header's menu of the other sections. */
	navMore: 'Lainnya',
	/** Name of the footer's list of every section. */
	footerNav: 'Semua bagian situs',
	/** Map key: provinces with figures but no coverage figure, then those without any. */
	mapNoCoverage: 'Ada data, tanpa angka cakupan',
	mapNoData: 'Belum ada data',
};

export type HomeStrings = typeof id;

const en: HomeStrings = {
	homeQuestion: 'How many workers in your area are protected by BPJS Ketenagakerjaan?',
	homeAnswerIntro:
		'Choose your area: how many workers are covered, what the local government pays towards their contributions and which claims were paid, every figure with its source and quote.',
	finderHeading: 'Find your area',
	finderLabel: 'Province, regency or city name',
	finderButton: 'Search',
	finderProvinces: 'Or choose a province. Its page lists all its regencies and cities.',
	finderProvincesLabel: 'Provinces',
	navMore: 'More',
	footerNav: 'All sections of the site',
	mapNoCoverage: 'Data, but no coverage figure',
	mapNoData: 'No data yet',
};

/** The strings of one locale. */
export function homeStrings(locale: Locale): HomeStrings {
	return locale === 'en' ? en : id;
}
