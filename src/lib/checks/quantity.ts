/**
 * A computed quantity that carries, side by side, its value, the interval its rounded
 * inputs allow, how to write its arithmetic out in either language, and the figures it used.
 * Rules build the expected value of a check from these, so the number, its tolerance and the
 * text a reader sees cannot drift apart. The text is written only when a check's arithmetic
 * is read (see lazy-label.ts).
 */
import type { Locale } from '../format/locale.ts';
import { formatNumber } from '../format/number.ts';
import type { Label, Unit } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { unitOf, type CheckContext } from './context.ts';
import {
	addIntervals,
	divideIntervals,
	multiplyIntervals,
	point,
	scaleInterval,
	subtractIntervals,
	type Interval,
} from './interval.ts';
import { halfWidth } from './tolerance.ts';
import { formatFigureTerm } from './wording.ts';

/** How tightly an expression binds: a sum inside a product needs parentheses. */
type Binding = 'atom' | 'product' | 'sum';

export interface Quantity {
	value: number;
	range: Interval;
	/** The arithmetic in words, in one locale ("214.687 ÷ 684.654"). */
	text: (locale: Locale) => string;
	binding: Binding;
	/** Reported figures used, in the order they appear in the text. */
	inputs: readonly Figure[];
}

const DIVIDE: Label = { id: '÷', en: '/' };

/** The text of `q`, in parentheses when it is a sum and a sum is not allowed here. */
function wrapped(q: Quantity, locale: Locale, allowSum: boolean): string {
	const loose = q.binding === 'sum' && !allowSum;
	return loose ? `(${q.text(locale)})` : q.text(locale);
}

/** A reported figure with the interval it stands for (see tolerance.ts). */
export function fromFigure(f: Figure, unit: Unit): Quantity {
	const h = halfWidth(f, unit);
	return {
		value: f.value,
		range: { lo: f.value - h, hi: f.value + h },
		text: (l) => formatFigureTerm(f, unit, l),
		binding: 'atom',
		inputs: [f],
	};
}

/** An exact number written into a formula (100, 1.000, 12). */
export function constant(value: number): Quantity {
	return {
		value,
		range: point(value),
		text: (l) => formatNumber(value, l, 6),
		binding: 'atom',
		inputs: [],
	};
}

/** a + b + …; undefined for no terms. */
export function sum(terms: readonly Quantity[]): Quantity | undefined {
	const [first, ...rest] = terms;
	if (!first) return undefined;
	return {
		value: rest.reduce((s, t) => s + t.value, first.value),
		range: rest.reduce((r, t) => addIntervals(r, t.range), first.range),
		text: (l) => terms.map((t) => t.text(l)).join(' + '),
		binding: terms.length > 1 ? 'sum' : first.binding,
		inputs: terms.flatMap((t) => t.inputs),
	};
}

/** a − b. */
export function minus(a: Quantity, b: Quantity): Quantity {
	return {
		value: a.value - b.value,
		range: subtractIntervals(a.range, b.range),
		text: (l) => `${a.text(l)} − ${wrapped(b, l, false)}`,
		binding: 'sum',
		inputs: [...a.inputs, ...b.inputs],
	};
}

/** a × b × …; undefined for no factors. */
export function product(factors: readonly Quantity[]): Quantity | undefined {
	const [first, ...rest] = factors;
	if (!first) return undefined;
	return {
		value: rest.reduce((p, t) => p * t.value, first.value),
		range: rest.reduce((r, t) => multiplyIntervals(r, t.range), first.range),
		text: (l) => factors.map((t) => wrapped(t, l, false)).join(' × '),
		binding: factors.length > 1 ? 'product' : first.binding,
		inputs: factors.flatMap((t) => t.inputs),
	};
}

/** a ÷ b ("/" in English). */
export function over(a: Quantity, b: Quantity): Quantity {
	return {
		value: a.value / b.value,
		range: divideIntervals(a.range, b.range),
		text: (l) =>
			`${wrapped(a, l, false)} ${DIVIDE[l]} ${b.binding === 'atom' ? b.text(l) : `(${b.text(l)})`}`,
		binding: 'product',
		inputs: [...a.inputs, ...b.inputs],
	};
}

/**
 * The same quantity in other units, text unchanged: a ratio read as a percentage
 * ("214.687 ÷ 684.654" = 31,36%, k = 100), or a printed percentage used as a fraction
 * ("43,2%" = 0,432, k = 0,01).
 */
export function rescaled(q: Quantity, k: number): Quantity {
	return { ...q, value: q.value * k, range: scaleInterval(q.range, k) };
}

/** a ÷ b read as a percentage. */
export const percentOf = (a: Quantity, b: Quantity): Quantity => rescaled(over(a, b), 100);

/** A reported figure as a quantity in its indicator's unit (undefined if unknown). */
export function figureQuantity(ctx: CheckContext, f: Figure): Quantity | undefined {
	const unit = unitOf(ctx, f.indicator);
	return unit === undefined ? undefined : fromFigure(f, unit);
}
