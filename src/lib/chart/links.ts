/**
 * Site paths the charts link to. Indonesian pages live at `/`, English ones under `/en/`;
 * every page path ends with a slash.
 */
import type { Locale } from '../format/locale.ts';

const prefix = (locale: Locale) => (locale === 'id' ? '' : '/en');

/** A region page: `/wilayah/kota-malang/`. */
export function regionHref(slug: string, locale: Locale): string {
	return `${prefix(locale)}/wilayah/${slug}/`;
}

/** A source page: `/sumber/liputan6-2025-11-29/`. */
export function sourceHref(id: string, locale: Locale): string {
	return `${prefix(locale)}/sumber/${id}/`;
}

/** The embeddable page of one chart: `/embed/kota-malang/coverage/`. */
export function embedHref(slug: string, chartId: string, locale: Locale): string {
	return `${prefix(locale)}/embed/${slug}/${chartId}/`;
}

/** The standalone SVG file of one chart: `/embed/kota-malang/coverage.svg`. */
export function embedSvgHref(slug: string, chartId: string, locale: Locale): string {
	return `${prefix(locale)}/embed/${slug}/${chartId}.svg`;
}
