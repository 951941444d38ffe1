/**
 * A chart as a <figure>, as markup: title and takeaway, cross-check flags, the drawing at
 * both widths (CSS shows one), the sources and the data table in a closed <details>. Region
 * pages and embed pages both use it.
 */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import { escapeHtml as e } from '../html/escape.ts';
import type { AidSummary } from './aid-model.ts';
import type { ChartModel, DataTable } from './model.ts';
import { svgMarkup } from './svg-markup.ts';

/** Sources listed open under a chart; more are folded behind their count. */
const MAX_OPEN_SOURCES = 3;

/** A table in its labelled, focusable scroll region: caption, headers, links where cells have them. */
export function scrollTableMarkup(table: DataTable): string {
	const [rowHead, ...columns] = table.columns;
	const head = [rowHead ?? '', ...columns].map((c) => `<th scope="col">${e(c)}</th>`).join('');
	const rows = table.rows
		.map((row) => {
			const cells = row.cells
				.map((cell) => {
					const body = cell.links
						? cell.links.map((l) => `<a href="${e(l.href)}">${e(l.text)}</a>`).join(', ')
						: e(cell.text);
					// Linked cells name publishers: names, not words to translate.
					return cell.links ? `<td translate="no">${body}</td>` : `<td>${body}</td>`;
				})
				.join('');
			return `<tr><th scope="row">${e(row.header)}</th>${cells}</tr>`;
		})
		.join('');
	return `<section class="table-scroll" aria-label="${e(table.caption)}" tabindex="0"><table><caption>${e(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** The data behind a chart, in a closed <details>. */
export function tableMarkup(table: DataTable, summary: string): string {
	return `<details><summary>${e(summary)}</summary>${scrollTableMarkup(table)}</details>`;
}

/**
 * The aid of one payer in words: heading, the sentence, and the small table of the values no
 * chart draws (open: it is what the reader came for, not the data behind a drawing).
 */
export function summaryMarkup(summary: AidSummary, headingLevel: 1 | 2 | 3 | 4): string {
	const uid = e(summary.uid);
	const h = `h${headingLevel}`;
	return `<section class="chart chart-summary" id="${uid}" aria-labelledby="${uid}-heading"><${h} class="chart-title" id="${uid}-heading">${e(summary.title)}</${h}><p class="chart-takeaway">${e(summary.takeaway)}</p>${scrollTableMarkup(summary.table)}</section>`;
}

/** The figure; `after` is trusted markup placed at its end (download link, embed code). */
export function figureMarkup(
	model: ChartModel,
	locale: Locale,
	headingLevel: 1 | 2 | 3 | 4,
	after = '',
): string {
	const s = CHART_STRINGS[locale];
	const uid = e(model.uid);
	const h = `h${headingLevel}`;
	const flags = model.flags
		.map(
			(flag) =>
				`<p class="chart-flag"><span class="chart-flag-badge" aria-hidden="true">!</span>${e(flag)}</p>`,
		)
		.join('');
	const drawing = (width: 'narrow' | 'wide') =>
		svgMarkup(model.scenes[width], {
			uid: `${model.uid}-${width[0] ?? ''}`,
			title: model.title,
			description: model.description,
			role: model.role,
			class: `chart-svg--${width}`,
		});
	const links = model.sources
		.map(
			(src) =>
				`<a href="${e(src.href)}">${e(src.title)}</a>${src.publisher ? e(`, ${src.publisher}`) : ''}`,
		)
		.join('; ');
	// A long list of headlines would push the next chart a screen down on a phone: folded.
	const sources =
		model.sources.length === 0
			? ''
			: model.sources.length <= MAX_OPEN_SOURCES
				? `<p class="chart-source">${e(s.sources)}: <span data-names>${links}</span></p>`
				: `<details class="chart-source"><summary>${e(`${s.sources} (${model.sources.length})`)}</summary><p data-names>${links}</p></details>`;
	return `<figure class="chart" id="${uid}" aria-labelledby="${uid}-heading"><figcaption><${h} class="chart-title" id="${uid}-heading">${e(model.title)}</${h}><p class="chart-takeaway">${e(model.takeaway)}</p>${flags}</figcaption>${drawing('narrow')}${drawing('wide')}${sources}${tableMarkup(model.table, s.tableSummary)}${after}</figure>`;
}
