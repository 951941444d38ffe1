import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod } from '../../../src/lib/format/date.ts';
import {
	decimalsOf,
	formatChange,
	formatNumber,
	formatPercent,
	formatRupiah,
	formatRupiahShort,
} from '../../../src/lib/format/number.ts';
import { formatValue } from '../../../src/lib/format/value.ts';
import { documentTitle } from '../../../src/lib/format/title.ts';
import { parsePeriod } from '../../../src/lib/schema/period.ts';
import type { Period } from '../../../src/lib/schema/period.ts';

const period = (text: string) => parsePeriod(text) as Period;

describe('numbers per locale', () => {
	it.each([
		[() => formatNumber(1842248232, 'id'), '1.842.248.232'],
		[() => formatNumber(1842248232, 'en'), '1,842,248,232'],
		[() => formatPercent(41.66, 'id'), '41,66%'],
		[() => formatPercent(41.66, 'en'), '41.66%'],
		[() => formatPercent(9, 'id', 1, true), '9,0%'],
		[() => formatChange(8.38, 'id'), '+8,38%'],
		[() => formatChange(-2.5, 'en'), '−2.5%'],
		[() => formatRupiah(1842248232, 'id'), 'Rp1.842.248.232'],
		[() => formatRupiah(1842248232, 'en'), 'IDR 1,842,248,232'],
		[() => formatRupiahShort(1842248232, 'id'), 'Rp1,84 miliar'],
		[() => formatRupiahShort(1842248232, 'en'), 'IDR 1.84 billion'],
		[() => formatRupiahShort(5060579420000, 'id'), 'Rp5,06 triliun'],
		[() => formatRupiahShort(247000, 'id'), 'Rp247.000'],
		[() => formatValue(7446, 'persons', 'id'), '7.446 orang'],
		[() => formatValue(7446, 'persons', 'en'), '7,446 people'],
		[() => formatValue(26.3, 'percent', 'id', 2), '26,30%'],
		[() => formatValue(16800, 'idr_per_person_month', 'en'), 'IDR 16,800 per person per month'],
		[() => formatValue(3, 'per_1000', 'id', 0), '3 per 1.000 peserta'],
	])('%#: %s', (format, expected) => {
		expect(format()).toBe(expected);
	});

	it.each([
		[0.05, 1],
		[0.005, 2],
		[0.5, 0],
		[500, 0],
		[0, 0],
	])('precision %d means %d decimals', (precision, decimals) => {
		expect(decimalsOf(precision)).toBe(decimals);
	});
});

describe('dates per locale', () => {
	it.each([
		['2025-10-31', 'id', '31 Oktober 2025'],
		['2025-10-31', 'en', '31 October 2025'],
		['2025-11', 'id', 'November 2025'],
		['2025', 'en', '2025'],
	] as const)('%s in %s is %s', (date, locale, expected) => {
		expect(formatDate(date, locale)).toBe(expected);
	});

	it('writes an interval with both ends', () => {
		expect(formatPeriod(period('2025-01-01/2025-10-31'), 'id')).toBe(
			'1 Januari 2025 – 31 Oktober 2025',
		);
		expect(formatPeriod(period('2025-01/2025-03'), 'en')).toBe('January 2025 – March 2025');
	});
});

describe('documentTitle', () => {
	it.each([
		['Pantau Jamsostek', 'Pantau Jamsostek'],
		['Kota Malang', 'Kota Malang — Pantau Jamsostek'],
		[
			'Jurus Kolaborasi Pemkot Malang dan BPJS Ketenagakerjaan Pastikan Perlindungan Kelompok Rentan',
			'Jurus Kolaborasi Pemkot Malang dan BPJS… — Pantau Jamsostek',
		],
		// antara-jateng-2025-03-13: its quotes are written &quot; in the page, six characters each.
		[
			'Pemkab Pati kejar target "Universal Coverage" Jamsostek',
			'Pemkab Pati kejar target "Universal… — Pantau Jamsostek',
		],
	])('%s', (title, expected) => {
		const result = documentTitle(title, 'Pantau Jamsostek');
		expect(result).toBe(expected);
		const written = result.replaceAll('"', '&quot;').replaceAll("'", '&#39;');
		expect(written.length).toBeLessThanOrEqual(70);
	});
});
