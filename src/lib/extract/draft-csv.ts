/**
 * The draft CSV `extract` writes: the figures.csv columns in their order, then two review
 * columns, `confidence` and `reason`, which the reviewer deletes with the rows they reject
 * (check-data refuses a figures.csv that still has them).
 */
import Papa from 'papaparse';
import { FIGURE_COLUMNS } from '../schema/figure-row.ts';
import type { Candidate } from './candidates.ts';

/** Columns after `note` that exist only in the draft, for review. */
export const REVIEW_COLUMNS = ['confidence', 'reason'] as const;

/** Every column of the draft CSV, in order. */
export const DRAFT_COLUMNS = [...FIGURE_COLUMNS, ...REVIEW_COLUMNS] as const;

/** A value as figures.csv writes it: digits, "." as decimal mark, no exponent. */
export function machineNumber(value: number): string {
	if (Number.isInteger(value)) return BigInt(value).toString();
	return String(Number(value.toPrecision(15)));
}

/** The draft CSV text (header included, "\n" line ends, quotes where needed). */
export function toDraftCsv(candidates: readonly Candidate[]): string {
	const rows = candidates.map((c) =>
		DRAFT_COLUMNS.map((column) => {
			if (column === 'value') return machineNumber(c.value);
			if (column === 'confidence') return c.confidence.toFixed(2);
			return c[column];
		}),
	);
	return `${Papa.unparse({ fields: [...DRAFT_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}
