/**
 * A region's zip: its CSVs, metadata.json and README.md. The bytes depend only on the data:
 * every entry carries the same timestamp, taken from the data version.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Region } from '../schema/region.ts';
import type { ExportContext } from './context.ts';
import { toCsv } from './csv.ts';
import { regionMetadata } from './region-metadata.ts';
import { regionReadme } from './region-readme.ts';
import type { TableData } from './table.ts';
import { exportTables } from './tables.ts';

/**
 * The entries' timestamp: noon of the data version day. A zip stores local date and time
 * fields and fflate reads them from the Date in the local zone, so the Date is built from
 * local fields: the bytes are then the same in every time zone.
 */
export function zipTimestamp(version: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(version);
	// Without a version (no sources), the earliest time a zip can store.
	if (!match) return new Date(1980, 0, 1, 0, 0, 0);
	return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12, 0, 0);
}

/**
 * The files of a region's bundle, name → text, in the order they are zipped; `tables` when
 * the caller has built them already.
 */
export function regionBundleFiles(
	ctx: ExportContext,
	region: Region,
	tables: readonly TableData[] = exportTables(ctx, region),
): Record<string, string> {
	return {
		...Object.fromEntries(tables.map((t) => [`${t.spec.name}.csv`, toCsv(t)])),
		'metadata.json': `${JSON.stringify(regionMetadata(ctx, region, tables), null, 2)}\n`,
		'README.md': regionReadme(ctx, region, tables),
	};
}

/** The zip of a region's bundle. Two calls on the same data give identical bytes. */
export function regionZip(
	ctx: ExportContext,
	region: Region,
	tables: readonly TableData[] = exportTables(ctx, region),
): Uint8Array {
	const mtime = zipTimestamp(ctx.dataset.version);
	const entries: Zippable = {};
	for (const [name, text] of Object.entries(regionBundleFiles(ctx, region, tables))) {
		entries[name] = [strToU8(text), { mtime }];
	}
	return zipSync(entries, { level: 9 });
}
