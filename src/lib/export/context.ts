/** What every export is built from, and the look-ups the row builders share. */
import type { Figure } from '../schema/figure.ts';
import type { Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import { buildSiteIndex, type SiteIndex } from '../page-data/site-index.ts';
import { withBase } from '../page-data/urls.ts';
import type { ChartData } from '../chart/datum.ts';
import { regionPagePath } from './paths.ts';

/**
 * The dataset, its analysis, the site index's look-ups the tables read (figures by id; each
 * table's rows by region) and the site URL that page links are made absolute with.
 */
export interface ExportContext extends Pick<
	SiteIndex,
	| 'dataset'
	| 'analysis'
	| 'figureById'
	| 'figuresByRegion'
	| 'derivedByRegion'
	| 'checksByRegion'
	| 'conflictsByRegion'
> {
	/** Site origin (`https://pantau-jamsostek.github.io`); without it links stay relative. */
	site: string | undefined;
}

/**
 * Builds a context from `getSiteData()`'s result (indexed here, once) and Astro's `site`.
 * Build a new context for other data: a context's look-ups describe the data it was built from.
 */
export function exportContext(data: ChartData, site: URL | string | undefined): ExportContext {
	const index = buildSiteIndex(data);
	return {
		dataset: index.dataset,
		analysis: index.analysis,
		figureById: index.figureById,
		figuresByRegion: index.figuresByRegion,
		derivedByRegion: index.derivedByRegion,
		checksByRegion: index.checksByRegion,
		conflictsByRegion: index.conflictsByRegion,
		site: site?.toString(),
	};
}

/** The region with this code; throws when a figure names an unknown region. */
export function regionOf(ctx: ExportContext, code: string): Region {
	const region = ctx.dataset.regions.get(code);
	if (!region) throw new Error(`export: region ${code} is not in the dataset`);
	return region;
}

/** The source with this id; throws when it is unknown. */
export function sourceOf(ctx: ExportContext, id: string): Source {
	const source = ctx.dataset.sources.get(id);
	if (!source) throw new Error(`export: source ${id} is not in the dataset`);
	return source;
}

/** The reported figure with this id; throws when an analysis names a figure that does not exist. */
export function figureOf(ctx: ExportContext, id: string): Figure {
	const figure = ctx.figureById.get(id);
	if (!figure) throw new Error(`export: figure ${id} is not in the dataset`);
	return figure;
}

/** An absolute URL on the site, under its base path (relative when no site is set). */
export function siteUrl(ctx: ExportContext, path: string): string {
	const url = withBase(path);
	return ctx.site === undefined ? url : new URL(url, ctx.site).href;
}

/** Permalink of an item on its region's page: `…/wilayah/<slug>/#<anchor>`. */
export function pageUrl(ctx: ExportContext, regionCode: string, anchor: string): string {
	return siteUrl(ctx, `${regionPagePath(regionOf(ctx, regionCode))}#${anchor}`);
}
