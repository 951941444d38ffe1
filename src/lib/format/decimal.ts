/**
 * The plain number format of Intl.NumberFormat (grouping, at most or exactly `decimals`
 * places), written out for the site's two locales: checks print hundreds of thousands of
 * numbers and an Intl call costs several times this. Like ICU it rounds the shortest decimal
 * that reads back as the value (1.005 → "1,01", where toFixed gives "1.00"), half away from
 * zero. test/lib/format/decimal.test.ts compares it with Intl over many values.
 */
import type { Locale } from './locale.ts';

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
	id: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' },
};

/** Adds one to the last digit of a string of decimal digits ("199" → "200", "99" → "100"). */
function incremented(digits: string): string {
	let i = digits.length - 1;
	while (i >= 0 && digits.charCodeAt(i) === 57 /* 9 */) i--;
	if (i < 0) return `1${'0'.repeat(digits.length)}`;
	const next = String.fromCharCode(digits.charCodeAt(i) + 1);
	return `${digits.slice(0, i)}${next}${'0'.repeat(digits.length - i - 1)}`;
}

/** "1234567" → "1.234.567" (every three digits from the right). */
function grouped(int: string, separator: string): string {
	if (int.length <= 3) return int;
	let out = int.slice(0, ((int.length - 1) % 3) + 1);
	for (let i = out.length; i < int.length; i += 3) out += separator + int.slice(i, i + 3);
	return out;
}

/**
 * `value` as Intl.NumberFormat(locale, { maximumFractionDigits: decimals,
 * minimumFractionDigits: fixed ? decimals : 0 }) prints it, or undefined for values this does
 * not handle (not finite, or printed by JavaScript with an exponent): ask Intl then.
 */
export function formatDecimal(
	value: number,
	locale: Locale,
	decimals: number,
	fixed: boolean,
): string | undefined {
	if (!Number.isFinite(value) || !Number.isInteger(decimals) || decimals < 0 || decimals > 20)
		return undefined;
	const text = String(Math.abs(value));
	if (text.includes('e')) return undefined;
	const dot = text.indexOf('.');
	let int = dot < 0 ? text : text.slice(0, dot);
	let frac = dot < 0 ? '' : text.slice(dot + 1);
	if (frac.length > decimals) {
		const roundUp = frac.charCodeAt(decimals) >= 53; /* 5 */
		frac = frac.slice(0, decimals);
		if (roundUp) {
			const digits = incremented(int + frac);
			int = digits.slice(0, digits.length - decimals);
			frac = digits.slice(digits.length - decimals);
		}
	}
	if (fixed) frac = frac.padEnd(decimals, '0');
	else {
		let end = frac.length;
		while (end > 0 && frac.charCodeAt(end - 1) === 48 /* 0 */) end--;
		frac = frac.slice(0, end);
	}
	const { group, decimal } = SEPARATORS[locale];
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	const whole = grouped(int, group);
	return frac === '' ? `${sign}${whole}` : `${sign}${whole}${decimal}${frac}`;
}
