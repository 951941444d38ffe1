/**
 * Every file under `/data/`: the whole data set's zip (its four tables as CSV and
 * datapackage.json), and for each region with figures its zip. Each table is built once and
 * written once.
 */
import { dataPackage } from '../export/datapackage.ts';
import type { ExportContext } from '../export/context.ts';
import { toCsv } from '../export/csv.ts';
import { DATA_PATHS, TABLE_NAMES, regionZipPath } from '../export/paths.ts';
import { regionZip, zipFiles, zipTimestamp } from '../export/region-bundle.ts';
import { exportTable, regionsWithFigures } from '../export/tables.ts';
import type { StaticFile } from './static-file.ts';

/** The files of the whole data set's zip, name → text, in the order they are zipped. */
export function siteBundleFiles(ctx: ExportContext): Record<string, string> {
	return {
		...Object.fromEntries(
			TABLE_NAMES.map((name) => [`${name}.csv`, toCsv(exportTable(ctx, name))]),
		),
		'datapackage.json': dataPackage(ctx),
	};
}

/** The site-wide download: `/data/pantau-jamsostek.zip`. */
export function* siteDownloads(ctx: ExportContext): Generator<StaticFile> {
	const files = siteBundleFiles(ctx);
	yield { path: DATA_PATHS.bundle, body: zipFiles(files, zipTimestamp(ctx.dataset.version)) };
}

/** The download of every region with figures: its zip. */
export function* regionDownloads(ctx: ExportContext): Generator<StaticFile> {
	for (const region of regionsWithFigures(ctx)) {
		yield { path: regionZipPath(region), body: regionZip(ctx, region) };
	}
}
