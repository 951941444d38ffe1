/**
 * What the endpoints under `src/pages/data/` call: each builds one download from the site
 * data and wraps it in a Response with its content type.
 */
import type { Region } from '../schema/region.ts';
import { getSiteData } from '../site-data.ts';
import { exportContext, type ExportContext } from './context.ts';
import { dataPackage } from './datapackage.ts';
import { tableFile } from './files.ts';
import type { TableFile } from './paths.ts';
import { regionZip } from './region-bundle.ts';
import { regionBySlug, regionsWithFigures } from './tables.ts';

const CONTENT_TYPES = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	zip: 'application/zip',
} as const;

async function context(site: URL | undefined): Promise<ExportContext> {
	return exportContext(await getSiteData(), site);
}

function tableResponse(body: string, file: TableFile): Response {
	const type = file.endsWith('.csv') ? CONTENT_TYPES.csv : CONTENT_TYPES.json;
	return new Response(body, { headers: { 'Content-Type': type } });
}

/** `/data/<file>`: a table of the whole data set. */
export async function serveTable(file: TableFile, site: URL | undefined): Promise<Response> {
	return tableResponse(tableFile(await context(site), file), file);
}

/** `/data/datapackage.json`. */
export async function serveDataPackage(site: URL | undefined): Promise<Response> {
	const body = dataPackage(await context(site));
	return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES.json } });
}

/** `/data/wilayah/<slug>/<file>`: a table of one region. */
export async function serveRegionTable(
	slug: string | undefined,
	file: TableFile,
	site: URL | undefined,
): Promise<Response> {
	const ctx = await context(site);
	return tableResponse(tableFile(ctx, file, regionBySlug(ctx, slug)), file);
}

/** `/data/wilayah/<slug>.zip`. */
export async function serveRegionZip(
	slug: string | undefined,
	site: URL | undefined,
): Promise<Response> {
	const ctx = await context(site);
	const zip = regionZip(ctx, regionBySlug(ctx, slug));
	// A copy typed as backed by an ArrayBuffer, which BodyInit requires.
	return new Response(new Uint8Array(zip), { headers: { 'Content-Type': CONTENT_TYPES.zip } });
}

/** `getStaticPaths` of the per-region downloads: one path per region with figures. */
export async function regionDownloadPaths(): Promise<{ params: { slug: string } }[]> {
	const { dataset, analysis } = await getSiteData();
	const regions: Region[] = regionsWithFigures(exportContext({ dataset, analysis }, undefined));
	return regions.map((r) => ({ params: { slug: r.slug } }));
}
