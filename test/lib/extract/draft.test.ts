/** Quotes cut from clauses, the draft CSV and the data-folder guard. */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/lib/extract/candidates.ts';
import { DRAFT_COLUMNS, machineNumber, toDraftCsv } from '../../../src/lib/extract/draft-csv.ts';
import { isInside } from '../../../src/lib/extract/out-path.ts';
import { quoteSpan } from '../../../src/lib/extract/quote.ts';
import { FIGURE_COLUMNS } from '../../../src/lib/schema/figure-row.ts';
import { tempDir } from '../../scripts/helpers.ts';

/** The quote for the `n`-th of `numbers` (as printed) in `text`, taken as one clause. */
function quote(text: string, numbers: string[], n: number): string {
	const spans = numbers.map((raw) => {
		const start = text.indexOf(raw);
		return { start, end: start + raw.length };
	});
	const number = spans[n];
	if (!number) throw new Error('no such number');
	const q = quoteSpan(
		text,
		{ start: 0, end: text.length },
		number,
		spans.filter((_, i) => i !== n),
	);
	return text.slice(q.start, q.end);
}

describe('quoteSpan', () => {
	const cases: [string, string[], number, string][] = [
		['Kegiatan diikuti 167 Peserta', ['167'], 0, 'Kegiatan diikuti 167 Peserta'],
		// Figures closer than three words stay together; farther ones are cut away.
		['Rp 519 juta untuk 335 anak SD', ['Rp 519 juta', '335'], 1, 'Rp 519 juta untuk 335 anak SD'],
		[
			'sebanyak 159.475 orang merupakan pekerja penerima upah dan 35.814 orang pekerja bukan penerima upah',
			['159.475', '35.814'],
			0,
			'sebanyak 159.475 orang merupakan pekerja penerima upah',
		],
		[
			'Tiap penerima dibayarkan iuran sebesar Rp 16.800 per bulan selama satu tahun ke depan',
			['Rp 16.800', 'satu'],
			1,
			'selama satu tahun ke depan',
		],
		// A long clause keeps six words before and five after, without dangling conjunctions.
		[
			'Kepala Kantor BPJS Ketenagakerjaan Cabang di wilayah kerja yang luas itu menegaskan cakupan kepesertaan saat ini baru mencapai 35 persen dari seluruh pekerja formal maupun informal di daerah dan',
			['35 persen'],
			0,
			'cakupan kepesertaan saat ini baru mencapai 35 persen dari seluruh pekerja formal maupun',
		],
		['“Angka 7.446 peserta”', ['7.446'], 0, 'Angka 7.446 peserta'],
	];
	for (const [text, numbers, n, expected] of cases) {
		it(expected, () => expect(quote(text, numbers, n)).toBe(expected));
	}
});

const candidate = (over: Partial<Candidate>): Candidate => ({
	region: '35.73',
	indicator: 'claims_amount',
	segment: '',
	program: 'JHT',
	funding: '',
	level: '',
	basis: '',
	plan: '',
	period: '2025-01-01/2025-10-31',
	value: 437.3e9,
	qualifier: '',
	quote: 'Rp 437,3 miliar untuk program Jaminan Hari Tua (JHT)',
	note: '',
	confidence: 0.8,
	factors: {
		tier: 'near',
		period: 'clause',
		region: 'named',
		indicator: 'claims_amount',
		unread: false,
		basis: false,
		statedAgain: false,
	},
	reason: 'indicator: "klaim" (near)',
	raw: 'Rp 437,3 miliar',
	start: 0,
	...over,
});

describe('toDraftCsv', () => {
	it('writes the figures.csv columns, then confidence and reason', () => {
		expect(DRAFT_COLUMNS).toEqual([...FIGURE_COLUMNS, 'confidence', 'reason']);
		const csv = toDraftCsv([
			candidate({}),
			candidate({ value: 8.38, quote: 'naik "sekitar" 8,38 persen, katanya', confidence: 0.456 }),
		]);
		expect(csv.split('\n')[0]).toBe(DRAFT_COLUMNS.join(','));
		expect(csv.split('\n')[1]).toBe(
			'35.73,claims_amount,,JHT,,,,,2025-01-01/2025-10-31,437300000000,,"Rp 437,3 miliar untuk program Jaminan Hari Tua (JHT)",,0.80,"indicator: ""klaim"" (near)"',
		);
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(parsed.data[1]).toMatchObject({
			value: '8.38',
			quote: 'naik "sekitar" 8,38 persen, katanya',
			confidence: '0.46',
		});
	});

	it('prints values as plain machine numbers', () => {
		const cases: [number, string][] = [
			[5_060_579_420_000, '5060579420000'],
			[531.1e9, '531100000000'],
			[8.38, '8.38'],
			[0.1 + 0.2, '0.3'],
			[0, '0'],
		];
		for (const [value, text] of cases) expect(machineNumber(value)).toBe(text);
	});
});

describe('isInside', () => {
	let cleanup = () => {};
	afterEach(() => cleanup());

	it('sees through relative paths, ".." and symbolic links', () => {
		const t = tempDir();
		cleanup = t.cleanup;
		const data = join(t.dir, 'data');
		mkdirSync(join(data, 'sources'), { recursive: true });
		symlinkSync(data, join(t.dir, 'link'));
		expect(isInside(data, join(data, 'draft.csv'))).toBe(true);
		expect(isInside(data, join(data, 'sources', 'x', 'figures.csv'))).toBe(true);
		expect(isInside(data, join(t.dir, 'other', '..', 'data', 'x.csv'))).toBe(true);
		expect(isInside(data, join(t.dir, 'link', 'x.csv'))).toBe(true);
		expect(isInside(data, data)).toBe(true);
		expect(isInside(data, join(t.dir, 'draft.csv'))).toBe(false);
		expect(isInside(data, join(t.dir, 'data-draft.csv'))).toBe(false);
	});
});
