/**
 * The files the site serves that are not pages: every download under `/data/` and every
 * embeddable chart under `/embed/` (pages and .svg files). They are written by
 * scripts/static-files.ts, which the build runs beside Astro (see src/integrations/).
 */
import type { ChartInput } from '../chart/datum.ts';
import { exportContext } from '../export/context.ts';
import { chartFiles, type ChartFilesContext } from './chart-files.ts';
import { regionDownloads, siteDownloads } from './downloads.ts';
import type { StaticFile } from './static-file.ts';

export type { StaticFile } from './static-file.ts';

/** Every static file of the site, downloads first. */
export function* staticFiles(data: ChartInput, ctx: ChartFilesContext): Generator<StaticFile> {
	const exports = exportContext(data, ctx.site);
	yield* siteDownloads(exports);
	yield* regionDownloads(exports);
	yield* chartFiles(data, ctx);
}
