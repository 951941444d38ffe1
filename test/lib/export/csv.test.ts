/** The CSV writer: RFC 4180 quoting and spreadsheet-injection escaping decided by column type. */
import { describe, expect, it } from 'vitest';
import {
	csvCell,
	escapeSpreadsheetText,
	quoteCsvField,
	toCsv,
	unescapeSpreadsheetText,
} from '../../../src/lib/export/csv.ts';
import type { Column, TableSpec } from '../../../src/lib/export/table.ts';
import { readCsv } from './helpers.ts';

const TEXT: Column = { name: 'quote', type: 'string', description: '' };
const NUMBER: Column = { name: 'value', type: 'number', description: '' };
const LIST: Column = { name: 'inputs', type: 'list', description: '' };

/** [text cell, as written (before CSV quoting)] */
const textCases: [string, string][] = [
	['=SUM(1)', "'=SUM(1)"],
	['+1', "'+1"],
	['@x', "'@x"],
	['-x', "'-x"],
	['-5 orang', "'-5 orang"],
	['\tTAB', "'\tTAB"],
	['\rCR', "'\rCR"],
	["'=already", "''=already"],
	["''-twice", "'''-twice"],
	["'Sepanjang tahun 2025': year to date", "'Sepanjang tahun 2025': year to date"],
	['sekitar 214.687 peserta', 'sekitar 214.687 peserta'],
	['a = b', 'a = b'],
	['Rp5,3 miliar', 'Rp5,3 miliar'],
	['', ''],
];

describe('escapeSpreadsheetText', () => {
	it.each(textCases)('%j is written as %j', (text, written) => {
		expect(escapeSpreadsheetText(text)).toBe(written);
		expect(csvCell(TEXT, text)).toBe(written);
	});
	it.each(textCases)('%j survives escape then unescape', (text) => {
		expect(unescapeSpreadsheetText(escapeSpreadsheetText(text))).toBe(text);
	});
});

describe('csvCell by column type', () => {
	/** [column, value, cell] */
	const cases: [Column, string | number | null | readonly string[], string][] = [
		[NUMBER, -5, '-5'],
		[NUMBER, 8.38, '8.38'],
		[NUMBER, 5060579420000, '5060579420000'],
		[NUMBER, 0.1 + 0.2, '0.30000000000000004'],
		[NUMBER, null, ''],
		[TEXT, null, ''],
		[TEXT, '-5', "'-5"],
		[LIST, ['f-1', 'f-2'], 'f-1;f-2'],
		[LIST, [], ''],
		[LIST, ['-f'], "'-f"],
	];
	it.each(cases)('%o: %j → %j', (column, value, cell) => {
		expect(csvCell(column, value)).toBe(cell);
	});
	it('refuses a number that is not finite, and a number in a text column', () => {
		expect(() => csvCell(NUMBER, Number.NaN)).toThrow('value: NaN is not a finite number');
		expect(() => csvCell(TEXT, 5)).toThrow('column quote is text');
	});
});

describe('quoteCsvField (RFC 4180)', () => {
	const cases: [string, string][] = [
		['plain', 'plain'],
		['31,6 persen', '"31,6 persen"'],
		['kata "terdaftar"', '"kata ""terdaftar"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		["'=1,2", `"'=1,2"`],
	];
	it.each(cases)('%j → %j', (field, quoted) => expect(quoteCsvField(field)).toBe(quoted));
});

describe('toCsv', () => {
	const spec: TableSpec = {
		name: 'figures',
		title: 't',
		description: '',
		columns: [TEXT, NUMBER, LIST],
		primaryKey: ['quote'],
	};
	const rows = [
		{ quote: '-5 orang, "kurang"', value: -5, inputs: ['a', 'b'] },
		{ quote: '=HYPERLINK("x")', value: 1.5, inputs: [] },
		{ quote: 'multi\nline', value: null, inputs: ['c'] },
	];
	const csv = toCsv({ spec, rows });

	it('writes a header, \\n line ends and a final newline', () => {
		expect(csv).toBe(
			[
				'quote,value,inputs',
				`"'-5 orang, ""kurang""",-5,a;b`,
				`"'=HYPERLINK(""x"")",1.5,`,
				'"multi\nline",,c',
				'',
			].join('\n'),
		);
	});
	it('reads back to the same cells', () => {
		const { header, rows: back } = readCsv(csv);
		expect(header).toEqual(['quote', 'value', 'inputs']);
		expect(back.map((r) => r['quote'])).toEqual(rows.map((r) => r.quote));
		expect(back.map((r) => r['value'])).toEqual(['-5', '1.5', '']);
	});
});
