/**
 * Checks a CSV file against its expected columns and a zod row schema, turning every zod
 * issue into `file:line:column: message` at the offending cell.
 */
import type { z } from 'zod';
import type { CsvCell, CsvFile, CsvRow } from '../load/read-csv.ts';
import { fastCheckOf } from '../schema/fast-check.ts';
import type { Issue } from '../schema/issue.ts';

export interface CheckedRow<T> {
	value: T;
	row: CsvRow;
	/** The cell of a column, for locating later errors. */
	cell(column: string): CsvCell;
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

type Parsed = z.ZodSafeParseResult<unknown>;

/** Remembered results of one column schema, and how often they served. */
interface Memo {
	results: Map<string, Parsed>;
	/** The result for an empty cell (most optional columns are empty in most rows). */
	empty?: Parsed;
	calls: number;
	hits: number;
	/** Set once the column proves to repeat too little (quotes, values) to be worth it. */
	off: boolean;
}

/** At most this many distinct cell texts are remembered per column schema. */
const MEMO_LIMIT = 10_000;
/** After this many cells, a column whose texts repeat in fewer than half is checked directly. */
const MEMO_TRIAL = 2_000;
const memos = new WeakMap<z.ZodType, Memo>();

const shareable = (r: Parsed) => !r.success || typeof r.data !== 'object' || r.data === null;

/**
 * A column's cell checker. Most columns repeat a few values (regions, indicators, codes,
 * periods) over thousands of rows, so each distinct text is checked once; results with a plain
 * value or an error are remembered (objects could be shared, so not those). The schema is
 * always the judge: a remembered result is the one it gave for the same text.
 */
function cellChecker(schema: z.ZodType): (text: string) => Parsed {
	let found = memos.get(schema);
	if (!found) memos.set(schema, (found = { results: new Map(), calls: 0, hits: 0, off: false }));
	const memo = found;
	const quick = fastCheckOf(schema);
	return (text) => {
		const sure = quick?.(text);
		if (sure) return sure;
		if (text === '') {
			memo.empty ??= schema.safeParse(text);
			return shareable(memo.empty) ? memo.empty : schema.safeParse(text);
		}
		if (memo.off) return schema.safeParse(text);
		memo.calls++;
		const remembered = memo.results.get(text);
		if (remembered) {
			memo.hits++;
			return remembered;
		}
		const result = schema.safeParse(text);
		if (shareable(result) && memo.results.size < MEMO_LIMIT) memo.results.set(text, result);
		if (memo.calls === MEMO_TRIAL && memo.hits * 2 < memo.calls) {
			memo.off = true;
			memo.results.clear();
		}
		return result;
	};
}

/** The cell checkers of a table's columns, and where each column is in a row. */
interface Columns {
	names: readonly string[];
	checkers: ((text: string) => Parsed)[];
	position: ReadonlyMap<string, number>;
}

function columnsOf(schema: z.ZodObject, names: readonly string[]): Columns {
	const shape: Record<string, z.ZodType> = schema.shape;
	const checkers = names.map((c) => {
		const field = shape[c];
		if (!field) throw new Error(`checkTable: column ${c} has no schema`);
		return cellChecker(field);
	});
	return { names, checkers, position: new Map(names.map((c, i) => [c, i])) };
}

/** A row whose cell count is not the header's: where and why. */
function raggedRowIssue(file: string, row: CsvRow, count: number): Issue {
	const extra = row.cells[count];
	return issueAt(
		file,
		extra ?? row.cells.at(-1) ?? { line: row.line, column: 1 },
		`row has ${row.cells.length} cells, the header has ${count} — ` +
			(row.cells.length > count
				? 'a text cell containing a comma must be wrapped in double quotes'
				: 'fill every column, leaving optional ones empty (",,")'),
	);
}

/** One row checked cell by cell: its value, or undefined after its issues are reported. */
function checkRow<T>(
	file: string,
	row: CsvRow,
	columns: Columns,
	issues: Issue[],
): CheckedRow<T> | undefined {
	const { names, checkers, position } = columns;
	if (row.cells.length !== names.length) {
		issues.push(raggedRowIssue(file, row, names.length));
		return undefined;
	}
	const cell = (column: string): CsvCell =>
		row.cells[position.get(column) ?? -1] ?? { value: '', line: row.line, column: 1 };
	const value: Record<string, unknown> = {};
	let failed = false;
	for (let i = 0; i < checkers.length; i++) {
		const column = names[i] ?? '';
		const result = checkers[i]?.(row.cells[i]?.value ?? '');
		if (!result) continue;
		if (result.success) {
			value[column] = result.data;
			continue;
		}
		failed = true;
		for (const issue of result.error.issues)
			issues.push(issueAt(file, cell(column), prefixed(column, issue.message)));
	}
	return failed ? undefined : { value: value as T, row, cell };
}

/**
 * Validates every row. A row with any problem is rejected (and counted); the others are
 * returned parsed. Rows are never dropped silently. Cells are checked column by column with
 * the row schema's own field schemas (`schema.shape`), so the rules and messages stay those of
 * the schema; its issues come in column order, as a parse of the whole row reports them.
 */
export function checkTable<S extends z.ZodObject>(
	file: string,
	csv: CsvFile,
	names: readonly string[],
	schema: S,
): CheckedTable<z.output<S>> {
	const columns = columnsOf(schema, names);
	const issues: Issue[] = [...csv.issues];
	const rowsRead = csv.rows.length;
	if (!csv.header) {
		issues.push({
			file,
			line: 1,
			column: 1,
			message: `the file is empty — it needs the header ${names.join(',')}`,
		});
		return { rows: [], issues, rowsRead, rowsRejected: 0 };
	}
	const headerIssues = checkHeader(file, csv.header, names);
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
	const unreadable = [...new Set(csv.issues.map((i) => i.line))];
	for (const row of csv.rows) {
		const lastLine = row.cells.at(-1)?.line ?? row.line;
		// A row the reader could not read is already reported.
		if (unreadable.some((l) => l >= row.line && l <= lastLine)) continue;
		const checked = checkRow<z.output<S>>(file, row, columns, issues);
		if (checked) rows.push(checked);
	}
	return { rows, issues, rowsRead, rowsRejected: rowsRead - rows.length };
}
