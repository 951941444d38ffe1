/**
 * A one-pass CSV splitter for the well-formed files that make up nearly all of a data folder:
 * values and the line and column of every cell, without papaparse and without a second pass
 * for positions. It gives up (undefined) on anything it is not certain to read as papaparse
 * does: a misplaced or unclosed quote, a line ending other than the file's, a row of only
 * whitespace. read-csv.ts then takes its papaparse path; test/lib/load/split-csv.test.ts
 * checks the two agree.
 */
import type { CsvCell, CsvRow } from './read-csv.ts';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Where the splitter is in the text: the offset, its line, and where that line starts. */
interface Cursor {
	readonly text: string;
	/** As read-csv.ts tells papaparse: CRLF when the file has one, else LF. */
	readonly crlf: boolean;
	i: number;
	line: number;
	lineStart: number;
}

/** Steps over the line ending at the cursor: false unless it is the file's (LF or CRLF). */
function endLine(c: Cursor): boolean {
	const next = c.text.charCodeAt(c.i);
	if (next === LF && !c.crlf) c.i++;
	else if (next === CR && c.crlf && c.text.charCodeAt(c.i + 1) === LF) c.i += 2;
	else return false;
	c.line++;
	c.lineStart = c.i;
	return true;
}

/** The value of the quoted cell at the cursor, which ends past its closing quote. */
function quotedCell(c: Cursor): string | undefined {
	const { text } = c;
	let from = c.i + 1;
	let value = '';
	for (;;) {
		const close = text.indexOf('"', from);
		if (close < 0) return undefined; // never closed
		for (
			let nl = text.indexOf('\n', from);
			nl >= 0 && nl < close;
			nl = text.indexOf('\n', nl + 1)
		) {
			c.line++;
			c.lineStart = nl + 1;
		}
		if (text.charCodeAt(close + 1) === QUOTE) {
			value += text.slice(from, close + 1); // "" stands for one "
			from = close + 2;
			continue;
		}
		c.i = close + 1;
		return value + text.slice(from, close);
	}
}

/** The value of the unquoted cell at the cursor, up to a comma or a line ending. */
function plainCell(c: Cursor): string | undefined {
	const { text } = c;
	let j = c.i;
	for (; j < text.length; j++) {
		const ch = text.charCodeAt(j);
		if (ch === COMMA || ch === LF || ch === CR) break;
		if (ch === QUOTE) return undefined; // a quote inside an unquoted cell
	}
	const value = text.slice(c.i, j);
	c.i = j;
	return value;
}

/** The cells of the record at the cursor, which ends past its line ending. */
function record(c: Cursor): CsvCell[] | undefined {
	const cells: CsvCell[] = [];
	for (;;) {
		const line = c.line;
		const column = c.i - c.lineStart + 1;
		const value = c.text.charCodeAt(c.i) === QUOTE ? quotedCell(c) : plainCell(c);
		if (value === undefined) return undefined;
		cells.push({ value, line, column });
		if (c.i >= c.text.length) return cells;
		if (c.text.charCodeAt(c.i) === COMMA) c.i++;
		else return endLine(c) ? cells : undefined; // text after a closing quote, or a stray CR
	}
}

/** The records of `text` (header first), or undefined when the careful path must read it. */
export function splitCsv(text: string): CsvRow[] | undefined {
	if (text.length === 0) return undefined;
	const c: Cursor = { text, crlf: text.includes('\r\n'), i: 0, line: 1, lineStart: 0 };
	const rows: CsvRow[] = [];
	while (c.i < text.length) {
		const first = text.charCodeAt(c.i);
		if (first === LF || first === CR) {
			if (!endLine(c)) return undefined;
			continue; // a blank line
		}
		const line = c.line;
		const cells = record(c);
		// papaparse drops rows of only whitespace while the positions keep them: careful path.
		if (!cells || cells.every((cell) => cell.value.trim() === '')) return undefined;
		rows.push({ line, cells });
	}
	return rows;
}
