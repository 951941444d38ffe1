import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../../src/lib/format/decimal.ts';
import { INTL_LOCALE, LOCALES } from '../../../src/lib/format/locale.ts';
import { formatNumber } from '../../../src/lib/format/number.ts';

/** Seeded random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Values of every kind the checks print: counts, rupiah, percents, ties, tiny and huge. */
function values(): number[] {
	const next = random(7);
	const out = [0, -0, 0.5, 1.5, 2.5, -2.5, 1.005, 0.045, 999.995, 9.9999999, 1e-7, 1e21, -1e-9];
	for (let i = 0; i < 4000; i++) {
		const magnitude = 10 ** Math.floor(next() * 16 - 4);
		const sign = next() < 0.2 ? -1 : 1;
		out.push(sign * next() * magnitude);
		out.push(sign * Math.round(next() * magnitude));
		// Ties at a few places: 12.345, 0.125, 1234.5
		const places = Math.floor(next() * 7);
		out.push(sign * (Math.floor(next() * magnitude * 10 ** places) + 0.5) * 10 ** -places);
		out.push(sign * Number((next() * magnitude).toFixed(places)));
	}
	return out;
}

describe('formatDecimal', () => {
	const all = values();
	for (const locale of LOCALES)
		for (let decimals = 0; decimals <= 6; decimals++)
			for (const fixed of [false, true]) {
				it(`prints as Intl does (${locale}, ${decimals} places${fixed ? ', fixed' : ''})`, () => {
					const intl = new Intl.NumberFormat(INTL_LOCALE[locale], {
						maximumFractionDigits: decimals,
						minimumFractionDigits: fixed ? decimals : 0,
					});
					let handled = 0;
					const wrong: string[] = [];
					for (const value of all) {
						const expected = intl.format(value);
						const fast = formatDecimal(value, locale, decimals, fixed);
						if (fast !== undefined) handled++;
						if ((fast ?? expected) !== expected) wrong.push(`${value}: ${fast} ≠ ${expected}`);
						if (formatNumber(value, locale, decimals, fixed) !== expected)
							wrong.push(`formatNumber(${value}) ≠ ${expected}`);
					}
					expect(wrong).toEqual([]);
					// The fast path must actually serve nearly every value, or it proves nothing.
					expect(handled).toBeGreaterThan(all.length * 0.9);
				});
			}

	it('leaves values printed with an exponent, and non-finite ones, to Intl', () => {
		for (const value of [1e21, 1e-7, NaN, Infinity, -Infinity])
			expect(formatDecimal(value, 'id', 2, false)).toBeUndefined();
	});
});
