import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/load/read-csv.ts';
import { readJson } from '../../../src/lib/load/read-json.ts';

describe('readCsv keeps the location of every cell', () => {
	it.each([
		['LF', 'a,b\n1,2\n'],
		['CRLF', 'a,b\r\n1,2\r\n'],
		['BOM', '\uFEFFa,b\n1,2\n'],
		['no final newline', 'a,b\n1,2'],
	])('%s', (_, text) => {
		const csv = readCsv('f.csv', text);
		expect(csv.issues).toEqual([]);
		expect(csv.header?.cells.map((c) => [c.value, c.line, c.column])).toEqual([
			['a', 1, 1],
			['b', 1, 3],
		]);
		expect(csv.rows.map((r) => r.cells.map((c) => [c.value, c.line, c.column]))).toEqual([
			[
				['1', 2, 1],
				['2', 2, 3],
			],
		]);
	});

	it('reads quoted commas, doubled quotes and line breaks inside a cell', () => {
		const csv = readCsv('f.csv', 'a,b,c\n"x, y","say ""hi""","two\nlines"\n3,4,5\n');
		expect(csv.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
			['x, y', 'say "hi"', 'two\nlines'],
			['3', '4', '5'],
		]);
		expect(csv.rows[0]?.cells.map((c) => c.column)).toEqual([1, 8, 21]);
		expect(csv.rows[1]?.line).toBe(4);
	});

	it('skips blank lines without losing line numbers', () => {
		const csv = readCsv('f.csv', 'a\n\n1\n\n2\n');
		expect(csv.rows.map((r) => [r.cells[0]?.value, r.line])).toEqual([
			['1', 3],
			['2', 5],
		]);
	});

	it('points at the opening quote of a cell that is never closed', () => {
		const csv = readCsv('f.csv', 'a,b\n1,2\n3,"open\n');
		expect(csv.issues).toEqual([
			{
				file: 'f.csv',
				line: 3,
				column: 3,
				message:
					'a quoted cell is never closed — end it with " (write "" for a quote inside a cell)',
			},
		]);
	});
});

describe('readJson', () => {
	it('locates keys, nested values and the parent of a missing key', () => {
		const json = readJson('s.json', '{\n\t"title": "x",\n\t"quoted": [{ "name": "A" }]\n}\n');
		expect(json.issues).toEqual([]);
		expect(json.value).toEqual({ title: 'x', quoted: [{ name: 'A' }] });
		expect(json.locate(['title'])).toEqual({ line: 2, column: 2 });
		expect(json.locate(['quoted', 0, 'name'])).toEqual({ line: 3, column: 15 });
		expect(json.locate(['quoted', 0, 'role'])).toEqual({ line: 3, column: 13 });
		expect(json.locate(['missing'])).toEqual({ line: 1, column: 1 });
	});

	it.each([
		[
			'trailing comma',
			'{\n"a": 1,\n}',
			3,
			1,
			'a property name in double quotes is expected (is there a trailing comma?)',
		],
		['comment', '{\n// note\n"a": 1}', 2, 1, 'comments are not allowed in JSON'],
		['unclosed string', '{"a": "x}', 1, 7, 'a string is never closed — end it with "'],
		['missing brace', '{"a": 1', 1, 8, 'a "}" is missing'],
	])('reports %s at its place', (_, text, line, column, message) => {
		expect(readJson('s.json', text).issues).toEqual([
			{
				file: 's.json',
				line,
				column,
				message: `malformed JSON: ${message} — fix the syntax (a JSON validator helps)`,
			},
		]);
	});
});
