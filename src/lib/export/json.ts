/**
 * JSON writer: `{ "meta": …, "<table>": [rows] }`, keys in column order, values typed
 * (numbers as numbers, missing as null, lists as arrays). The meta object is indented; each
 * row is one compact line, so the file stays readable and diffable by row while a national
 * figures.json is a third smaller than fully indented. Text is not escaped: spreadsheets do
 * not open JSON.
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

/** A table as JSON, with a `meta` object first, one row per line. Ends with a newline. */
export function toJson(data: TableData, meta: object): string {
	// JSON strings hold no raw line breaks, so indenting after each one is safe.
	const metaText = JSON.stringify(meta, null, 2).replaceAll('\n', '\n  ');
	const rows = data.rows.map((r) => JSON.stringify(orderedRow(data, r)));
	const list = rows.length === 0 ? '[]' : `[\n    ${rows.join(',\n    ')}\n  ]`;
	return `{\n  "meta": ${metaText},\n  ${JSON.stringify(data.spec.name)}: ${list}\n}\n`;
}
