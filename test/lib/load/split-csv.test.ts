import { describe, expect, it } from 'vitest';
import { readCsv, readCsvWithPapaparse } from '../../../src/lib/load/read-csv.ts';
import { splitCsv } from '../../../src/lib/load/split-csv.ts';

/** Seeded random integers below `n` (Park–Miller), so a failure can be replayed. */
function randomInts(seed: number): (n: number) => number {
	let s = seed;
	return (n) => (s = (s * 48271) % 2147483647) % n;
}

/** A cell: plain, quoted (with commas, doubled quotes, line breaks), blank or odd. */
function cell(next: (n: number) => number, newline: string): string {
	const words = ['11.01', 'coverage_rate', '43.36', 'sebanyak 270.821 peserta', ' ', 'é ü', ''];
	const word = words[next(words.length)] ?? '';
	switch (next(12)) {
		case 0:
			return `"${word}, ${word}"`;
		case 1:
			return `"kata ""kutipan"" ${word}"`;
		case 2:
			return `"baris${newline}baru"`;
		case 3:
			return ['"tak ditutup', 'a"b', '"a" b', '"a"b', ' "a"', '\r', '\n', '""'][next(8)] ?? '';
		default:
			return word;
	}
}

/** CSV texts with LF or CRLF endings, blank lines, ragged rows and now and then a mistake. */
function texts(): string[] {
	const next = randomInts(11);
	const out = ['', '\n', 'a', 'a,b\n', 'a,b\r\n1,2', 'a,b\n\n1,2\n', ' \n1', ',,\n1,2'];
	for (let k = 0; k < 3000; k++) {
		const newline = next(2) === 0 ? '\n' : '\r\n';
		const rows: string[] = [];
		for (let r = 0, count = 1 + next(5); r < count; r++) {
			const cells: string[] = [];
			for (let c = 0, width = 1 + next(4); c < width; c++) cells.push(cell(next, newline));
			rows.push(next(10) === 0 ? '' : cells.join(','));
		}
		out.push(rows.join(newline) + (next(2) === 0 ? newline : ''));
	}
	return out;
}

describe('splitCsv', () => {
	it('reads every text as papaparse and the position pass do, or leaves it to them', () => {
		let served = 0;
		const all = texts();
		for (const text of all) {
			if (splitCsv(text) !== undefined) served++;
			expect(readCsv('f.csv', text), JSON.stringify(text)).toEqual(
				readCsvWithPapaparse('f.csv', text),
			);
		}
		// The splitter must serve the well-formed texts, or this test proves nothing.
		expect(served).toBeGreaterThan(all.length / 4);
	});

	it('keeps the line and column of cells after a quoted line break', () => {
		const rows = splitCsv('a,b\n"x\ny",z\n');
		expect(rows?.[1]?.cells).toEqual([
			{ value: 'x\ny', line: 2, column: 1 },
			{ value: 'z', line: 3, column: 4 },
		]);
	});
});
