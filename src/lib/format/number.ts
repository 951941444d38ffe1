/**
 * Numbers for readers, per locale: `1.842.248.232` / `1,842,248,232`, `41,66%` / `41.66%`,
 * `Rp1,84 miliar` / `IDR 1.84 billion`. Components never call toFixed or toLocaleString.
 */
import { formatDecimal } from './decimal.ts';
import { memoisedFormat, numberFormat, type Locale } from './locale.ts';

/** Decimal places implied by a printed precision (half a unit of the last digit): 0.05 → 1. */
export function decimalsOf(precision: number): number {
	if (!(precision > 0) || precision >= 0.5) return 0;
	return Math.min(6, Math.max(0, Math.round(-Math.log10(precision * 2))));
}

type Formatter = (value: number) => string;

/** formatNumber's formatters by locale, then `decimals * 2 + fixed` (found without a string key). */
const plain: Record<Locale, Formatter[]> = { id: [], en: [] };

function plainFormatter(locale: Locale, decimals: number, fixed: boolean): Formatter {
	const slot = Number.isInteger(decimals) && decimals >= 0 ? decimals * 2 + (fixed ? 1 : 0) : -1;
	const found = slot >= 0 ? plain[locale][slot] : undefined;
	if (found) return found;
	const intl = memoisedFormat(
		numberFormat(locale, {
			maximumFractionDigits: decimals,
			minimumFractionDigits: fixed ? decimals : 0,
		}),
	);
	const format = (value: number) => formatDecimal(value, locale, decimals, fixed) ?? intl(value);
	if (slot >= 0) plain[locale][slot] = format;
	return format;
}

/** A plain number with grouping, at most `decimals` places (exactly, when `fixed`). */
export function formatNumber(value: number, locale: Locale, decimals = 0, fixed = false): string {
	return plainFormatter(locale, decimals, fixed)(value);
}

/** A percentage given in percent units (41.66 → "41,66%"). */
export function formatPercent(value: number, locale: Locale, decimals = 2, fixed = false): string {
	return `${formatNumber(value, locale, decimals, fixed)}%`;
}

/** A signed change in percent (8.38 → "+8,38%"). */
export function formatChange(value: number, locale: Locale, decimals = 2): string {
	const sign = value > 0 ? '+' : value < 0 ? '−' : '';
	return `${sign}${formatPercent(Math.abs(value), locale, decimals)}`;
}

/** Rupiah in full: "Rp1.842.248.232" / "IDR 1,842,248,232". */
export function formatRupiah(value: number, locale: Locale, decimals = 0): string {
	const n = formatNumber(value, locale, decimals);
	return locale === 'id' ? `Rp${n}` : `IDR ${n}`;
}

const compactIn = (locale: Locale) =>
	memoisedFormat(
		numberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }),
	);
const compact: Record<Locale, Formatter> = { id: compactIn('id'), en: compactIn('en') };

const SCALES: readonly { size: number; id: string; en: string }[] = [
	{ size: 1e12, id: 'triliun', en: 'trillion' },
	{ size: 1e9, id: 'miliar', en: 'billion' },
	{ size: 1e6, id: 'juta', en: 'million' },
];

/**
 * Rupiah in words for large amounts: "Rp1,84 miliar" / "IDR 1.84 billion"; small ones in full.
 * With the printed precision of a reported amount (half a unit of its last digit), the amount
 * keeps exactly the places its source printed: "Rp1,008 miliar" stays "Rp1,008 miliar".
 */
export function formatRupiahShort(value: number, locale: Locale, precision?: number): string {
	if (Math.abs(value) < 1_000_000) return formatRupiah(value, locale);
	const scale = precision === undefined ? undefined : SCALES.find((s) => Math.abs(value) >= s.size);
	const n = scale
		? `${formatNumber(value / scale.size, locale, decimalsOf((precision ?? 0) / scale.size), true)} ${scale[locale]}`
		: compact[locale](value);
	return locale === 'id' ? `Rp${n}` : `IDR ${n}`;
}
