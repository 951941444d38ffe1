/** Tick labels per locale: the decimals a tick step needs, formatted by src/lib/format. */
import { precisionFixed } from 'd3-format';
import type { Locale } from '../format/locale.ts';
import type { Unit } from '../schema/enums.ts';
import { compactNumber } from './labels.ts';

/** Decimal places a number needs to be written exactly (up to 6): 12.5 → 1. */
function placesOf(value: number): number {
	// Counting digits, not printing: the text never reaches a reader.
	return (value.toFixed(6).replace(/0+$/, '').split('.')[1] ?? '').length;
}

/** Decimal places that write every tick exactly and tell them apart (0.5 → 1, 10 → 0). */
export function tickDecimals(ticks: readonly number[]): number {
	const [a, b] = ticks;
	const step = a === undefined || b === undefined ? 0 : precisionFixed(Math.abs(b - a));
	return Math.min(6, Math.max(step, ...ticks.map(placesOf)));
}

/** Formats every tick of a scale in the unit's compact form: "1.000" / "1,000", "20%". */
export function formatTicks(ticks: readonly number[], unit: Unit, locale: Locale): string[] {
	const decimals = tickDecimals(ticks);
	return ticks.map((t) => compactNumber(t, unit, decimals, locale));
}
