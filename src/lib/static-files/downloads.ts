/**
 * Every file under `/data/`: the whole data set's tables and Data Package, and for each
 * region with figures its tables and zip. Each region's tables are built once, and their CSV
 * text serves both the single files and the zip.
 */
import { dataPackage } from '../export/datapackage.ts';
import type { ExportContext } from '../export/context.ts';
import { toCsv } from '../export/csv.ts';
import { tableFile, tableText } from '../export/files.ts';
import { DATA_PATHS, TABLE_FILES, downloadPaths, regionTablePath } from '../export/paths.ts';
import { regionBundleFiles, zipFiles, zipTimestamp } from '../export/region-bundle.ts';
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
		const csv = tables.map(toCsv);
		for (const [i, table] of tables.entries()) {
			const name = table.spec.name;
			yield { path: regionTablePath(region, `${name}.csv`), body: csv[i] ?? toCsv(table) };
			const json = tableText(ctx, table, 'json', region);
			yield { path: regionTablePath(region, `${name}.json`), body: json };
		}
		const bundle = regionBundleFiles(ctx, region, tables, csv);
		const zip = zipFiles(bundle, zipTimestamp(ctx.dataset.version));
		yield { path: downloadPaths(region).zip, body: zip };
	}
}
