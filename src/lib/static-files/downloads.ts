/**
 * Every file under `/data/`: the whole data set's tables and Data Package, and for each
 * region with figures its tables and zip. Each region's tables are built once and serve
 * both its single files and its zip.
 */
import { dataPackage } from '../export/datapackage.ts';
import type { ExportContext } from '../export/context.ts';
import { tableFile, tableText } from '../export/files.ts';
import {
	DATA_PATHS,
	TABLE_FILES,
	downloadPaths,
	regionTablePath,
	type TableName,
} from '../export/paths.ts';
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
		for (const table of tables) {
			for (const format of ['csv', 'json'] as const) {
				const path = regionTablePath(region, `${table.spec.name as TableName}.${format}`);
				yield { path, body: tableText(ctx, table, format, region) };
			}
		}
		yield { path: downloadPaths(region).zip, body: regionZip(ctx, region, tables) };
	}
}
