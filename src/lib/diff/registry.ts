/**
 * Rows of the registry files, `indicators.csv` and `areas.csv`, added, removed and changed
 * between two versions, matched by their key column (`id`, `code`), with every changed cell
 * as old → new. Compares the files as written, not as validated, so a row check-data rejects
 * still shows; check-data's problems are reported beside the diff.
 */
import type { CsvFile } from '../load/read-csv.ts';

/** One registry file as text: its header and its rows of cells, in file order. */
export interface RegistryTable {
	columns: readonly string[];
	rows: readonly (readonly string[])[];
}

/** Both registry files of one version of the data. */
export interface Registry {
	indicators: RegistryTable;
	areas: RegistryTable;
}

/** Which registry file, its name in data/ and the columns the report names rows by. */
export const REGISTRY_FILES = {
	indicators: { file: 'indicators.csv', key: 'id', label: 'label_en' },
	areas: { file: 'areas.csv', key: 'code', label: 'name_en' },
} as const;

/** A registry file's kind: `indicators` or `areas`. */
export type RegistryKind = keyof typeof REGISTRY_FILES;

/** A file that is missing, or a version without a data folder. */
export const EMPTY_TABLE: RegistryTable = { columns: [], rows: [] };

/** A version without registry files. */
export const EMPTY_REGISTRY: Registry = { indicators: EMPTY_TABLE, areas: EMPTY_TABLE };

/** A row by its key, with its cells by column. */
export interface RegistryRow {
	key: string;
	cells: ReadonlyMap<string, string>;
}

/** One cell that differs. */
export interface CellChange {
	column: string;
	before: string;
	after: string;
}

/**
 * A row in both versions, with the cells that differ in header order (a column only one
 * version has reads as empty in the other).
 */
export interface RowChange {
	key: string;
	cells: CellChange[];
}

/** How one registry file differs: added and changed rows in the new file's order, removed in the old's. */
export interface TableDiff {
	added: RegistryRow[];
	removed: RegistryRow[];
	changed: RowChange[];
	/** Header columns new in, or gone from, a file present in both versions. */
	columnsAdded: string[];
	columnsRemoved: string[];
}

/** How the registry differs. */
export interface RegistryDiff {
	indicators: TableDiff;
	areas: TableDiff;
}

/** A CSV file read by `readCsv` as a registry table (cell positions dropped). */
export function registryTable(csv: CsvFile): RegistryTable {
	if (csv.header === null) return EMPTY_TABLE;
	return {
		columns: csv.header.cells.map((c) => c.value),
		rows: csv.rows.map((r) => r.cells.map((c) => c.value)),
	};
}

/**
 * The rows of a table by key, first occurrence kept as check-data keeps it. Rows with an
 * empty key, or a table without the key column, give nothing to match (check-data reports
 * them). A short row reads as empty cells.
 */
function rowsByKey(table: RegistryTable, key: string): Map<string, RegistryRow> {
	const at = table.columns.indexOf(key);
	const rows = new Map<string, RegistryRow>();
	if (at < 0) return rows;
	for (const row of table.rows) {
		const k = row[at] ?? '';
		if (k === '' || rows.has(k)) continue;
		rows.set(k, { key: k, cells: new Map(table.columns.map((c, i) => [c, row[i] ?? ''])) });
	}
	return rows;
}

/** Compares two versions of one registry file, rows matched by the `key` column. */
export function diffRegistryTable(
	before: RegistryTable,
	after: RegistryTable,
	key: string,
): TableDiff {
	const old = rowsByKey(before, key);
	const now = rowsByKey(after, key);
	// Every column of either header: a column added or removed reads as empty on the other side.
	const columns = [...new Set([...after.columns, ...before.columns])];
	const bothHaveHeaders = before.columns.length > 0 && after.columns.length > 0;
	const changed: RowChange[] = [];
	for (const row of now.values()) {
		const was = old.get(row.key);
		if (was === undefined) continue;
		const cells = columns
			.map((column) => ({
				column,
				before: was.cells.get(column) ?? '',
				after: row.cells.get(column) ?? '',
			}))
			.filter((c) => c.before !== c.after);
		if (cells.length > 0) changed.push({ key: row.key, cells });
	}
	return {
		added: [...now.values()].filter((r) => !old.has(r.key)),
		removed: [...old.values()].filter((r) => !now.has(r.key)),
		changed,
		columnsAdded: bothHaveHeaders ? after.columns.filter((c) => !before.columns.includes(c)) : [],
		columnsRemoved: bothHaveHeaders ? before.columns.filter((c) => !after.columns.includes(c)) : [],
	};
}

/** Compares the registry files of two versions of the data. */
export function diffRegistry(before: Registry, after: Registry): RegistryDiff {
	return {
		indicators: diffRegistryTable(
			before.indicators,
			after.indicators,
			REGISTRY_FILES.indicators.key,
		),
		areas: diffRegistryTable(before.areas, after.areas, REGISTRY_FILES.areas.key),
	};
}

/** True when a registry file did not change at all. */
export function isEmptyTableDiff(d: TableDiff): boolean {
	return [d.added, d.removed, d.changed, d.columnsAdded, d.columnsRemoved].every(
		(l) => l.length === 0,
	);
}
