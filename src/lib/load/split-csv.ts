/**
 * A one-pass CSV splitter for the well-formed files that make up nearly all of a data folder:
 * values and the line and column of every cell, without papaparse and without a second pass
 * for positions. It gives up (undefined) on anything it is not certain to read as papaparse
 * does: a misplaced or unclosed quote, a line ending other than the file's, a row of only
 * whitespace. read-csv.ts then takes its papaparse path; test/lib/load/split-csv.test.ts
 * checks the two agree.
 */
import type { Cell, CsvRow } from './read-csv.ts';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** The records of `text` (header first), or undefined when the careful path must read it. */
export function splitCsv(text: string): CsvRow[] | undefined {
	const n = text.length;
	if (n === 0) return undefined;
	// As read-csv.ts tells papaparse: CRLF when the file has one, else LF.
	const crlf = text.includes('\r\n');
	const rows: CsvRow[] = [];
	let i = 0;
	let line = 1;
	let lineStart = 0;
	while (i < n) {
		const first = text.charCodeAt(i);
		if (first === LF) {
			if (crlf) return undefined;
			i++;
			line++;
			lineStart = i;
			continue; // a blank line
		}
		if (first === CR) {
			if (!crlf || text.charCodeAt(i + 1) !== LF) return undefined;
			i += 2;
			line++;
			lineStart = i;
			continue;
		}
		const recordLine = line;
		const cells: Cell[] = [];
		let blank = true;
		for (;;) {
			const cellLine = line;
			const column = i - lineStart + 1;
			let value: string;
			if (text.charCodeAt(i) === QUOTE) {
				let from = i + 1;
				value = '';
				for (;;) {
					const close = text.indexOf('"', from);
					if (close < 0) return undefined; // never closed
					for (let nl = text.indexOf('\n', from); nl >= 0 && nl < close;) {
						line++;
						lineStart = nl + 1;
						nl = text.indexOf('\n', nl + 1);
					}
					if (text.charCodeAt(close + 1) === QUOTE) {
						value += text.slice(from, close + 1); // "" stands for one "
						from = close + 2;
						continue;
					}
					value += text.slice(from, close);
					i = close + 1;
					break;
				}
			} else {
				let j = i;
				for (; j < n; j++) {
					const c = text.charCodeAt(j);
					if (c === COMMA || c === LF || c === CR) break;
					if (c === QUOTE) return undefined; // a quote inside an unquoted cell
				}
				value = text.slice(i, j);
				i = j;
			}
			if (blank && value.trim() !== '') blank = false;
			cells.push({ value, line: cellLine, column });
			if (i >= n) break;
			const next = text.charCodeAt(i);
			if (next === COMMA) {
				i++;
				continue;
			}
			if (next === LF && !crlf) {
				i++;
			} else if (next === CR && crlf && text.charCodeAt(i + 1) === LF) {
				i += 2;
			} else return undefined; // text after a closing quote, or a stray line ending
			line++;
			lineStart = i;
			break;
		}
		// papaparse drops rows of only whitespace while the positions keep them: careful path.
		if (blank) return undefined;
		rows.push({ line: recordLine, cells });
	}
	return rows;
}
