/** derived.csv / derived.json: figures computed from reported figures, with formula and inputs. */
import type { DerivedFigure } from '../schema/analysis.ts';
import {
	PAGE_URL_COLUMN,
	PERIOD_COLUMNS,
	SERIES_COLUMNS,
	periodCells,
	seriesCells,
} from './columns.ts';
import { figureOf, pageUrl, type ExportContext } from './context.ts';
import type { Column, RowOf, TableData, TableSpec } from './table.ts';

/** Columns of derived.csv, in order. */
export const DERIVED_COLUMNS = [
	{ name: 'id', type: 'string', description: 'Stable id of the derived figure (d-…)' },
	{
		name: 'rule',
		type: 'string',
		description: 'The formula that produced it, e.g. coverage_rate',
	},
	{
		name: 'label_id',
		type: 'string',
		description: 'What the value is, in words, Indonesian',
	},
	{ name: 'label_en', type: 'string', description: 'What the value is, in words, English' },
	...SERIES_COLUMNS,
	...PERIOD_COLUMNS,
	{
		name: 'value',
		type: 'number',
		description: 'The computed value, unrounded, in the unit of the indicator',
	},
	{ name: 'decimals', type: 'integer', description: 'Decimal places the site shows it with' },
	{ name: 'formula_id', type: 'string', description: 'The formula in words, Indonesian' },
	{ name: 'formula_en', type: 'string', description: 'The formula in words, English' },
	{
		name: 'inputs',
		type: 'list',
		description: 'Ids of the reported figures it was computed from (figures.csv id), ;-separated',
	},
	{
		name: 'input_source_ids',
		type: 'list',
		description: 'Ids of the sources of those figures, ;-separated',
	},
	PAGE_URL_COLUMN,
] as const satisfies readonly Column[];

/** One row of derived.csv. */
export type DerivedExportRow = RowOf<typeof DERIVED_COLUMNS>;

/** derived.csv as a table: name, description, columns, key. */
export const DERIVED_TABLE: TableSpec = {
	name: 'derived',
	title: 'Derived figures',
	description:
		'Figures computed by a formula over reported figures of one region (never read from a source), with the formula and the ids of their inputs.',
	columns: DERIVED_COLUMNS,
	primaryKey: ['id'],
};

/** The row of one derived figure. */
export function derivedRow(ctx: ExportContext, d: DerivedFigure): DerivedExportRow {
	const sources = [...new Set(d.inputs.map((id) => figureOf(ctx, id).sourceId))];
	return {
		id: d.id,
		rule: d.rule,
		label_id: d.label.id,
		label_en: d.label.en,
		...seriesCells(ctx, d),
		// The indicator may be the rule itself (segment_share…): the unit is the derived figure's own.
		unit: d.unit,
		...periodCells(d.period),
		value: d.value,
		decimals: d.decimals,
		formula_id: d.formula.id,
		formula_en: d.formula.en,
		inputs: d.inputs,
		input_source_ids: sources,
		page_url: pageUrl(ctx, d.region, d.id),
	};
}

/** The derived-figures table, in analysis order. */
export function derivedTable(ctx: ExportContext, derived: readonly DerivedFigure[]): TableData {
	return { spec: DERIVED_TABLE, rows: derived.map((d) => derivedRow(ctx, d)) };
}
