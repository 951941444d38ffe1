/** What every export is built from, and the look-ups the row builders share. */
import type { Analysis } from '../schema/analysis.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { Figure } from '../schema/figure.ts';
import { figuresById } from '../schema/figure-index.ts';
import type { Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import { withBase } from '../page-data/urls.ts';
import { regionPagePath } from './paths.ts';

/** The dataset, its analysis and the site URL that page links are made absolute with. */
export interface ExportContext {
	dataset: Dataset;
	analysis: Analysis;
	/** Site origin (`https://pantau-jamsostek.github.io`); without it links stay relative. */
	site: string | undefined;
}

/** Builds a context from `getSiteData()`'s result and Astro's `site`. */
export function exportContext(
	data: { dataset: Dataset; analysis: Analysis },
	site: URL | string | undefined,
): ExportContext {
	return { dataset: data.dataset, analysis: data.analysis, site: site?.toString() };
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
	const figure = figuresById(ctx.dataset).get(id);
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
