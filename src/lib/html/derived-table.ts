/**
 * The table of derived figures as markup: computed from reported ones, never read from a
 * source. Each row shows the formula and links to its inputs; on the region page it is the
 * permalink target (`d-…`). All data is escaped.
 */
import { t } from '../../i18n/ui.ts';
import { formatPeriod } from '../format/date.ts';
import { escapeHtml as e } from './escape.ts';
import type { DerivedFigure } from '../schema/analysis.ts';
import type { PageContext } from '../page-data/context.ts';
import { figuresTableShell, reportNoteMarkup, valueMarkup } from './figure-table.ts';

/** A link to a figure's permalink, named by its label and period (and value). */
export function figureRefMarkup(id: string, ctx: PageContext, withValue: boolean): string {
	const f = ctx.figure(id);
	const name = e(`${ctx.figureLabel(f)} (${formatPeriod(f.period, ctx.locale)})`);
	return `<a href="${e(ctx.figureHref(f))}">${name}${withValue ? `: ${valueMarkup(f, ctx)}` : ''}</a>`;
}

/** Which columns the table has. */
export interface DerivedTableOptions {
	caption: string;
	anchors: boolean;
	showRegion: boolean;
}

/** The whole table, wrapped for horizontal scrolling. */
export function derivedTableMarkup(
	derived: readonly DerivedFigure[],
	ctx: PageContext,
	o: DerivedTableOptions,
): string {
	const s = t(ctx.locale);
	const heads = [
		o.showRegion ? { text: s.colRegion } : null,
		{ text: s.colFigure },
		{ text: s.colPeriod },
		{ text: s.colValue, numeric: true },
		{ text: s.colFormula },
	];
	const rows = derived.map((d) =>
		[
			o.anchors ? `<tr id="${e(d.id)}">` : '<tr>',
			o.showRegion
				? `<td><a href="${e(ctx.regionHref(d.region))}">${e(ctx.regionName(d.region))}</a></td>`
				: '',
			// No "dihitung" badge: the whole table is derived figures, as its caption says.
			`<th scope="row"><a href="${e(ctx.figureHref(d))}">${e(ctx.figureLabel(d))}</a></th>`,
			`<td class="per">${e(formatPeriod(d.period, ctx.locale))}</td>`,
			`<td class="n">${valueMarkup(d, ctx)}</td>`,
			`<td><p class="formula">${e(d.formula[ctx.locale])}</p>`,
			`<p class="inputs">${e(s.computedFrom)} ${d.inputs.map((id) => figureRefMarkup(id, ctx, true)).join('; ')}</p></td></tr>`,
		].join(''),
	);
	return `${figuresTableShell(o.caption, heads, rows)}${reportNoteMarkup(ctx)}`;
}
