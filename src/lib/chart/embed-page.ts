/**
 * The page of one chart for <iframe> embedding: the figure, a link back to the region page,
 * its own stylesheet (allowed by hash in its Content Security Policy). Links open in the
 * embedding page (base target _top). No script.
 */
import { createHash } from 'node:crypto';
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import { escapeHtml as e } from '../html/escape.ts';
import type { Region } from '../schema/region.ts';
import { figureMarkup } from './figure-markup.ts';
import { regionHref } from './links.ts';
import type { ChartModel } from './model.ts';
import { regionName } from './region-name.ts';

/** What an embed page needs besides the chart. */
export interface EmbedPageContext {
	/** Site origin for the canonical link (`https://…`). */
	site: string;
	/** The page's whole stylesheet. */
	css: string;
	/** Content Security Policy directives shared with the site, without script/style-src. */
	csp: readonly string[];
}

/** Page titles stay within 70 characters: the chart, the region, the site when it fits. */
export function embedTitle(model: ChartModel, region: Region, locale: Locale): string {
	const name = `${model.shortTitle}: ${regionName(region, locale)}`;
	const full = `${name} · Pantau Jamsostek`;
	return full.length <= 70 ? full : name.length <= 70 ? name : `${name.slice(0, 69)}…`;
}

/** The whole HTML document. */
export function embedPageHtml(
	region: Region,
	model: ChartModel,
	locale: Locale,
	ctx: EmbedPageContext,
): string {
	const s = CHART_STRINGS[locale];
	const back = regionHref(region.slug, locale);
	const canonical = new URL(back, ctx.site).href;
	const styleHash = createHash('sha256').update(ctx.css).digest('base64');
	const csp = [...ctx.csp, "script-src 'self'", `style-src 'self' 'sha256-${styleHash}'`];
	return [
		`<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="color-scheme" content="light dark">',
		`<meta name="description" content="${e(model.takeaway)}">`,
		'<base target="_top"><link rel="icon" href="/favicon.svg" type="image/svg+xml">',
		`<link rel="canonical" href="${e(canonical)}">`,
		`<title>${e(embedTitle(model, region, locale))}</title>`,
		`<meta http-equiv="content-security-policy" content="${e(csp.join(';'))}">`,
		`<style>${ctx.css}</style></head><body><main>`,
		figureMarkup(model, locale, 1),
		`<p class="embed-back"><a href="${e(back)}">${e(s.embed.back(regionName(region, locale)))}</a> · Pantau Jamsostek</p>`,
		'</main></body></html>',
	].join('');
}
