/**
 * The page of one chart for <iframe> embedding: the figure, a link back to the region page,
 * and the one stylesheet all embed pages share (a cached file: inlined, it was a quarter of
 * every embed page). Links open in the embedding page (base target _top). No script.
 */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import { escapeHtml as e } from '../html/escape.ts';
import type { Region } from '../schema/region.ts';
import { figureMarkup } from './figure-markup.ts';
import { regionUrl, withBase } from '../page-data/urls.ts';
import type { ChartModel } from './model.ts';
import { regionName } from './region-name.ts';

/** What an embed page needs besides the chart. */
export interface EmbedPageContext {
	/** Site origin for the canonical link (`https://…`). */
	site: string;
	/** Path of the embed pages' shared stylesheet, with the base path. */
	stylesheet: string;
	/** Content Security Policy directives shared with the site, without script/style-src. */
	csp: readonly string[];
}

/** Where an embed page leads back to, and whose chart it is. */
export interface EmbedBack {
	/** Path of the page the chart belongs to. */
	href: string;
	/** Text of the link back. */
	text: string;
	/** Whose chart: the region's name ("Kota Malang", "Indonesia"). */
	name: string;
}

/** Page titles stay within 70 characters: the chart, whose it is, the site when it fits. */
export function embedTitle(model: ChartModel, name: string): string {
	const title = `${model.shortTitle}: ${name}`;
	const full = `${title} · Pantau Jamsostek`;
	return full.length <= 70 ? full : title.length <= 70 ? title : `${title.slice(0, 69)}…`;
}

/** The way back from a region's chart: its region page. */
export function regionBack(region: Region, locale: Locale): EmbedBack {
	const name = regionName(region, locale);
	return {
		href: regionUrl(region, locale),
		text: CHART_STRINGS[locale].embed.back(name),
		name,
	};
}

/** The whole HTML document. */
export function embedPageHtml(
	model: ChartModel,
	locale: Locale,
	back: EmbedBack,
	ctx: EmbedPageContext,
): string {
	const canonical = new URL(back.href, ctx.site).href;
	const csp = [...ctx.csp, "script-src 'self'", "style-src 'self'"];
	return [
		`<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="color-scheme" content="light dark">',
		`<meta name="description" content="${e(model.takeaway)}">`,
		`<base target="_top"><link rel="icon" href="${e(withBase('/favicon.svg'))}" type="image/svg+xml">`,
		`<link rel="canonical" href="${e(canonical)}">`,
		`<title>${e(embedTitle(model, back.name))}</title>`,
		`<meta http-equiv="content-security-policy" content="${e(csp.join(';'))}">`,
		`<link rel="stylesheet" href="${e(ctx.stylesheet)}"></head><body><main>`,
		figureMarkup(model, locale, 1),
		`<p class="embed-back"><a href="${e(back.href)}">${e(back.text)}</a> · Pantau Jamsostek</p>`,
		'</main></body></html>',
	].join('');
}
