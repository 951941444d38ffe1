/**
 * A region's zip: its CSVs, metadata.json and README.md. The bytes depend only on the data:
 * every entry carries the same timestamp, taken from the data version.
 */
import { deflateRawSync } from 'node:zlib';
import { strToU8, Zip, ZipPassThrough } from 'fflate';
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
 * The files of a region's bundle, name → text, in the order they are zipped; `tables` and
 * their CSV texts when the caller has built them already.
 */
export function regionBundleFiles(
	ctx: ExportContext,
	region: Region,
	tables: readonly TableData[] = exportTables(ctx, region),
	csv: readonly string[] = tables.map(toCsv),
): Record<string, string> {
	return {
		...Object.fromEntries(tables.map((t, i) => [`${t.spec.name}.csv`, csv[i] ?? toCsv(t)])),
		'metadata.json': `${JSON.stringify(regionMetadata(ctx, region, tables), null, 2)}\n`,
		'README.md': regionReadme(ctx, region, tables),
	};
}

/**
 * A zip entry deflated by Node's zlib, which is native and several times faster than fflate's
 * own deflate; fflate writes the archive around it. The whole file is pushed at once: one
 * chunk is one complete deflate stream.
 */
class ZlibEntry extends ZipPassThrough {
	constructor(filename: string, mtime: Date) {
		super(filename);
		this.compression = 8;
		this.mtime = mtime;
	}

	protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
		this.ondata(null, deflateRawSync(chunk, { level: 9 }), final);
	}
}

/** A zip of `files` (name → text, in order), every entry dated `mtime`. */
export function zipFiles(files: Readonly<Record<string, string>>, mtime: Date): Uint8Array {
	const parts: Uint8Array[] = [];
	const zip = new Zip((error, chunk) => {
		if (error) throw error;
		parts.push(chunk);
	});
	for (const [name, text] of Object.entries(files)) {
		const entry = new ZlibEntry(name, mtime);
		zip.add(entry);
		entry.push(strToU8(text), true);
	}
	zip.end();
	return Buffer.concat(parts);
}

/** The zip of a region's bundle. Two calls on the same data give identical bytes. */
export function regionZip(
	ctx: ExportContext,
	region: Region,
	tables: readonly TableData[] = exportTables(ctx, region),
): Uint8Array {
	return zipFiles(regionBundleFiles(ctx, region, tables), zipTimestamp(ctx.dataset.version));
}
