/** A figure's value in the words of its unit, per locale. */
import type { Unit } from '../schema/enums.ts';
import type { Locale } from './locale.ts';
import {
	formatChange,
	formatNumber,
	formatPercent,
	formatRupiah,
	formatRupiahShort,
} from './number.ts';

const SUFFIX: Partial<Record<Unit, Record<Locale, string>>> = {
	persons: { id: 'orang', en: 'people' },
	months: { id: 'bulan', en: 'months' },
	days: { id: 'hari', en: 'days' },
	per_1000: { id: 'per 1.000 peserta', en: 'per 1,000 participants' },
	idr_per_person_month: { id: 'per orang per bulan', en: 'per person per month' },
	idr_per_person_year: { id: 'per orang per tahun', en: 'per person per year' },
	idr_per_person: { id: 'per orang', en: 'per person' },
};

/**
 * Formats a value with its unit. `decimals` is the number of places the source printed
 * (see decimalsOf), so "26,30 persen" stays "26,30%". `short` writes large rupiah in words;
 * with `precision` (a reported figure's), in words with the places its source printed.
 */
export function formatValue(
	value: number,
	unit: Unit,
	locale: Locale,
	decimals = 2,
	short = false,
	precision?: number,
): string {
	const suffix = SUFFIX[unit]?.[locale];
	const withSuffix = (s: string) => (suffix ? `${s} ${suffix}` : s);
	switch (unit) {
		case 'percent':
			return formatPercent(value, locale, decimals, true);
		case 'percent_change':
			return formatChange(value, locale, decimals);
		case 'idr':
			return short ? formatRupiahShort(value, locale, precision) : formatRupiah(value, locale);
		case 'idr_per_person_month':
		case 'idr_per_person_year':
		case 'idr_per_person':
			return withSuffix(
				short ? formatRupiahShort(value, locale, precision) : formatRupiah(value, locale),
			);
		case 'rank':
			return locale === 'id'
				? `peringkat ${formatNumber(value, locale)}`
				: `rank ${formatNumber(value, locale)}`;
		default:
			return withSuffix(formatNumber(value, locale, decimals));
	}
}
