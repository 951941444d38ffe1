import { describe, expect, it } from 'vitest';
import { readNumberPhrase } from '../../../src/lib/parse/number-phrase.ts';

describe('readNumberPhrase', () => {
	it.each<{ text: string; phrase: string; value: number; scale: number; approx?: boolean }>([
		// "pembiayaan sebesar dua miliar enam belas juta rupiah" (buseronlinenews 2025-10-17)
		{
			text: 'dua miliar enam belas juta rupiah',
			phrase: 'dua miliar enam belas juta',
			value: 2016000000,
			scale: 1e6,
		},
		{ text: 'satu juta pekerja', phrase: 'satu juta', value: 1e6, scale: 1e6 },
		{ text: 'tiga ratus desa', phrase: 'tiga ratus', value: 300, scale: 1 },
		{ text: 'seratus', phrase: 'seratus', value: 100, scale: 1 },
		{ text: 'sepuluh ribu orang', phrase: 'sepuluh ribu', value: 10000, scale: 1e3 },
		{ text: 'sebelas', phrase: 'sebelas', value: 11, scale: 1 },
		{ text: 'tujuh belas', phrase: 'tujuh belas', value: 17, scale: 1 },
		{ text: 'dua puluh lima', phrase: 'dua puluh lima', value: 25, scale: 1 },
		{ text: 'seribu lima ratus orang', phrase: 'seribu lima ratus', value: 1500, scale: 1 },
		{ text: 'Sejuta pekerja', phrase: 'Sejuta', value: 1e6, scale: 1e6 },
		{
			text: 'sembilan ratus sembilan puluh sembilan triliun delapan milyar tiga ratus ribu dua',
			phrase: 'sembilan ratus sembilan puluh sembilan triliun delapan milyar tiga ratus ribu dua',
			value: 999_008_000_300_002,
			scale: 1,
		},
		{
			text: 'dua ratus lima belas ribu',
			phrase: 'dua ratus lima belas ribu',
			value: 215000,
			scale: 1e3,
		},
		{ text: 'dua jutaan pekerja', phrase: 'dua jutaan', value: 2e6, scale: 1e6, approx: true },
		// Words that cannot continue the number end it.
		{ text: 'tiga tantangan', phrase: 'tiga', value: 3, scale: 1 },
		{ text: 'dua tiga orang', phrase: 'dua', value: 2, scale: 1 },
		{ text: 'tiga belas dua', phrase: 'tiga belas', value: 13, scale: 1 },
		{ text: 'dua ribu juta', phrase: 'dua ribu', value: 2000, scale: 1e3 },
		// Scales must fall: "tiga miliar" is a number of its own, not part of this one.
		{ text: 'dua juta tiga miliar', phrase: 'dua juta', value: 2e6, scale: 1e6 },
		{ text: 'dua puluh tiga ratus', phrase: 'dua puluh', value: 20, scale: 1 },
		{ text: 'dua ribu seribu', phrase: 'dua ribu', value: 2000, scale: 1e3 },
	])('"$text" → $value', ({ text, phrase, value, scale, approx = false }) => {
		expect(readNumberPhrase(text, 0)).toEqual({ end: phrase.length, value, scale, approx });
	});
});
