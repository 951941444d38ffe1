/** Indonesian dates and periods, as the extractor reads them. */
import { describe, expect, it } from 'vitest';
import { articleDate, findDates, resolvePeriod } from '../../../src/lib/extract/dates.ts';

describe('findDates', () => {
	/** [text, [raw, kind, period][]] */
	const cases: [string, [string, string, string][]][] = [
		['Jumat, 31 Oktober 2025', [['31 Oktober 2025', 'stated', '2025-10-31']]],
		['per Tanggal 13 November 2024', [['13 November 2024', 'stated', '2024-11-13']]],
		['Rabu, Tanggal 13 Nopember 2024', [['13 Nopember 2024', 'stated', '2024-11-13']]],
		['1 Pebruari 2024', [['1 Pebruari 2024', 'stated', '2024-02-01']]],
		[
			'selama periode 1 Januari-31 Oktober 2025 sudah',
			[['1 Januari-31 Oktober 2025', 'stated', '2025-01-01/2025-10-31']],
		],
		['1 - 15 Maret 2025', [['1 - 15 Maret 2025', 'stated', '2025-03-01/2025-03-15']]],
		[
			'sepanjang Januari hingga Oktober 2025 terdapat',
			[['Januari hingga Oktober 2025', 'stated', '2025-01/2025-10']],
		],
		['Data hingga Maret 2025 menunjukkan', [['hingga Maret 2025', 'until', '2025-03']]],
		['pada Agustus 2025', [['Agustus 2025', 'stated', '2025-08']]],
		['pada November ini mencapai', [['November ini', 'relative', '11']]],
		['Hingga saat ini, cakupan', [['Hingga saat ini', 'relative', '']]],
		['atau sekitar 32 persen pada 2024.', [['2024', 'stated', '2024']]],
		['Sepanjang tahun 2025, BPJS', [['2025', 'stated', '2025']]],
		['Sabtu (29/11/2025).', [['29/11/2025', 'stated', '2025-11-29']]],
		['2024-11-15 23:43:09', [['2024-11-15 23:43:09', 'stated', '2024-11-15']]],
		['RPJPD Kota Malang 2025-2045, kepesertaan', [['2025-2045', 'plan', '2025/2045']]],
		['pada 2023-2024 naik', [['2023-2024', 'stated', '2023/2024']]],
		// Legal citations, percents and grouped numbers are not dates.
		['SE Nomor 37 Tahun 2022 tentang', []],
		['PP 44/2015 tentang JKK', []],
		['naik 2025 persen', []],
		['sebanyak 2.025 orang', []],
		['31 Februari 2025', [['Februari 2025', 'stated', '2025-02']]],
		// Real wording of the tuning half (source ids in the period-rule tests).
		[
			'klaim yang diajukan oleh peserta hingga per 10 Maret 2025 sudah mencapai',
			[['hingga per 10 Maret 2025', 'until', '2025-03-10']],
		],
		[
			'sampai dengan Desember tahun 2023 mencapai angka 42,22 persen',
			[['sampai dengan Desember tahun 2023', 'until', '2023-12']],
		],
		[
			'mencapai 40.196.096 orang hingga akhir kuartal I-2025',
			[['hingga akhir kuartal I-2025', 'until', '2025-03']],
		],
		[
			'meningkat tajam sebesar 100,6 persen pada kuartal I-2025 dibandingkan',
			[['kuartal I-2025', 'stated', '2025-01/2025-03']],
		],
		[
			'sejak dimulai pada Maret 2022, Pemkab Sijunjung',
			[['sejak dimulai pada Maret 2022', 'since', '2022-03']],
		],
		[
			'terhitung 2023 sampai 2025. Dari 20.614 pekerja',
			[['2023 sampai 2025', 'stated', '2023/2025']],
		],
		[
			'karena itu target tahun ini diharapkan bisa mencapai 60 persen',
			[['tahun ini', 'relative', '']],
		],
		[
			'selama 2024 mencapai sekitar Rp77,41 miliar atau turun dibanding tahun sebelumnya Rp93,35 miliar',
			[
				['2024', 'stated', '2024'],
				['tahun sebelumnya', 'stated', '2023'],
			],
		],
	];
	for (const [text, expected] of cases) {
		it(text, () => {
			expect(findDates(text).map((d) => [d.raw, d.kind, d.period])).toEqual(expected);
		});
	}
});

describe('findDates marks years relative to the article and bases of comparisons', () => {
	it('"tahun depan", "tahun lalu" and "tahun lampau" count from the article\'s year', () => {
		const found = findDates('target tahun depan; klaim tahun lalu; pada tahun lampau');
		expect(found.map((d) => d.yearOffset)).toEqual([1, -1, -1]);
		const [next] = found;
		if (!next) throw new Error('no date');
		expect(resolvePeriod(next, '2025-09-23', false)).toBe('2026');
	});
	it('"naik 17 persen dari 2021" and "dibandingkan tahun sebelumnya" are comparisons', () => {
		const found = findDates(
			'naik 17 persen dari 2021 nan sebesar Rp37 triliun; meningkat 31,98 persen dibandingkan tahun sebelumnya',
		);
		expect(found.map((d) => d.comparison)).toEqual([true, true]);
	});
	it('"hingga per 10 Maret 2025" runs from 1 January for flows, "sejak Maret 2022" to the article', () => {
		const [until] = findDates('hingga per 10 Maret 2025');
		const [since] = findDates('sejak dimulai pada Maret 2022');
		if (!until || !since) throw new Error('no date');
		expect(resolvePeriod(until, '2025-03-10', true)).toBe('2025-01-01/2025-03-10');
		expect(resolvePeriod(until, '2025-03-10', false)).toBe('2025-03-10');
		expect(resolvePeriod(since, '2025-07-26', true)).toBe('2022-03/2025-07');
		expect(resolvePeriod(since, '2025-07-26', false)).toBe('2025-07');
	});
});

describe('resolvePeriod', () => {
	const [until] = findDates('hingga Maret 2025');
	const [now] = findDates('saat ini');
	const [november] = findDates('November ini');
	it('reads "until" dates as year to date for flows and as the month for stocks', () => {
		if (!until) throw new Error('no date');
		expect(resolvePeriod(until, '2025-04-02', true)).toBe('2025-01/2025-03');
		expect(resolvePeriod(until, '2025-04-02', false)).toBe('2025-03');
	});
	it('places relative dates in the article month or year', () => {
		if (!now || !november) throw new Error('no date');
		expect(resolvePeriod(now, '2024-11-15', false)).toBe('2024-11');
		expect(resolvePeriod(now, '2025', false)).toBe('2025');
		expect(resolvePeriod(november, '2025-11-29', false)).toBe('2025-11');
		expect(resolvePeriod(now, undefined, false)).toBeUndefined();
	});
});

describe('articleDate', () => {
	it('takes the dateline in the first lines', () => {
		expect(articleDate('• Jumat, 31 Oktober 2025\n\nJudul 2024\n\nTeks 1 Januari 2026.')).toEqual({
			date: '2025-10-31',
			how: 'dateline "31 Oktober 2025"',
		});
	});
	it('never takes a date from the body: those are dates of events (a weekday alone is no date)', () => {
		const body = ['Jumat', '', 'a', 'b', 'c', 'd', 'e'].join('\n');
		expect(articleDate(`${body}\nPada 25 November 2025 dan Sabtu (29/11/2025).`)).toBeUndefined();
		expect(articleDate(`${body}\nData hingga Maret 2025, sepanjang tahun 2025.`)).toBeUndefined();
		expect(articleDate('Tanpa tanggal.')).toBeUndefined();
	});
});
