/**
 * Cross-check results as markup: what a source reports against what its own other figures
 * imply. A check that does not agree gets its grade (severity), one plain sentence, then the
 * reasoning with the arithmetic and the rounding tolerance; checks that agree are one table
 * row each (figure, arithmetic, grade): a national region has dozens, and their sentences
 * said only "it agrees". Nothing is corrected. All data is escaped.
 */
import { regionPageStrings } from '../../i18n/region-page.ts';
import { t } from '../../i18n/ui.ts';
import { escapeHtml as e } from './escape.ts';
import type { CheckResult, CheckSeverity } from '../schema/analysis.ts';
import type { PageContext } from '../page-data/context.ts';
import { figureRefMarkup } from './derived-table.ts';
import { figuresTableShell, sourceLinkMarkup } from './figure-table.ts';

/** Grades of a check whose figures agree, exactly or within rounding. */
const AGREEING: ReadonlySet<CheckSeverity> = new Set<CheckSeverity>(['agrees', 'rounding']);

/**
 * The checks that do not agree as a list, each with its reasoning; then those that agree as a
 * table. Every check keeps its `c-…` anchor.
 */
export function checkListMarkup(
	checks: readonly CheckResult[],
	ctx: PageContext,
	level: 3 | 4,
	showRegion: boolean,
): string {
	const disagree = checks.filter((c) => !AGREEING.has(c.severity));
	const agree = checks.filter((c) => AGREEING.has(c.severity));
	return [
		disagree.length > 0 ? reasonedListMarkup(disagree, ctx, level, showRegion) : '',
		agree.length > 0 ? agreeingTableMarkup(agree, ctx, showRegion) : '',
	].join('');
}

/** Checks that agree: the figure checked, the arithmetic and the grade, one row each. */
function agreeingTableMarkup(
	checks: readonly CheckResult[],
	ctx: PageContext,
	showRegion: boolean,
): string {
	const s = t(ctx.locale);
	const grades = regionPageStrings(ctx.locale);
	const heads = [
		showRegion ? { text: s.colRegion } : null,
		{ text: s.checkReported },
		{ text: s.colArithmetic },
		{ text: s.colResult },
	];
	const rows = checks.map((c) =>
		[
			`<tr id="${e(c.id)}">`,
			showRegion
				? `<td data-label="${e(s.colRegion)}"><a href="${e(ctx.regionHref(c.region))}">${e(ctx.regionName(c.region))}</a></td>`
				: '',
			`<th scope="row" data-label="${e(s.checkReported)}">${figureRefMarkup(c.reportedId, ctx, true)}</th>`,
			`<td data-label="${e(s.colArithmetic)}"><code>${e(c.arithmetic[ctx.locale])}</code></td>`,
			`<td data-label="${e(s.colResult)}"><span class="status grade-${e(c.severity)}">${e(grades.severity[c.severity])}</span></td></tr>`,
		].join(''),
	);
	return figuresTableShell(s.checksAgreeCaption(checks.length), heads, rows);
}

/** Checks with their reasoning; each title a heading of `level`, its item the `c-…` anchor. */
function reasonedListMarkup(
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
