/**
 * Every file under `/data/`: the whole data set's tables and Data Package, and for each
 * region with figures its tables and zip. Each region's tables are built once and serve
 * both its single files and its zip.
 */
import { dataPackage } from '../export/datapackage.ts';
import type { ExportContext } from '../export/context.ts';
import { toCsv } from '../export/csv.ts';
import { tableFile } from '../export/files.ts';
import { toJson } from '../export/json.ts';
import { exportMeta } from '../export/meta.ts';
import { DATA_PATHS, TABLE_FILES, downloadPaths } from '../export/paths.ts';
import { regionZip } from '../export/region-bundle.ts';
import { exportTables, regionsWithFigures } from '../export/tables.ts';
import type { StaticFile } from './static-file.ts';

/** The site-wide downloads: `/data/figures.csv` … and `/data/datapackage.json`. */
export function* siteDownloads(ctx: ExportContext): Generator<StaticFile> {
	for (const file of TABLE_FILES) yield { path: `/data/${file}`, body: tableFile(ctx, file) };
	yield { path: DATA_PATHS.datapackage, body: dataPackage(ctx) };
}

/** The downloads of every region with figures: eight tables and the zip each. */
export function* regionDownloads(ctx: ExportContext): Generator<StaticFile> {
	for (const region of regionsWithFigures(ctx)) {
		const tables = exportTables(ctx, region);
		const paths = downloadPaths(region);
		const dir = paths.zip.replace(/\.zip$/, '');
		for (const table of tables) {
			const meta = exportMeta(ctx, table.spec, region);
			yield { path: `${dir}/${table.spec.name}.csv`, body: toCsv(table) };
			yield { path: `${dir}/${table.spec.name}.json`, body: toJson(table, meta) };
		}
		yield { path: paths.zip, body: regionZip(ctx, region, tables) };
	}
}
