/**
 * The registry diff (indicators.csv, areas.csv) on small in-memory tables, and its section of
 * the diff-data report.
 */
import { describe, expect, it } from 'vitest';
import { diffData, isEmptyDiff, type DataVersion } from '../../../src/lib/diff/data-diff.ts';
import { renderDiffMarkdown } from '../../../src/lib/diff/markdown.ts';
import {
	diffRegistryTable,
	EMPTY_TABLE,
	registryTable,
	type RegistryTable,
	type TableDiff,
} from '../../../src/lib/diff/registry.ts';
import { readCsv } from '../../../src/lib/load/read-csv.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';

const HEADER = ['id', 'label_en', 'unit'];
const table = (rows: string[][], columns = HEADER): RegistryTable => ({ columns, rows });
const A = ['a', 'Alpha', 'persons'];
const B = ['b', 'Beta', 'percent'];

/** A diff in short form: keys added and removed, `key.column: old → new` per changed cell. */
function short(d: TableDiff) {
	return {
		added: d.added.map((r) => r.key),
		removed: d.removed.map((r) => r.key),
		changed: d.changed.flatMap((r) =>
			r.cells.map((c) => `${r.key}.${c.column}: ${c.before} → ${c.after}`),
		),
		columnsAdded: d.columnsAdded,
		columnsRemoved: d.columnsRemoved,
	};
}

const NONE = { added: [], removed: [], changed: [], columnsAdded: [], columnsRemoved: [] };

describe('diffRegistryTable', () => {
	/** [what, before, after, expected (fields not named are empty)] */
	const cases: [string, RegistryTable, RegistryTable, Partial<ReturnType<typeof short>>][] = [
		['identical tables', table([A, B]), table([A, B]), {}],
		['rows reordered', table([A, B]), table([B, A]), {}],
		['a row added', table([A]), table([A, B]), { added: ['b'] }],
		['a row removed', table([A, B]), table([B]), { removed: ['a'] }],
		[
			'cells changed, in header order',
			table([A, B]),
			table([A, ['b', 'Beta rate', 'count']]),
			{ changed: ['b.label_en: Beta → Beta rate', 'b.unit: percent → count'] },
		],
		[
			'a key changed reads as one removed and one added',
			table([A]),
			table([['a2', 'Alpha', 'persons']]),
			{ added: ['a2'], removed: ['a'] },
		],
		[
			'a column added: reported once, and its filled cells as changes',
			table([A, B]),
			table(
				[
					[...A, ''],
					[...B, 'a'],
				],
				[...HEADER, 'whole'],
			),
			{ columnsAdded: ['whole'], changed: ['b.whole:  → a'] },
		],
		[
			'a column removed',
			table([A, B]),
			table(
				[
					['a', 'Alpha'],
					['b', 'Beta'],
				],
				['id', 'label_en'],
			),
			{
				columnsRemoved: ['unit'],
				changed: ['a.unit: persons → ', 'b.unit: percent → '],
			},
		],
		[
			'columns reordered, values the same',
			table([A]),
			table([['a', 'persons', 'Alpha']], ['id', 'unit', 'label_en']),
			{},
		],
		[
			'no file before: every row added, no header change',
			EMPTY_TABLE,
			table([A, B]),
			{ added: ['a', 'b'] },
		],
		['file removed: every row removed', table([A, B]), EMPTY_TABLE, { removed: ['a', 'b'] }],
		[
			'a duplicate key: the first row counts, as check-data keeps it',
			table([A]),
			table([A, ['a', 'Other', 'count']]),
			{},
		],
		[
			'a row with an empty key is not matched',
			table([A]),
			table([A, ['', 'Nameless', 'count']]),
			{},
		],
		[
			'a short row reads as empty cells',
			table([A]),
			table([['a', 'Alpha']]),
			{ changed: ['a.unit: persons → '] },
		],
		[
			'no key column: nothing to match',
			table([A]),
			table([['Alpha']], ['label_en']),
			{
				removed: ['a'],
				columnsAdded: [],
				columnsRemoved: ['id', 'unit'],
			},
		],
	];
	it.each(cases)('%s', (_, before, after, expected) => {
		expect(short(diffRegistryTable(before, after, 'id'))).toEqual({ ...NONE, ...expected });
	});

	it('keeps added and changed rows in the new order, removed ones in the old', () => {
		const C = ['c', 'Gamma', 'count'];
		const D = ['d', 'Delta', 'count'];
		const d = diffRegistryTable(
			table([D, C, A, B]),
			table([
				['b', 'B', 'percent'],
				['z', 'Z', 'count'],
				['a', 'A', 'persons'],
				['y', 'Y', 'count'],
			]),
			'id',
		);
		expect(short(d)).toMatchObject({
			added: ['z', 'y'],
			removed: ['d', 'c'],
			changed: ['b.label_en: Beta → B', 'a.label_en: Alpha → A'],
		});
		expect(d.added[0]?.cells.get('label_en')).toBe('Z');
	});
});

