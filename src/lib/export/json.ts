/**
 * JSON writer: `{ "meta": …, "<table>": [rows] }`, pretty-printed, keys in column order,
 * values typed (numbers as numbers, missing as null, lists as arrays). Text is not escaped:
 * spreadsheets do not open JSON.
 */
import type { CellValue, TableData } from './table.ts';

/** A row with its keys in the table's column order. Throws on a number that is not finite. */
function orderedRow(data: TableData, row: Readonly<Record<string, CellValue>>) {
	return Object.fromEntries(
		data.spec.columns.map((c) => {
			const value = row[c.name] ?? null;
			if (typeof value === 'number' && !Number.isFinite(value)) {
				throw new Error(`column ${c.name}: ${value} is not a finite number`);
			}
			return [c.name, value];
		}),
	);
}

/** A table as JSON, with a `meta` object first. Ends with a newline. */
export function toJson(data: TableData, meta: object): string {
	const body = { meta, [data.spec.name]: data.rows.map((r) => orderedRow(data, r)) };
	return `${JSON.stringify(body, null, 2)}\n`;
}
