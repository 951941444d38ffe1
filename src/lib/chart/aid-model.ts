/**
 * Contribution aid of one funding source: budget, workers covered and the contribution per
 * worker per month, as three small multiples over the same years. A year a source did not
 * report shows as "not reported", never as zero.
 */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import type { Region } from '../schema/region.ts';
import type { BarItem, BarPanel } from './bars-layout.ts';
import { barsChart } from './bars-model.ts';
import { byPeriod, type ChartInput, type Datum } from './datum.ts';
import { chartValue, datumRow, fundingText, missingRow, periodText, valueShort } from './labels.ts';
import type { ChartModel, TableRow } from './model.ts';
import { regionName } from './region-name.ts';
import type { AidSeries } from './series.ts';

/** One row per period and basis: "2025" actual and "2025" planned are different rows. */
const rowKey = (d: Datum) => `${d.period.text}|${d.basis}`;

/** The row label: "2024", "2025 (rencana)", "2025 (dihitung)". */
function rowLabel(d: Datum, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const period = periodText(d.period, locale);
	if (d.basis === 'planned') return `${period} (${s.planned})`;
	return period;
}

/** The chart of one funding's aid, or null when it has no values. */
export function aidChart(
	input: ChartInput,
	region: Region,
	series: AidSeries,
	locale: Locale,
): ChartModel | null {
	const s = CHART_STRINGS[locale];
	const sides = [
		[s.aid.budget, series.budget],
		[s.aid.participants, series.participants],
		[s.aid.perMonth, series.perMonth],
	] as const;
	const all = [...series.budget, ...series.participants, ...series.perMonth].sort(byPeriod);
	if (all.length === 0) return null;
	const keys = [...new Set(all.map(rowKey))];
	const labelOf = new Map(all.map((d) => [rowKey(d), rowLabel(d, locale)]));
	const periodOf = new Map(all.map((d) => [rowKey(d), periodText(d.period, locale)]));

	const panels: BarPanel[] = [];
	const rows: TableRow[] = [];
	for (const [title, list] of sides) {
		if (list.length === 0) continue;
		const items: BarItem[] = [];
		for (const key of keys) {
			const found = list.filter((d) => rowKey(d) === key);
			const label = labelOf.get(key) ?? key;
			const header = `${title}, ${label}`;
			if (found.length === 0) {
				rows.push(missingRow(header, periodOf.get(key) ?? '', locale));
				items.push({
					key,
					label,
					value: null,
					valueLabel: s.notReported,
					style: 'part',
					flagged: false,
				});
				continue;
			}
			// A reported value and the one computed from the other figures share the year.
			for (const d of [...found].sort((a, b) => Number(a.derived) - Number(b.derived))) {
				const itemLabel = d.derived ? `${label} · ${s.derivedShort}` : label;
				rows.push(datumRow(input, d.derived ? `${title}, ${itemLabel}` : header, d, locale));
				items.push({
					key: d.derived ? `${key}|derived` : key,
					label: itemLabel,
					value: d.value,
					valueLabel: chartValue(d, locale),
					style: d.derived ? 'derived' : d.basis === 'planned' ? 'planned' : 'part',
					flagged: d.mismatch !== null,
				});
			}
		}
		panels.push({ title, items });
	}

	const funding = fundingText(series.funding, locale);
	const name = regionName(region, locale);
	return barsChart(
		input,
		{
			id: series.funding ? `aid-${series.funding.toLowerCase()}` : 'aid',
			uid: '',
			title: s.aid.title(funding, name),
			shortTitle: funding ? `${s.short.aid} (${funding})` : s.short.aid,
			takeaway: aidTakeaway(series, locale),
			panels,
			rows,
			data: all,
		},
		locale,
	);
}

/** "The budget rose from A (2023) to B (2025, planned) for N workers, or C per month." */
export function aidTakeaway(series: AidSeries, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const year = (d: Datum) =>
		d.basis === 'planned'
			? `${periodText(d.period, locale)}, ${s.planned}`
			: periodText(d.period, locale);
	const budgets = [...series.budget].sort(byPeriod);
	const first = budgets[0];
	const last = budgets.at(-1);
	const sameRow = (list: readonly Datum[], d: Datum) =>
		list.find((x) => x.period.text === d.period.text && x.basis === d.basis);
	if (first && last) {
		let text =
			first === last
				? s.aid.budgetSingle(valueShort(last, locale), year(last))
				: s.aid.budgetChange(
						last.value >= first.value,
						valueShort(first, locale),
						year(first),
						valueShort(last, locale),
						year(last),
					);
		const people = sameRow(series.participants, last);
		if (people) text += s.aid.forParticipants(valueShort(people, locale));
		const month = sameRow(series.perMonth, last);
		if (month) {
			const note = month.derived ? ` (${s.derivedShort})` : '';
			text += s.aid.perMonthClause(`${valueShort(month, locale)}${note}`);
		}
		return text;
	}
	const people = [...series.participants].sort(byPeriod).at(-1);
	if (people) return s.aid.participantsOnly(valueShort(people, locale), year(people));
	const month = [...series.perMonth].sort(byPeriod).at(-1);
	return month ? s.aid.perMonthOnly(valueShort(month, locale), year(month)) : '';
}
