/**
 * The embeddable charts, in both languages: the embed page (`/embed/<region>/<chart>/`) and
 * the .svg download (`/embed/<region>/<chart>.svg`). Every chart of every region with
 * figures, and the national ones under the national region: the province map (`map`) and
 * each comparison (`compare-<indicator>`). Each chart model is built once and serves both.
 */
import { compareChart } from '../chart/compare-model.ts';
import { embedPageHtml, regionBack, type EmbedBack } from '../chart/embed-page.ts';
import type { ChartInput } from '../chart/datum.ts';
import { embedPath, embedSvgPath } from '../page-data/urls.ts';
import { provinceMap } from '../chart/map-model.ts';
import { nationalRegion } from '../chart/national.ts';
import type { ChartModel } from '../chart/model.ts';
import { regionCharts } from '../chart/region-charts.ts';
import { regionName } from '../chart/region-name.ts';
import { CHART_STRINGS } from '../../i18n/charts.ts';
import { compareUrl, localePath, withBase } from '../page-data/urls.ts';
import { regionsWithFigures } from '../export/tables.ts';
import type { Locale } from '../format/locale.ts';
import type { Region } from '../schema/region.ts';
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

/** The stylesheet every embed page links (the .svg files carry their own drawing styles). */
export const EMBED_CSS_PATH = '/embed/gaya.css';

/** The national charts with the page each belongs to. */
function* nationalCharts(
	input: ChartInput,
	locale: Locale,
): Generator<{ model: ChartModel; href: string; text: string }> {
	const s = CHART_STRINGS[locale].embed;
	const map = provinceMap(input, locale);
	if (map) yield { model: map, href: localePath('/', locale), text: s.backMap };
	for (const indicator of input.dataset.indicators.keys()) {
		const model = compareChart(input, indicator, locale);
		const href = compareUrl(indicator, locale);
		if (model) yield { model, href, text: s.backCompare };
	}
}

/** Every embed page and .svg file. */
export function* chartFiles(input: ChartInput, ctx: ChartFilesContext): Generator<StaticFile> {
	// The site's address under each drawing: host and base path (`owner.github.io/repo`).
	const host = `${new URL(ctx.site).host}${withBase('/')}`.replace(/\/$/, '');
	const css = `${ctx.styles.embed}${ctx.styles.svg}${ctx.styles.figure}`;
	yield { path: EMBED_CSS_PATH, body: css };
	const page = { site: ctx.site, stylesheet: withBase(EMBED_CSS_PATH), csp: ctx.csp };
	const files = (region: Region, model: ChartModel, locale: Locale, back: EmbedBack) => [
		{
			path: `${embedPath(region.slug, model.id, locale)}index.html`,
			body: embedPageHtml(model, locale, back, page),
		},
		{
			path: embedSvgPath(region.slug, model.id, locale),
			body: standaloneSvg(model, locale, host, ctx.styles.svg),
		},
	];
	for (const region of regionsWithFigures(input)) {
		for (const locale of LOCALES) {
			for (const model of regionCharts(input, region, locale)) {
				yield* files(region, model, locale, regionBack(region, locale));
			}
		}
	}
	const nation = nationalRegion(input);
	if (!nation) return;
	for (const locale of LOCALES) {
		const name = regionName(nation, locale);
		for (const { model, href, text } of nationalCharts(input, locale)) {
			yield* files(nation, model, locale, { href, text, name });
		}
	}
}
