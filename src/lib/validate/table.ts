/**
 * Checks a CSV file against its expected columns and a zod row schema, turning every zod
 * issue into `file:line:column: message` at the offending cell.
 */
import type { z } from 'zod';
import type { Cell, CsvFile, CsvRow } from '../load/read-csv.ts';
import type { Issue } from '../schema/issue.ts';

export interface CheckedRow<T> {
	value: T;
	row: CsvRow;
	/** The cell of a column, for locating later errors. */
	cell(column: string): Cell;
}

export interface CheckedTable<T> {
	rows: CheckedRow<T>[];
	issues: Issue[];
	/** Data rows (header excluded) in the file. */
	rowsRead: number;
	/** Data rows refused by this check. */
	rowsRejected: number;
}

/** An issue at a cell. */
export function issueAt(
	file: string,
	cell: { line: number; column: number },
	message: string,
): Issue {
	return { file, line: cell.line, column: cell.column, message };
}

/** Names the column unless the message already starts with it. */
export function prefixed(column: string, message: string): string {
	return message.startsWith(column) ? message : `${column}: ${message}`;
}

/** Header problems: unknown, missing, duplicated or misplaced columns. */
function checkHeader(file: string, header: CsvRow, columns: readonly string[]): Issue[] {
	const issues: Issue[] = [];
	const names = header.cells.map((c) => c.value.trim());
	const expected = columns.join(',');
	header.cells.forEach((cell, i) => {
		const name = names[i] ?? '';
		if (!columns.includes(name)) {
			issues.push(
				issueAt(
					file,
					cell,
					`unknown column ${JSON.stringify(name)} — the header must be: ${expected}`,
				),
			);
		} else if (names.indexOf(name) !== i) {
			issues.push(
				issueAt(
					file,
					cell,
					`column ${JSON.stringify(name)} appears twice — the header must be: ${expected}`,
				),
			);
		}
	});
	const missing = columns.filter((c) => !names.includes(c));
	if (missing.length > 0) {
		issues.push(
			issueAt(
				file,
				header.cells[0] ?? { line: header.line, column: 1 },
				`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} — the header must be: ${expected}`,
			),
		);
	}
	if (issues.length === 0 && names.join(',') !== expected) {
		issues.push(
			issueAt(
				file,
				header.cells[0] ?? { line: header.line, column: 1 },
				`columns are out of order — the header must be: ${expected}`,
			),
		);
	}
	return issues;
}

/**
 * Validates every row. A row with any problem is rejected (and counted); the others are
 * returned parsed. Rows are never dropped silently.
 */
export function checkTable<S extends z.ZodType>(
	file: string,
	csv: CsvFile,
	columns: readonly string[],
	schema: S,
): CheckedTable<z.output<S>> {
	const issues: Issue[] = [...csv.issues];
	const rowsRead = csv.rows.length;
	if (!csv.header) {
		issues.push({
			file,
			line: 1,
			column: 1,
			message: `the file is empty — it needs the header ${columns.join(',')}`,
		});
		return { rows: [], issues, rowsRead, rowsRejected: 0 };
	}
	const headerIssues = checkHeader(file, csv.header, columns);
	if (headerIssues.length > 0) {
		issues.push(...headerIssues);
		for (const row of csv.rows) {
			issues.push({
				file,
				line: row.line,
				column: 1,
				message: 'row not read: the header of this file is wrong (see line 1)',
			});
		}
		return { rows: [], issues, rowsRead, rowsRejected: rowsRead };
	}

	const rows: CheckedRow<z.output<S>>[] = [];
	let rowsRejected = 0;
	const unreadable = new Set(csv.issues.map((i) => i.line));
	for (const row of csv.rows) {
		const lastLine = row.cells.at(-1)?.line ?? row.line;
		if ([...unreadable].some((l) => l >= row.line && l <= lastLine)) {
			rowsRejected++;
			continue; // already reported by the reader
		}
		if (row.cells.length !== columns.length) {
			const extra = row.cells[columns.length];
			issues.push(
				issueAt(
					file,
					extra ?? row.cells.at(-1) ?? { line: row.line, column: 1 },
					`row has ${row.cells.length} cells, the header has ${columns.length} — ` +
						(row.cells.length > columns.length
							? 'a text cell containing a comma must be wrapped in double quotes'
							: 'fill every column, leaving optional ones empty (",,")'),
				),
			);
			rowsRejected++;
			continue;
		}
		const record = Object.fromEntries(columns.map((c, i) => [c, row.cells[i]?.value ?? '']));
		const cell = (column: string): Cell =>
			row.cells[columns.indexOf(column)] ?? { value: '', line: row.line, column: 1 };
		const result = schema.safeParse(record);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const column = String(issue.path[0] ?? columns[0]);
				issues.push(issueAt(file, cell(column), prefixed(column, issue.message)));
			}
			rowsRejected++;
			continue;
		}
		rows.push({ value: result.data, row, cell });
	}
	return { rows, issues, rowsRead, rowsRejected };
}
