/**
 * CSV writer: RFC 4180 quoting, `\n` line ends, UTF-8, a header row. Safe to open in a
 * spreadsheet: text cells that a spreadsheet would run as a formula get a leading `'`, decided
 * by the column type, so a text "-5 orang" is escaped while a number column's -5 stays -5.
 */
import type { CellValue, Column, TableData } from './table.ts';

/** A text that starts, after any apostrophes, with a character spreadsheets treat as a formula. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Prefixes `'` to text a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage
 * return). Text that already starts with apostrophes before such a character gets one more, so
 * {@link unescapeSpreadsheetText} recovers every original exactly.
 */
export function escapeSpreadsheetText(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Reverses {@link escapeSpreadsheetText}: drops the one `'` it added. */
export function unescapeSpreadsheetText(text: string): string {
	return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Quotes a field when it holds a comma, a double quote or a line break (RFC 4180). */
export function quoteCsvField(field: string): string {
	return /[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** The CSV text of one cell, by column type. Throws on a number that is not finite. */
export function csvCell(column: Column, value: CellValue | undefined): string {
	if (value === null || value === undefined) return '';
	if (column.type === 'number' || column.type === 'integer') {
		if (typeof value !== 'number' || !Number.isFinite(value)) {
			throw new Error(`column ${column.name}: ${String(value)} is not a finite number`);
		}
		return String(value);
	}
	if (typeof value === 'number') {
		throw new Error(`column ${column.name} is text, got the number ${value}`);
	}
	return escapeSpreadsheetText(typeof value === 'string' ? value : value.join(';'));
}

/** A whole table as CSV: header row, one line per row, each line ending in `\n`. */
export function toCsv({ spec, rows }: TableData): string {
	const lines = [spec.columns.map((c) => quoteCsvField(c.name)).join(',')];
	for (const row of rows) {
		lines.push(spec.columns.map((c) => quoteCsvField(csvCell(c, row[c.name]))).join(','));
	}
	return `${lines.join('\n')}\n`;
}
