/** The `meta` block of every JSON download: what it is, its version, license and citation. */
import type { Region } from '../schema/region.ts';
import { citation, PUBLISHER } from './citation.ts';
import { siteUrl, type ExportContext } from './context.ts';
import { CODE_LICENSE, DATA_LICENSE, ESCAPING_NOTE, QUOTES_NOTE, REGION_LIST } from './licenses.ts';
import { DATA_PATHS, regionPagePath } from './paths.ts';
import type { TableSpec } from './table.ts';

/** Metadata for a JSON download of `table`, for the whole data set or one region. */
export function exportMeta(ctx: ExportContext, table: TableSpec, region?: Region) {
	return {
		title: `${PUBLISHER}: ${table.title}${region ? ` — ${region.name}` : ''}`,
		description: table.description,
		...(region && {
			region: {
				code: region.code,
				name: region.name,
				slug: region.slug,
				page_url: siteUrl(ctx, regionPagePath(region)),
			},
		}),
		data_version: ctx.dataset.version,
		homepage: siteUrl(ctx, DATA_PATHS.index),
		license: DATA_LICENSE,
		region_list: REGION_LIST,
		code_license: CODE_LICENSE,
		quotes: QUOTES_NOTE,
		csv_escaping: ESCAPING_NOTE,
		citation: citation(ctx, region),
	};
}
