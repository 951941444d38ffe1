/**
 * Cross-check results as markup: what a source reports against what its own other figures
 * imply: its grade (severity), one plain sentence, then the reasoning with the arithmetic and
 * the rounding tolerance. Nothing is corrected. All data is escaped.
 */
import { regionPageStrings } from '../../i18n/region-page.ts';
import { t } from '../../i18n/ui.ts';
import { escapeHtml as e } from './escape.ts';
import type { CheckResult } from '../schema/analysis.ts';
import type { PageContext } from '../page-data/context.ts';
import { figureRefMarkup } from './derived-table.ts';
import { sourceLinkMarkup } from './figure-table.ts';

/** The list; each check's title is a heading of `level`, its item the `c-…` anchor. */
export function checkListMarkup(
	checks: readonly CheckResult[],
	ctx: PageContext,
	level: 3 | 4,
	showRegion: boolean,
): string {
	const s = t(ctx.locale);
	const grades = regionPageStrings(ctx.locale);
	const h = `h${level}`;
	const items = checks.map((c) => {
		const region = showRegion
			? ` — <a href="${e(ctx.regionHref(c.region))}">${e(ctx.regionName(c.region))}</a>`
			: '';
		const inputs = c.inputIds.map((id) => `<li>${figureRefMarkup(id, ctx, true)}</li>`).join('');
		const sources = c.sourceIds.map((id) => sourceLinkMarkup(id, ctx)).join('; ');
		return [
			`<li class="check check-${e(c.status)}" id="${e(c.id)}">`,
			`<${h}><span class="status grade-${e(c.severity)}">${e(grades.severity[c.severity])}</span> ${e(ctx.figureLabel(ctx.figure(c.reportedId)))}${region}</${h}>`,
			// One plain sentence first; the reasoning with its arithmetic after.
			`<p class="plain">${e(c.plain[ctx.locale])}</p>`,
			// The reasoning and arithmetic wait behind one summary: the list stays short to read.
			`<details><summary>${e(grades.showArithmetic)}</summary>`,
			`<p>${e(c.message[ctx.locale])}</p>`,
			`<p class="arith"><code>${e(c.arithmetic[ctx.locale])}</code></p>`,
			`<dl class="meta"><dt>${e(s.checkReported)}</dt><dd>${figureRefMarkup(c.reportedId, ctx, true)}</dd>`,
			`<dt>${e(s.checkInputs)}</dt><dd><ul>${inputs}</ul></dd>`,
			`<dt>${e(s.sources)}</dt><dd>${sources}</dd></dl></details></li>`,
		].join('');
	});
	return `<ul class="checks">${items.join('')}</ul>`;
}
