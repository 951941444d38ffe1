/** The text of each table download, CSV or JSON, for the whole data set or one region. */
import type { Region } from '../schema/region.ts';
import type { ExportContext } from './context.ts';
import { toCsv } from './csv.ts';
import { toJson } from './json.ts';
import { exportMeta } from './meta.ts';
import type { TableFile, TableName } from './paths.ts';
import { exportTable } from './tables.ts';

/** The body of `figures.csv`, `checks.json`… */
export function tableFile(ctx: ExportContext, file: TableFile, region?: Region): string {
	const [name, format] = file.split('.') as [TableName, 'csv' | 'json'];
	const data = exportTable(ctx, name, region);
	return format === 'csv' ? toCsv(data) : toJson(data, exportMeta(ctx, data.spec, region));
}
