/**
 * conflicts.csv / conflicts.json: the same series and period reported with different values by
 * different sources. One row per figure in a conflict, so every side keeps its own source and
 * quote.
 */
import type { Conflict } from '../schema/analysis.ts';
import { PAGE_URL_COLUMN, QUALIFIER_COLUMN, SOURCE_COLUMNS, sourceCells } from './columns.ts';
import { figureOf, pageUrl, regionOf, type ExportContext } from './context.ts';
import type { Column, RowOf, TableData, TableSpec } from './table.ts';

/** Columns of conflicts.csv, in order. */
export const CONFLICT_COLUMNS = [
	{ name: 'conflict_id', type: 'string', description: 'Stable id of the conflict (k-…)' },
	{ name: 'region_code', type: 'string', description: 'Kemendagri or area code of the region' },
	{ name: 'region_name', type: 'string', description: 'Official name of the region' },
	{ name: 'indicator', type: 'string', description: 'Indicator id' },
	{ name: 'period', type: 'string', description: 'The period the sources disagree on' },
	{ name: 'message_id', type: 'string', description: 'What disagrees, Indonesian' },
	{ name: 'message_en', type: 'string', description: 'What disagrees, English' },
	{
		name: 'figure_id',
		type: 'string',
		description: 'Id of one of the conflicting figures (figures.csv id)',
	},
	{ name: 'value', type: 'number', description: 'The value this source reports' },
	QUALIFIER_COLUMN,
	{ name: 'quote', type: 'string', description: 'The exact words of the source' },
	...SOURCE_COLUMNS,
	PAGE_URL_COLUMN,
] as const satisfies readonly Column[];

/** One row of conflicts.csv. */
export type ConflictExportRow = RowOf<typeof CONFLICT_COLUMNS>;

/** conflicts.csv as a table: name, description, columns, key. */
export const CONFLICTS_TABLE: TableSpec = {
	name: 'conflicts',
	title: 'Conflicts between sources',
	description:
		'The same series and period reported with different values by different sources: one row per conflicting figure, each with its source and quote. Nothing is corrected; both sides are shown.',
	columns: CONFLICT_COLUMNS,
	primaryKey: ['conflict_id', 'figure_id'],
};

/** The rows of one conflict, one per figure. */
export function conflictRows(ctx: ExportContext, k: Conflict): ConflictExportRow[] {
	const region = regionOf(ctx, k.region);
	return k.figureIds.map((id) => {
		const f = figureOf(ctx, id);
		return {
			conflict_id: k.id,
			region_code: k.region,
			region_name: region.name,
			indicator: k.indicator,
			period: k.period,
			message_id: k.message.id,
			message_en: k.message.en,
			figure_id: id,
			value: f.value,
			qualifier: f.qualifier,
			quote: f.quote,
			...sourceCells(ctx, f.sourceId),
			page_url: pageUrl(ctx, k.region, k.id),
		};
	});
}

/** The conflicts table, in analysis order. */
export function conflictsTable(ctx: ExportContext, conflicts: readonly Conflict[]): TableData {
	return { spec: CONFLICTS_TABLE, rows: conflicts.flatMap((k) => conflictRows(ctx, k)) };
}
