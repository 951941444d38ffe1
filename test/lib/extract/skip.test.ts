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
		// Figures stay.
		['sebanyak 5.084 pekerja rentan resmi masuk', '5.084', false],
		['iuran Rp16.800 per bulan', '16.800', false],
		['mencapai 1.000/bulan', '1.000', false],
	];
	for (const [text, raw, skipped] of cases) {
		it(`${text} → ${raw} ${skipped ? 'skipped' : 'kept'}`, () =>
			expect(isNotAFigure(text, at(text, raw))).toBe(skipped));
	}
});
