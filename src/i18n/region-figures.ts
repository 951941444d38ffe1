/**
 * Words of a region with a long history, in both site languages: its page shows the latest
 * value of each series and links to its figures page, which lists everything.
 */
import { formatNumber } from '../lib/format/number.ts';
import type { Locale } from '../lib/format/locale.ts';

/** The strings of one locale. */
export interface RegionFiguresStrings {
	/** Title of the figures page: "Semua angka: Kota Malang". */
	title: (name: string) => string;
	description: (name: string, figures: number, derived: number, checks: number) => string;
	/** Lead of the figures page, under its title. */
	lede: (figures: number, derived: number, checks: number) => string;
	backToRegion: (name: string) => string;
	latestTitle: string;
	latestIntro: string;
	latestCaption: (name: string) => string;
	/** Link from the region page to the figures page. */
	seeAll: (figures: number, derived: number, checks: number) => string;
	/** Under the flagged checks: how many other checks there are, on the figures page. */
	otherChecks: (pass: number, within: number) => string;
	/** Under the newest sources: how many more the figures page lists. */
	moreSources: (n: number) => string;
	allChecksTitle: string;
}

const idn = (n: number) => formatNumber(n, 'id');
const eng = (n: number) => formatNumber(n, 'en');

const id: RegionFiguresStrings = {
	title: (name) => `Semua angka: ${name}`,
	description: (name, figures, derived, checks) =>
		`Semua ${idn(figures)} angka yang dilaporkan untuk ${name} dengan sumber dan kutipannya, ${idn(derived)} angka turunan dan ${idn(checks)} pemeriksaan silang.`,
	lede: (figures, derived, checks) =>
		`${idn(figures)} angka yang dilaporkan, ${idn(derived)} angka turunan, ${idn(checks)} pemeriksaan silang`,
	backToRegion: (name) => `Kembali ke ringkasan ${name}`,
	latestTitle: 'Angka terbaru',
	latestIntro:
		'Nilai terbaru setiap rangkaian angka, dengan sumber dan kutipannya. Riwayat lengkapnya ada di halaman semua angka.',
	latestCaption: (name) => `Angka terbaru yang dilaporkan untuk ${name}`,
	seeAll: (figures, derived, checks) =>
		`Semua angka: ${idn(figures)} angka yang dilaporkan, ${idn(derived)} angka turunan dan ${idn(checks)} pemeriksaan silang`,
	otherChecks: (pass, within) =>
		`${idn(pass)} pemeriksaan lain cocok dan ${idn(within)} cocok dalam batas pembulatan; semuanya ada di halaman semua angka.`,
	moreSources: (n) => `dan ${idn(n)} sumber lain di halaman semua angka`,
	allChecksTitle: 'Semua pemeriksaan silang',
};

const en: RegionFiguresStrings = {
	title: (name) => `All figures: ${name}`,
	description: (name, figures, derived, checks) =>
		`All ${eng(figures)} figures reported for ${name} with their sources and quotes, ${eng(derived)} derived figures and ${eng(checks)} cross-checks.`,
	lede: (figures, derived, checks) =>
		`${eng(figures)} reported figures, ${eng(derived)} derived figures, ${eng(checks)} cross-checks`,
	backToRegion: (name) => `Back to the summary of ${name}`,
	latestTitle: 'Latest figures',
	latestIntro:
		'The newest value of each series, with its source and quote. The full history is on the page of all figures.',
	latestCaption: (name) => `Latest figures reported for ${name}`,
	seeAll: (figures, derived, checks) =>
		`All figures: ${eng(figures)} reported figures, ${eng(derived)} derived figures and ${eng(checks)} cross-checks`,
	otherChecks: (pass, within) =>
		`${eng(pass)} other checks agree and ${eng(within)} agree within rounding; all are on the page of all figures.`,
	moreSources: (n) => `and ${eng(n)} more sources on the page of all figures`,
	allChecksTitle: 'All cross-checks',
};

const strings: Record<Locale, RegionFiguresStrings> = { id, en };

/** The strings of a locale. */
export function regionFiguresStrings(locale: Locale): RegionFiguresStrings {
	return strings[locale];
}
