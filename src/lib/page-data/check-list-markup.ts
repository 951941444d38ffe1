/**
 * Cross-check results as markup: what a source reports against what its own other figures
 * imply, with the arithmetic, the rounding tolerance and a plain verdict. Nothing is
 * corrected. All data is escaped.
 */
import { t } from '../../i18n/ui.ts';
import { escapeHtml as e } from '../html/escape.ts';
import type { CheckResult } from '../schema/analysis.ts';
import type { PageContext } from './context.ts';
import { figureRefMarkup } from './derived-table-markup.ts';
import { sourceLinkMarkup } from './figure-table-markup.ts';

/** The list; each check's title is a heading of `level`, its item the `c-…` anchor. */
export function checkListMarkup(
	checks: readonly CheckResult[],
	ctx: PageContext,
	level: 3 | 4,
	showRegion: boolean,
): string {
	const s = t(ctx.locale);
	const h = `h${level}`;
	const items = checks.map((c) => {
		const region = showRegion
			? ` — <a href="${e(ctx.regionHref(c.region))}">${e(ctx.regionName(c.region))}</a>`
			: '';
		const inputs = c.inputIds.map((id) => `<li>${figureRefMarkup(id, ctx, true)}</li>`).join('');
		const sources = c.sourceIds.map((id) => sourceLinkMarkup(id, ctx)).join('; ');
		return [
			`<li class="check check-${e(c.status)}" id="${e(c.id)}">`,
			`<${h}><span class="status">${e(s.checkStatus[c.status])}</span> ${e(ctx.figureLabel(ctx.figure(c.reportedId)))}${region}</${h}>`,
			`<p>${e(c.message[ctx.locale])}</p>`,
			`<p class="arith"><code>${e(c.arithmetic[ctx.locale])}</code></p>`,
			`<dl class="meta"><dt>${e(s.checkReported)}</dt><dd>${figureRefMarkup(c.reportedId, ctx, true)}</dd>`,
			`<dt>${e(s.checkInputs)}</dt><dd><ul>${inputs}</ul></dd>`,
			`<dt>${e(s.sources)}</dt><dd>${sources}</dd></dl></li>`,
		].join('');
	});
	return `<ul class="checks">${items.join('')}</ul>`;
}
