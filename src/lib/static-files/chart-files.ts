/**
 * The embeddable charts of every region with figures, in both languages: the embed page
 * (`/embed/<region>/<chart>/`) and the .svg download (`/embed/<region>/<chart>.svg`). Each
 * chart model is built once and serves both.
 */
import { embedPageHtml } from '../chart/embed-page.ts';
import type { ChartInput } from '../chart/datum.ts';
import { embedHref, embedSvgHref } from '../chart/links.ts';
import { regionCharts } from '../chart/region-charts.ts';
import { standaloneSvg } from '../chart/standalone-svg.ts';
import { LOCALES } from '../format/locale.ts';
import type { StaticFile } from './static-file.ts';
import type { ChartStyles } from './styles.ts';

/** Where the files say they come from and the policy their pages carry. */
export interface ChartFilesContext {
	/** Site origin (`https://…`). */
	site: string;
	/** Content Security Policy directives of the site, without script-src and style-src. */
	csp: readonly string[];
	styles: ChartStyles;
}

/** The regions with figures, in region code order. */
function chartRegions(input: ChartInput) {
	const codes = new Set(input.dataset.figures.map((f) => f.region));
	return [...input.dataset.regions.values()]
		.filter((r) => codes.has(r.code))
		.sort((a, b) => a.code.localeCompare(b.code));
}

/** Every embed page and .svg file. */
export function* chartFiles(input: ChartInput, ctx: ChartFilesContext): Generator<StaticFile> {
	const host = new URL(ctx.site).host;
	const css = `${ctx.styles.embed}${ctx.styles.svg}${ctx.styles.figure}`;
	for (const region of chartRegions(input)) {
		for (const locale of LOCALES) {
			for (const model of regionCharts(input, region, locale)) {
				yield {
					path: `${embedHref(region.slug, model.id, locale)}index.html`,
					body: embedPageHtml(region, model, locale, { site: ctx.site, css, csp: ctx.csp }),
				};
				yield {
					path: embedSvgHref(region.slug, model.id, locale),
					body: standaloneSvg(model, locale, host, ctx.styles.svg),
				};
			}
		}
	}
}
