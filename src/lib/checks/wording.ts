/**
 * Numbers and phrases for check messages, per locale. All number formatting goes through
 * src/lib/format; this file only chooses decimals and words.
 */
import {
	decimalsOf,
	formatNumber,
	formatPercent,
	formatRupiah,
	formatRupiahShort,
} from '../format/number.ts';
import type { Locale } from '../format/locale.ts';
import { formatValue } from '../format/value.ts';
import { COUNT_UNITS, PERCENT_UNITS, type Label, type Unit } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import type { Source } from '../schema/source.ts';
import { breakdownSuffix } from '../derive/make-derived.ts';
import type { CheckContext } from './context.ts';
import { noise, printedHalfWidth } from './tolerance.ts';

const isRupiah = (unit: Unit) => unit.startsWith('idr');

/** Places the source printed (0 for whole amounts printed to the unit). */
function printedDecimals(f: Figure, unit: Unit): number {
	return printedHalfWidth(f, unit) === 0 ? 0 : decimalsOf(f.precision);
}

/** The source wrote the amount with a scale word ("Rp 5,3 miliar", "Rp924 juta"). */
export function printedShort(f: Figure, unit: Unit): boolean {
	return isRupiah(unit) && f.precision >= 500;
}

/** A number as it appears inside arithmetic: "31,6%", "Rp5,3 miliar", "214.687". */
export function formatTerm(
	value: number,
	unit: Unit,
	locale: Locale,
	decimals: number,
	short = false,
	fixed = false,
	precision?: number,
): string {
	if (unit === 'percent') return formatPercent(value, locale, decimals, fixed);
	if (unit === 'percent_change') return formatValue(value, unit, locale, decimals);
	if (isRupiah(unit))
		return short ? formatRupiahShort(value, locale, precision) : formatRupiah(value, locale);
	return formatNumber(value, locale, decimals, fixed);
}

/** A reported figure as printed, in arithmetic: "31,6%", "9,0%", "Rp437,3 miliar". */
export function formatFigureTerm(f: Figure, unit: Unit, locale: Locale): string {
	const short = printedShort(f, unit);
	return formatTerm(f.value, unit, locale, printedDecimals(f, unit), short, true, f.precision);
}

const QUALIFIER_WORDS: Record<string, Label> = {
	approx: { id: 'sekitar ', en: 'about ' },
	at_least: { id: 'lebih dari ', en: 'more than ' },
	at_most: { id: 'kurang dari ', en: 'less than ' },
};

/** A reported figure with its unit and qualifier: "sekitar 32%", "33.522 orang". */
export function formatReported(f: Figure, unit: Unit, locale: Locale): string {
	const words = f.qualifier === null ? '' : (QUALIFIER_WORDS[f.qualifier]?.[locale] ?? '');
	const decimals = printedDecimals(f, unit);
	const value = formatValue(f.value, unit, locale, decimals, printedShort(f, unit), f.precision);
	return `${words}${value}`;
}

/** A size of difference: "0,24 poin persentase", "60 orang", "Rp97,11 juta". */
export function formatDifference(
	value: number,
	unit: Unit,
	locale: Locale,
	decimals: number,
	short: boolean,
): string {
	const size = Math.abs(value);
	if (PERCENT_UNITS.includes(unit)) {
		const points = locale === 'id' ? 'poin persentase' : 'percentage points';
		return `${formatNumber(size, locale, decimals)} ${points}`;
	}
	if (unit === 'persons' && size === 1 && locale === 'en') return '1 person';
	return formatValue(size, unit, locale, decimals, short);
}

/**
 * Decimals to show a computed value with: none for whole amounts; otherwise one more than the
 * source printed (at least two), and more while the computed value would still read like the
 * reported one though it differs (8,37993 is shown "8,3799%", not "8,38%"), up to six.
 */
export function expectedDecimals(f: Figure, unit: Unit, expected: number): number {
	if (COUNT_UNITS.includes(unit) || isRupiah(unit)) return 0;
	let decimals = Math.max(2, printedDecimals(f, unit) + 1);
	const differs = Math.abs(expected - f.value) > noise(expected, f.value);
	const reads = (d: number, x: number) => formatNumber(x, 'en', d);
	while (differs && decimals < 6 && reads(decimals, expected) === reads(decimals, f.value))
		decimals++;
	return decimals;
}

const SOURCE_NOUN: Record<Source['kind'], Label> = {
	news: { id: 'Artikel', en: 'The article' },
	official: { id: 'Dokumen', en: 'The document' },
	report: { id: 'Laporan', en: 'The report' },
};

/** "Artikel" / "The article", after the kind of the figure's source. */
export function sourceNoun(ctx: CheckContext, f: Figure): Label {
	const kind = ctx.sources.get(f.sourceId)?.kind;
	return kind ? SOURCE_NOUN[kind] : { id: 'Sumber', en: 'The source' };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What the reported figure is: "cakupan kepesertaan (PU)" / "the coverage rate (PU)". */
export function subjectOf(ctx: CheckContext, f: Figure, withBasis = true): Label {
	const label = ctx.indicators.get(f.indicator)?.label ?? { id: f.indicator, en: f.indicator };
	return {
		id: `${lowerFirst(label.id)}${breakdownSuffix(f, 'id', withBasis)}`,
		en: `the ${lowerFirst(label.en)}${breakdownSuffix(f, 'en', withBasis)}`,
	};
}
