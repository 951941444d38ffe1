/** The text of each table download, CSV or JSON, for the whole data set or one region. */
import type { Region } from '../schema/region.ts';
import type { ExportContext } from './context.ts';
import { toCsv } from './csv.ts';
import { toJson } from './json.ts';
import { exportMeta } from './meta.ts';
import type { TableFile, TableName } from './paths.ts';
import type { TableData } from './table.ts';
import { exportTable } from './tables.ts';

/** A built table as CSV, or as JSON with its metadata (about `region` when given). */
export function tableText(
	ctx: ExportContext,
	data: TableData,
	format: 'csv' | 'json',
	region?: Region,
): string {
	return format === 'csv' ? toCsv(data) : toJson(data, exportMeta(ctx, data.spec, region));
}

/** The body of `figures.csv`, `checks.json`… */
export function tableFile(ctx: ExportContext, file: TableFile, region?: Region): string {
	const [name, format] = file.split('.') as [TableName, 'csv' | 'json'];
	return tableText(ctx, exportTable(ctx, name, region), format, region);
}
