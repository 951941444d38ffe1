import { describe, expect, it } from 'vitest';
import { quotesNotInText } from '../../../src/lib/sources/quotes-in-text.ts';
import { makeFigure } from '../helpers/make-figure.ts';

const PAGE = `Kota Metro (Kupastuntas) – Anggaran naik sekitar 8,38 persen,
dari Rp1.699.805.664 tahun 2024 menjadi Rp1.842.248.232 tahun 2025 bagi “7.446 peserta”.`;

describe('quotesNotInText', () => {
	it.each([
		['a span on one line', 'naik sekitar 8,38 persen', true],
		['a span across a line break', 'persen, dari Rp1.699.805.664', true],
		['typographic quotes read as plain ones', '"7.446 peserta"', true],
		['a number written differently', 'naik sekitar 8.38 persen', false],
		['a paraphrase', 'anggaran bertambah 8,38 persen', false],
	])('%s', (_, quote, found) => {
		const figure = makeFigure({ indicator: 'coverage_rate', value: 1, quote });
		expect(quotesNotInText(PAGE, [figure]).length === 0).toBe(found);
	});
});
