/** metadata.json of a region's zip: the region, its sources, the files, version, license, citation. */
import type { Region } from '../schema/region.ts';
import { citation } from './citation.ts';
import { siteUrl, type ExportContext } from './context.ts';
import { CODE_LICENSE, DATA_LICENSE, ESCAPING_NOTE, QUOTES_NOTE, REGION_LIST } from './licenses.ts';
import { regionPagePath, regionZipPath } from './paths.ts';
import type { TableData } from './table.ts';

/** The sources the region's figures come from, in source id order. */
export function regionSources(ctx: ExportContext, region: Region) {
	const ids = new Set((ctx.figuresByRegion.get(region.code) ?? []).map((f) => f.sourceId));
	return [...ctx.dataset.sources.values()]
		.filter((s) => ids.has(s.id))
		.map((s) => ({
			id: s.id,
			title: s.title,
			publisher: s.publisher,
			url: s.url ?? null,
			archived_url: s.archived_url ?? null,
			published: s.published,
			accessed: s.accessed,
			kind: s.kind,
			language: s.language,
		}));
}

/** The metadata object of a region's bundle; `tables` are the CSVs it contains. */
export function regionMetadata(ctx: ExportContext, region: Region, tables: readonly TableData[]) {
	return {
		title: `Pantau Jamsostek: ${region.name}`,
		region: {
			code: region.code,
			name: region.name,
			name_en: region.nameEn,
			kind: region.kind,
			parent_code: region.parent,
			page_url: siteUrl(ctx, regionPagePath(region)),
			zip_url: siteUrl(ctx, regionZipPath(region)),
		},
		data_version: ctx.dataset.version,
		files: tables.map((t) => ({
			path: `${t.spec.name}.csv`,
			title: t.spec.title,
			description: t.spec.description,
			rows: t.rows.length,
			columns: t.spec.columns.map((c) => ({
				name: c.name,
				type: c.type,
				description: c.description,
			})),
		})),
		sources: regionSources(ctx, region),
		license: DATA_LICENSE,
		region_list: REGION_LIST,
		code_license: CODE_LICENSE,
		quotes: QUOTES_NOTE,
		csv_escaping: ESCAPING_NOTE,
		citation: citation(ctx, region),
	};
}