describe('registryTable', () => {
	it('reads a CSV file as read-csv parses it (quotes, BOM, CRLF)', () => {
		const csv = readCsv(
			'indicators.csv',
			'\uFEFFid,label_en,unit\r\na,"Alpha, ""first""",persons\r\n',
		);
		expect(registryTable(csv)).toEqual({
			columns: ['id', 'label_en', 'unit'],
			rows: [['a', 'Alpha, "first"', 'persons']],
		});
	});
});

/** A version of the data with nothing but its registry files. */
const version = (indicators: RegistryTable, areas: RegistryTable): DataVersion => {
	const dataset: Dataset = {
		dataDir: 'data',
		regions: new Map(),
		indicators: new Map(),
		sources: new Map(),
		figures: [],
		version: '',
		accounting: { rowsRead: 0, figuresAccepted: 0, rowsRejected: 0 },
	};
	return {
		dataset,
		analysis: { derived: [], checks: [], conflicts: [], stages: [] },
		registry: { indicators, areas },
	};
};

const AREAS = ['code', 'name_id', 'name_en', 'kind', 'covers', 'note'];

describe('the registry in the diff-data report', () => {
	const before = version(
		table([A, B]),
		table([['ID', 'Indonesia', 'Indonesia', 'country', '', 'National.']], AREAS),
	);
	const after = version(
		table([
			['a', 'Alpha | rate', 'persons'],
			['c', 'Gamma', 'count'],
		]),
		table(
			[
				['ID', 'Indonesia', 'Indonesia', 'country', '', ''],
				['BPJSTK-X', 'Kantor X', 'Office X', 'bpjs_office', '61;62', 'Why.'],
			],
			AREAS,
		),
	);

	it('puts a registry section right after the summary', () => {
		const d = diffData(before, after);
		expect(isEmptyDiff(d)).toBe(false);
		expect(d.pages).toEqual(['/indikator/a/', '/indikator/b/', '/indikator/c/']);
		const md = renderDiffMarkdown(d, { ref: 'main' });
		expect(md).toBe(
			[
				'## Data changes compared with `main`',
				'',
				'**0 figures added, 0 removed, 0 changed · 1 indicator added, 1 removed, 1 changed · 1 area added, 0 removed, 1 changed · 0 new mismatches, 0 resolved · 0 new conflicts, 0 resolved**',
				'',
				'### Registry',
				'',
				'#### Indicators (`indicators.csv`, by `id`)',
				'',
				'- added `c` — Gamma',
				'- removed `b` — Beta',
				'',
				'| changed id | column | before | after |',
				'| --- | --- | --- | --- |',
				'| `a` | `label_en` | Alpha | Alpha \\| rate |',
				'',
				'#### Areas (`areas.csv`, by `code`)',
				'',
				'- added `BPJSTK-X` — Office X',
				'',
				'| changed code | column | before | after |',
				'| --- | --- | --- | --- |',
				'| `ID` | `note` | National. | (empty) |',
				'',
				'### Pages affected',
				'',
				'Each also under `/en/`.',
				'',
				'- /indikator/a/',
				'- /indikator/b/',
				'- /indikator/c/',
				'',
			].join('\n'),
		);
	});

	it('says when only a header changed', () => {
		const md = renderDiffMarkdown(
			diffData(
				before,
				version(
					table(
						[
							[...A, ''],
							[...B, ''],
						],
						[...HEADER, 'part'],
					),
					before.registry?.areas ?? EMPTY_TABLE,
				),
			),
			{ ref: 'main' },
		);
		expect(md).toContain('· 0 indicators added, 0 removed, 0 changed, header changed ·');
		expect(md).toContain('- columns added: `part`\n');
	});

	it('reports nothing when the registry is unchanged or not given', () => {
		expect(isEmptyDiff(diffData(before, before))).toBe(true);
		const bare = { dataset: before.dataset, analysis: before.analysis };
		expect(isEmptyDiff(diffData(bare, bare))).toBe(true);
	});
});
