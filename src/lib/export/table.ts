/**
 * The shape of an exported table, defined once: the CSV header, the JSON keys and the
 * datapackage.json schema all come from the same column list, so they cannot drift apart.
 */
import type { TableName } from './paths.ts';

/** How a column is typed in CSV, JSON and datapackage.json. */
export type ColumnType = 'string' | 'number' | 'integer' | 'date' | 'list';

/** One column of an exported table. */
export interface Column {
	/** Header in the CSV, key in the JSON, field name in datapackage.json. */
	name: string;
	/**
	 * `number`/`integer` cells are written as plain numbers and never escaped; `list` cells are
	 * arrays in JSON and `;`-joined text in CSV; everything else is text.
	 */
	type: ColumnType;
	/** What the column means, for datapackage.json and the README. */
	description: string;
	/** `uri` for link columns. */
	format?: 'uri';
	/** The closed vocabulary the column takes its values from. */
	enum?: readonly string[];
}

/** A cell value as the row builders produce it. `null` is a missing value (empty in CSV). */
export type CellValue = string | number | null | readonly string[];

/** The value type of a column of type `T`. */
export type Cell<T extends ColumnType> = T extends 'number' | 'integer'
	? number | null
	: T extends 'list'
		? readonly string[]
		: string | null;

/** A row of a table whose columns are `C`: one key per column, typed by the column type. */
export type RowOf<C extends readonly Column[]> = {
	[K in C[number] as K['name']]: Cell<K['type']>;
};

/** An exported table: its name (the file stem), description and columns. */
export interface TableSpec {
	/** File stem and datapackage resource name: `figures`, `derived`, `checks`, `conflicts`. */
	name: TableName;
	title: string;
	description: string;
	columns: readonly Column[];
	/** Column(s) that identify a row. */
	primaryKey: readonly string[];
}

/** A table with its rows, ready for a writer. */
export interface TableData {
	spec: TableSpec;
	rows: readonly Readonly<Record<string, CellValue>>[];
}
