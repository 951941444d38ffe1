/**
 * The table of reported figures as markup: label (the figure's permalink), period, value,
 * source with the exact quote, and one "report a problem" link under it. Written as one string rather than components
 * per cell: a region's figures page can hold thousands of rows. All data is escaped.
 */
import { REPO_URL, SITE_NAME, SITE_URL } from '../../config.ts';
import { t } from '../../i18n/ui.ts';
import { formatDate, formatPeriod } from '../format/date.ts';
import { decimalsOf } from '../format/number.ts';
import { formatValue } from '../format/value.ts';
import { escapeHtml as e } from './escape.ts';
import { externalRel } from './external-rel.ts';
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { PageContext } from '../page-data/context.ts';
import { newIssueUrl, tableIssue } from '../page-data/report.ts';
import { regionFiguresUrl } from '../page-data/urls.ts';

/** Which columns and links the table has. */
export interface FigureTableOptions {
	caption: string;
	/** Rows carry the figures' ids (only on their region page), and "how to cite" comes first. */
	anchors: boolean;
	showRegion: boolean;
	showSource: boolean;
	/** Show the indicator label; otherwise only the breakdown. */
	showIndicator: boolean;
	/** Add the "report a problem" link under the table. */
	report: boolean;
}

/** A value in words of its unit, with its qualifier ("sekitar 41,66%"), as <data>. */
export function valueMarkup(
	figure: Figure | DerivedFigure,
	ctx: PageContext,
	short = false,
): string {
	const reported = 'sourceId' in figure;
	const decimals = reported ? decimalsOf(figure.precision) : figure.decimals;
	const qualifier = reported ? ctx.qualifier(figure.qualifier) : '';
	// A reported amount in words keeps the places its source printed ("Rp1,008 miliar").
	const precision = reported ? figure.precision : undefined;
	const text = formatValue(
		figure.value,
		ctx.unitOf(figure),
		ctx.locale,
		decimals,
		short,
		precision,
	);
	return `<data class="num" value="${e(String(figure.value))}">${e(qualifier ? `${qualifier} ${text}` : text)}</data>`;
}

/**
 * "How to cite a figure": the citation pattern once above a table of permalinked figures,
 * with the first row's citation as the example, in a <details> so it costs nothing on screen
 * and needs no JavaScript. Once per table, not per row: every row's citation is the pattern
 * filled with that row, and repeating it was a fifth of a national figures page.
 */
export function citeHowMarkup(example: Figure, ctx: PageContext): string {
	const s = t(ctx.locale);
	return `<details class="cite-figure"><summary>${e(s.citeHowSummary)}</summary><p>${e(s.citeHowText)}</p><p>${citationMarkup(example, ctx)}</p></details>`;
}

/** A figure's ready plain-text citation, the publisher marked as a name. */
export function citationMarkup(f: Figure, ctx: PageContext): string {
	const id = ctx.locale === 'id';
	const source = ctx.source(f.sourceId);
	const url = `${SITE_URL}${regionFiguresUrl(ctx.region(f.region), ctx.locale)}#${f.id}`;
	const what = `${ctx.seriesLabel(f)}, ${ctx.regionName(f.region)}, ${formatPeriod(f.period, ctx.locale)}`;
	const before = `${SITE_NAME} (${ctx.version.slice(0, 4)}). ${what}: ${valueText(f, ctx)}. ${id ? 'Sumber' : 'Source'}: `;
	const after = `, ${formatDate(source.published, ctx.locale)}. ${url} (${id ? 'versi data' : 'data version'} ${ctx.version}).`;
	// The publisher is a name, in its own language: translators and the language gate skip it.
	return `${e(before)}<span translate="no">${e(source.publisher)}</span>${e(after)}`;
}

/** A figure's value as plain text, with its qualifier and the places its source printed. */
function valueText(f: Figure, ctx: PageContext): string {
	// Rupiah in words only when the source printed them so ("Rp5,3 miliar", not "Rp1.842.248.232").
	const short = f.precision >= 500;
	const unit = ctx.unitOf(f);
	const text = formatValue(f.value, unit, ctx.locale, decimalsOf(f.precision), short, f.precision);
	const qualifier = ctx.qualifier(f.qualifier);
	return qualifier ? `${qualifier} ${text}` : text;
}

