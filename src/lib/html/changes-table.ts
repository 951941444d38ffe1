/**
 * The table of the figures a source brought, on the changes page: region, figure, period,
 * value and permalink. Written as one string like the other figure tables; all data is
 * escaped.
 */
import { t } from '../../i18n/ui.ts';
import { formatPeriod } from '../format/date.ts';
import { escapeHtml as e } from './escape.ts';
import type { ChangedFigure } from '../page-data/changes.ts';
import type { PageContext } from '../page-data/context.ts';
import { figuresTableShell, valueMarkup } from './figure-table.ts';

/** The whole table, wrapped for horizontal scrolling. */
export function changesTableMarkup(
	figures: readonly ChangedFigure[],
	ctx: PageContext,
	caption: string,
): string {
	const s = t(ctx.locale);
	const heads = [
		{ text: s.colRegion },
		{ text: s.colFigure },
		{ text: s.colPeriod },
		{ text: s.colValue, numeric: true },
		{ text: s.colLinks },
	];
	const rows = figures.map(({ figure, href }) => {
		const label = ctx.seriesLabel(figure);
		const region = ctx.regionName(figure.region);
		return [
			`<tr><td data-label="${e(s.colRegion)}"><a href="${e(ctx.regionHref(figure.region))}">${e(region)}</a></td>`,
			`<th scope="row" data-label="${e(s.colFigure)}">${e(label)}</th>`,
			`<td data-label="${e(s.colPeriod)}">${e(formatPeriod(figure.period, ctx.locale))}</td>`,
			`<td data-label="${e(s.colValue)}" class="n">${valueMarkup(figure, ctx)}</td>`,
			`<td data-label="${e(s.colLinks)}" class="links"><a href="${e(href)}" aria-label="${e(`${s.permalink}: ${label}, ${region}`)}">${e(s.permalink)}</a></td></tr>`,
		].join('');
	});
	return figuresTableShell(caption, heads, rows);
}
