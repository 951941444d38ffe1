/** The JSON writer: meta first, keys in column order, typed values, one row per line. */
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/lib/export/json.ts';
import type { TableData, TableSpec } from '../../../src/lib/export/table.ts';

const spec: TableSpec = {
	name: 'figures',
	title: 'Figures',
	description: '',
	columns: [
		{ name: 'id', type: 'string', description: '' },
		{ name: 'value', type: 'number', description: '' },
		{ name: 'quote', type: 'string', description: '' },
		{ name: 'inputs', type: 'list', description: '' },
	],
	primaryKey: ['id'],
};
const meta = { title: 'Pantau Jamsostek', note: 'two\nlines', nested: { a: [1, 2] } };
const rows = [
	// Keys out of column order, a missing column, text that looks like JSON and markup.
	{ quote: 'sebanyak "1.234" peserta\n<b>', id: 'f-1', value: 1234, inputs: ['f-0'] },
	{ id: 'f-2', value: 41.66, inputs: [] },
];

describe('toJson', () => {
	it('parses back to meta and rows, keys in column order, missing values null', () => {
		const text = toJson({ spec, rows }, meta);
		const parsed = JSON.parse(text) as Record<string, unknown>;
		expect(Object.keys(parsed)).toEqual(['meta', 'figures']);
		expect(parsed['meta']).toEqual(meta);
		const figures = parsed['figures'] as Record<string, unknown>[];
		expect(figures.map((r) => Object.keys(r))).toEqual([
			['id', 'value', 'quote', 'inputs'],
			['id', 'value', 'quote', 'inputs'],
		]);
		expect(figures[0]).toEqual(rows[0]);
		expect(figures[1]).toEqual({ ...rows[1], quote: null });
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('writes each row on a line of its own', () => {
		const lines = toJson({ spec, rows }, meta).split('\n');
		const rowLines = lines.filter((l) => l.startsWith('    {"id":'));
		expect(rowLines).toHaveLength(rows.length);
		expect(rowLines.map((l) => JSON.parse(l.trim().replace(/,$/, '')) as unknown)).toHaveLength(2);
	});

	it('writes an empty table as an empty list', () => {
		const data: TableData = { spec, rows: [] };
		expect(JSON.parse(toJson(data, meta))).toEqual({ meta, figures: [] });
	});

	it('refuses a number that is not finite', () => {
		const data: TableData = { spec, rows: [{ id: 'f-3', value: Number.NaN }] };
		expect(() => toJson(data, meta)).toThrow(/value: NaN is not a finite number/);
	});
});