/**
 * "A figure wrong? Copy its permalink, then report a problem": one link under a table, to the
 * issue form with the data version filled in; the reader pastes the permalink.
 */
export function reportNoteMarkup(ctx: PageContext): string {
	const s = t(ctx.locale);
	const issue = tableIssue(ctx);
	const href = newIssueUrl(REPO_URL, issue.title, issue.fields);
	return `<p class="report-note">${e(s.reportHint)} <a href="${e(href)}" rel="${externalRel('nofollow')}">${e(s.reportProblem)}</a></p>`;
}

/** A link to a source's page: "Liputan6.com, 29 November 2025". */
export function sourceLinkMarkup(id: string, ctx: PageContext): string {
	const source = ctx.source(id);
	// A publisher's name is a name: translate="no" tells translators (and the language gate) so.
	return `<a href="${e(ctx.sourceHref(id))}"><span translate="no">${e(source.publisher)}</span>, ${e(formatDate(source.published, ctx.locale))}</a>`;
}

/** A column header of a figures table; `numeric` right-aligns it. */
export interface ColumnHead {
	text: string;
	numeric?: boolean;
}

/** A figures table (`table.figures.stack`) around ready rows, wrapped for horizontal scrolling. */
export function figuresTableShell(
	caption: string,
	heads: readonly (ColumnHead | null)[],
	rows: readonly string[],
): string {
	const head = heads
		.filter((h): h is ColumnHead => h !== null)
		.map((h) => `<th scope="col"${h.numeric ? ' class="n"' : ''}>${e(h.text)}</th>`)
		.join('');
	return `<div class="table-wrap"><table class="figures stack"><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The whole table, wrapped for horizontal scrolling. */
export function figureTableMarkup(
	figures: readonly Figure[],
	ctx: PageContext,
	o: FigureTableOptions,
): string {
	const s = t(ctx.locale);
	const figureHead = o.showIndicator ? s.colFigure : s.colBreakdown;
	const quoteHead = o.showSource ? s.colSourceQuote : s.colQuote;
	const label = (f: Figure) =>
		o.showIndicator ? ctx.seriesLabel(f) : ctx.breakdown(f) || s.wholeRegion;
	const heads = [
		o.showRegion ? { text: s.colRegion } : null,
		{ text: figureHead },
		{ text: s.colPeriod },
		{ text: s.colValue, numeric: true },
		{ text: quoteHead },
	];
	const rows = figures.map((f) => {
		const name = label(f);
		const region = o.showRegion
			? `<td><a href="${e(ctx.regionHref(f.region))}">${e(ctx.regionName(f.region))}</a></td>`
			: '';
		// The curator's note is a maintainer's remark (English): it is in the downloads, not here.
		const quote = `${o.showSource ? sourceLinkMarkup(f.sourceId, ctx) : ''}<blockquote class="quote" lang="${e(ctx.source(f.sourceId).language)}"><p>${e(f.quote)}</p></blockquote>`;
		return [
			o.anchors ? `<tr id="${e(f.id)}">` : '<tr>',
			region,
			// The figure's name is its permalink: a column of "Permalink" links was a sixth of the page.
			`<th scope="row"><a href="${e(ctx.figureHref(f))}">${e(name)}</a></th>`,
			`<td class="per">${e(formatPeriod(f.period, ctx.locale))}</td>`,
			`<td class="n">${valueMarkup(f, ctx)}</td>`,
			`<td>${quote}</td></tr>`,
		].join('');
	});
	const first = figures[0];
	const cite = o.anchors && first !== undefined ? citeHowMarkup(first, ctx) : '';
	const table = figuresTableShell(o.caption, heads, rows);
	return `${cite}${table}${o.report ? reportNoteMarkup(ctx) : ''}`;
}
