/**
 * Vocabulary for reading numbers in Indonesian news text: scale words, number words, Roman
 * ranks, unit nouns and qualifiers. Keys are lower-case; callers match case-insensitively.
 */
import type { Qualifier } from '../schema/enums.ts';

/** Scale word → multiplier (both spellings of miliar and triliun occur in the articles). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
	ribu: 1e3,
	juta: 1e6,
	miliar: 1e9,
	milyar: 1e9,
	triliun: 1e12,
	trilyun: 1e12,
};

/** Digit words one to nine: alone ("satu tahun") or before belas, puluh, ratus or a scale word. */
export const DIGIT_WORDS: Readonly<Record<string, number>> = {
	satu: 1,
	dua: 2,
	tiga: 3,
	empat: 4,
	lima: 5,
	enam: 6,
	tujuh: 7,
	delapan: 8,
	sembilan: 9,
};

/** Words that stand for a whole number on their own ("sepuluh", "seratus", "seribu"). */
export const SE_WORDS: Readonly<Record<string, number>> = {
	sepuluh: 10,
	sebelas: 11,
	seratus: 100,
	seribu: 1e3,
	sejuta: 1e6,
};

/**
 * Words a number phrase can begin with ("tiga tantangan", "dua miliar enam belas juta"):
 * the digit words and the se- words. Followers (belas, puluh, ratus, scale words) never begin one.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { ...DIGIT_WORDS, ...SE_WORDS };

/** Ordinal words of a rank ("juara pertama", "Terbaik Kedua"), lower case. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
	pertama: 1,
	kedua: 2,
	ketiga: 3,
	keempat: 4,
	kelima: 5,
	keenam: 6,
	ketujuh: 7,
	kedelapan: 8,
	kesembilan: 9,
	kesepuluh: 10,
};

/** Roman numerals I–X, as used for ranks ("Juara II", "peringkat ke III"). */
export const ROMAN_NUMERALS: Readonly<Record<string, number>> = {
	I: 1,
	II: 2,
	III: 3,
	IV: 4,
	V: 5,
	VI: 6,
	VII: 7,
	VIII: 8,
	IX: 9,
	X: 10,
};

/**
 * Nouns that say what a number counts. "tahu" is the articles' typo for "tahun"; "persen" is
 * listed so a percent mention reports it as its unit word.
 */
export const UNIT_NOUNS: ReadonlySet<string> = new Set([
	'peserta',
	'orang',
	'pekerja',
	'jiwa',
	'anak',
	'keluarga',
	'penerima',
	'perangkat',
	'tenaga',
	'badan',
	'perusahaan',
	'pemberi',
	'kantor',
	'unit',
	'fasilitas',
	'desa',
	'kelurahan',
	'kasus',
	'klaim',
	'pengajuan',
	'hari',
	'minggu',
	'bulan',
	'tahun',
	'tahu',
	'persen',
]);

/** Unit words naming years; "N tahun" states N × 12 months. */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['tahun', 'tahu']);

/** Qualifier phrases (lower-case); "kurang lebih" must be tried before "kurang dari". */
export const QUALIFIERS: ReadonlyArray<readonly [phrase: string, qualifier: Qualifier]> = [
	['kurang lebih', 'approx'],
	['kira-kira', 'approx'],
	['disekitar', 'approx'],
	['sekitar', 'approx'],
	['lebih dari', 'at_least'],
	['kurang dari', 'at_most'],
];

/** Phrases that state a value of zero ("belum ada penyaluran manfaat klaim"). */
export const ZERO_PHRASES: readonly string[] = ['belum ada', 'tidak ada', 'nihil'];

/** Words months are counted in: "12 bulan" states a figure in months better than a bare 12. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(['bulan']);
