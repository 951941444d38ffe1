/** figures.csv / figures.json: every reported figure with its source and the exact quote. */
import type { Figure } from '../schema/figure.ts';
import {
	PAGE_URL_COLUMN,
	PERIOD_COLUMNS,
	QUALIFIER_COLUMN,
	SERIES_COLUMNS,
	SOURCE_COLUMNS,
	periodCells,
	seriesCells,
	sourceCells,
} from './columns.ts';
import { pageUrl, type ExportContext } from './context.ts';
import type { Column, RowOf, TableData, TableSpec } from './table.ts';

/** Columns of figures.csv, in order: the figure, its series, period, value, quote, source. */
export const FIGURES_TABLE_COLUMNS = [
	{
		name: 'id',
		type: 'string',
		description: 'Stable figure id, also the anchor of its permalink',
	},
	...SERIES_COLUMNS,
	...PERIOD_COLUMNS,
	{ name: 'value', type: 'number', description: 'The value, in the unit of the indicator' },
	QUALIFIER_COLUMN,
	{
		name: 'quote',
		type: 'string',
		description: 'The exact words of the source that state the value',
	},
	{ name: 'note', type: 'string', description: "The curator's note: judgement calls, ambiguities" },
	...SOURCE_COLUMNS,
	PAGE_URL_COLUMN,
] as const satisfies readonly Column[];

/** One row of figures.csv. */
export type FigureExportRow = RowOf<typeof FIGURES_TABLE_COLUMNS>;

/** figures.csv as a table: name, description, columns, key. */
export const FIGURES_TABLE: TableSpec = {
	name: 'figures',
	title: 'Reported figures',
	description:
		'Every figure read from an article or document, one per row, with the exact quote it was read from and its source.',
	columns: FIGURES_TABLE_COLUMNS,
	primaryKey: ['id'],
};

/** The row of one reported figure. */
export function figureRow(ctx: ExportContext, f: Figure): FigureExportRow {
	return {
		id: f.id,
		...seriesCells(ctx, f),
		...periodCells(f.period),
		value: f.value,
		qualifier: f.qualifier,
		quote: f.quote,
		note: f.note,
		...sourceCells(ctx, f.sourceId),
		page_url: pageUrl(ctx, f.region, f.id),
	};
}

/** The figures table, in dataset order (source id, then file order). */
export function figuresTable(ctx: ExportContext, figures: readonly Figure[]): TableData {
	return { spec: FIGURES_TABLE, rows: figures.map((f) => figureRow(ctx, f)) };
}
