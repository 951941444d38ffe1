/**
 * Reads a CSV file with papaparse and keeps, for every cell, the line and column it starts
 * at, so that any later error can point into the file.
 */
import Papa from 'papaparse';
import type { Issue } from '../schema/issue.ts';
import { lineIndex } from './line-index.ts';
import { splitCsv } from './split-csv.ts';

/** A cell's text and the line and column it starts at. */
export interface CsvCell {
	value: string;
	line: number;
	column: number;
}

export interface CsvRow {
	/** Line the row starts on. */
	line: number;
	cells: CsvCell[];
}

export interface CsvFile {
	header: CsvRow | null;
	rows: CsvRow[];
	issues: Issue[];
}

/** Start offsets of the fields of one raw CSV record (quote-aware). */
function fieldOffsets(record: string): number[] {
	const offsets = [0];
	let inQuotes = false;
	for (let i = 0; i < record.length; i++) {
		const ch = record[i];
		if (ch === '"') inQuotes = !inQuotes;
		else if (ch === ',' && !inQuotes) offsets.push(i + 1);
	}
	return offsets;
}

const MESSAGES: Record<string, string> = {
	MissingQuotes:
		'a quoted cell is never closed — end it with " (write "" for a quote inside a cell)',
	InvalidQuotes:
		'a quote character is misplaced: text follows a closing quote, or an unquoted cell contains " — wrap the whole cell in double quotes and write "" for each " inside it',
	UndetectableDelimiter: 'no comma found — figures.csv is comma-separated',
};

/**
 * Line and column of every field start, in one quote-aware pass (RFC 4180: a quote inside a
 * quoted field is written twice). Records end at an unquoted "\n"; blank lines are dropped.
 * Flat arrays rather than an object per field: record r's fields are at `first[r]` up to
 * `first[r + 1]` in `lines` and `columns`.
 */
function fieldPositions(text: string): { first: number[]; lines: number[]; columns: number[] } {
	const first: number[] = [];
	const lines: number[] = [1];
	const columns: number[] = [1];
	let start = 0; // index in lines/columns of the current record's first field
	let line = 1;
	let lineStart = 0;
	let inQuotes = false;
	let recordStart = 0;
	const isBlank = (from: number, to: number) =>
		to === from || (to === from + 1 && text.charCodeAt(from) === 13); /* \r */
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 34 /* " */) inQuotes = !inQuotes;
		else if (ch === 44 /* , */ && !inQuotes) {
			lines.push(line);
			columns.push(i + 2 - lineStart);
		} else if (ch === 10 /* \n */) {
			if (!inQuotes) {
				if (isBlank(recordStart, i)) {
					lines.length = start;
					columns.length = start;
				} else {
					first.push(start);
					start = lines.length;
				}
				recordStart = i + 1;
				lines.push(line + 1);
				columns.push(1);
			}
			line++;
			lineStart = i + 1;
		}
	}
	if (!isBlank(recordStart, text.length)) {
		first.push(start);
		start = lines.length;
	}
	first.push(start);
	return { first, lines, columns };
}

/** A row of nothing but whitespace (papaparse's greedy test), checked from its first cell. */
function isEmptyRow(fields: readonly string[]): boolean {
	if ((fields[0] ?? '').trim() !== '') return false;
	return fields.join('').trim() === '';
}

/**
 * Parses CSV text. A UTF-8 BOM is ignored; LF and CRLF line endings are accepted.
 * Blank lines are skipped.
 */
export function readCsv(file: string, raw: string): CsvFile {
	const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
	const records = splitCsv(text);
	if (records) return { header: records[0] ?? null, rows: records.slice(1), issues: [] };
	return readCsvWithPapaparse(file, text);
}

/**
 * readCsv without the one-pass splitter: what the splitter must agree with, and the reader of
 * the files it refuses.
 */
export function readCsvWithPapaparse(file: string, text: string): CsvFile {
	// One papaparse call plus one position pass, for refused files papaparse reads without an
	// error (a stray "\r", a quote inside an unquoted cell); where its records and the
	// positions disagree in number, the careful path. Telling papaparse the line ending halves
	// its time. Rows of only whitespace are dropped as papaparse's skipEmptyLines: 'greedy'
	// drops them, but without its join of every row.
	const newline = text.includes('\r\n') ? '\r\n' : '\n';
	const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline, skipEmptyLines: false });
	const data = parsed.data.filter((fields) => !isEmptyRow(fields));
	const { first, lines, columns } = fieldPositions(text);
	if (parsed.errors.length === 0 && data.length === first.length - 1) {
		const records: CsvRow[] = data.map((fields, r) => {
			const at = first[r] ?? 0;
			const count = (first[r + 1] ?? at) - at;
			return {
				line: lines[at] ?? 1,
				cells: fields.map((value, i) => ({
					value,
					line: (i < count ? lines[at + i] : undefined) ?? 1,
					column: (i < count ? columns[at + i] : undefined) ?? 1,
				})),
			};
		});
		const [header, ...rows] = records;
		return { header: header ?? null, rows, issues: [] };
	}
	return readCsvStepwise(file, text);
}

/** The careful path for files with errors: papaparse row by row, locating each problem. */
function readCsvStepwise(file: string, text: string): CsvFile {
	const locate = lineIndex(text);
	const issues: Issue[] = [];
	const records: CsvRow[] = [];
	let cursor = 0;

	Papa.parse<string[]>(text, {
		delimiter: ',',
		skipEmptyLines: false,
		step(result) {
			const begin = cursor;
			cursor = result.meta.cursor;
			// Report only the first error of a record: papaparse often adds a second for one cause.
			const error = result.errors[0];
			if (error) {
				// papaparse's index points just past the offending quote.
				const at = locate(error.index !== undefined ? Math.max(0, error.index - 1) : begin);
				issues.push({
					file,
					line: at.line,
					column: at.column,
					message: MESSAGES[error.code] ?? `CSV cannot be read: ${error.message}`,
				});
			}
			const fields = result.data;
			if (fields.length === 1 && fields[0] === '') return;
			// The record runs from the previous cursor to this one (its newline included).
			const start = begin;
			const record = text.slice(begin, cursor);
			const offsets = fieldOffsets(record);
			const rowAt = locate(start);
			records.push({
				line: rowAt.line,
				cells: fields.map((value, i) => {
					const at = locate(start + (offsets[i] ?? 0));
					return { value, line: at.line, column: at.column };
				}),
			});
		},
	});

	const [header, ...rows] = records;
	return { header: header ?? null, rows, issues };
}
