/**
 * Contribution aid of one funding source, one unit per chart: the budget (rupiah) over the
 * years is one chart, the workers covered (persons) another, each drawn only when it has at
 * least two values. The contribution per worker per month, and any single value, is said in
 * words and a small table (the aid summary), never as a panel beside a chart of another unit.
 */
import { CHART_STRINGS, type Trend } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import { SEGMENT_WORDS } from '../schema/enums.ts';
import type { Region } from '../schema/region.ts';
import type { BarItem } from './bars-layout.ts';
import { barsChart } from './bars-model.ts';
import { byPeriod, type ChartInput, type Datum } from './datum.ts';
import {
	capitalize,
	chartValue,
	datumRow,
	fundingText,
	periodText,
	sentence,
	sourceCell,
	sourceRefs,
	valueShort,
	valueWords,
} from './labels.ts';
import type { ChartModel, DataTable, SourceRef, TableRow } from './model.ts';
import { regionName } from './region-name.ts';
import type { AidSeries } from './series.ts';

/** A series is drawn from this many values on; fewer is a number, said in words. */
export const MIN_AID_BARS = 2;

/** The aid values said in words and a small table instead of drawn. */
export interface AidSummary {
	/** `aid-summary-<funding>`, unique within a region. */
	id: string;
	/** Prefix for element ids, unique on a page. */
	uid: string;
	title: string;
	/** The budget, the workers and the cost per worker per month in one sentence. */
	takeaway: string;
	/** Every value no chart draws: the cost per month, single budgets or counts. */
	table: DataTable;
	sources: SourceRef[];
}

/** One row per period and basis: "2025" actual and "2025" planned are different rows. */
const rowKey = (d: Datum) => `${d.period.text}|${d.basis}`;

/** The row label: "2024", "2025 (rencana)". */
function rowLabel(d: Datum, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const period = periodText(d.period, locale);
	return d.basis === 'planned' ? `${period} (${s.planned})` : period;
}

/** The year of a value for sentences: "2024", "2025, rencana". */
function yearText(d: Datum, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const period = periodText(d.period, locale);
	return d.basis === 'planned' ? `${period}, ${s.planned}` : period;
}

/** Oldest first; in one period the reported value before the one computed from others. */
const inOrder = (list: readonly Datum[]) =>
	[...list].sort(
		(a, b) =>
			a.period.end.localeCompare(b.period.end) ||
			a.period.start.localeCompare(b.period.start) ||
			Number(a.derived) - Number(b.derived) ||
			byPeriod(a, b),
	);

/**
 * A row of the summary's small table: what and when, the value (with its formula when
 * computed), the source. Three columns, so it reads on a phone.
 */
function summaryRow(input: ChartInput, header: string, d: Datum, locale: Locale): TableRow {
	const formula = d.derived && d.formula ? ` (${d.formula[locale]})` : '';
	return {
		header,
		cells: [{ text: `${valueWords(d, locale)}${formula}` }, sourceCell(input, d, locale)],
	};
}

/**
 * The row label of a value in `list`: its period, "· computed" when derived, and its segment
 * when the list holds several ("2025 · Pekerja rentan" beside "2025 · Total").
 */
function itemLabel(d: Datum, list: readonly Datum[], locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const several = new Set(list.map((x) => x.segment)).size > 1;
	// The few-word name keeps a label on one line of a phone's drawing.
	const group = d.segment ? capitalize(SEGMENT_WORDS[d.segment][locale]) : s.total;
	const segment = several ? ` · ${group}` : '';
	const derived = d.derived ? ` · ${s.derivedShort}` : '';
	return `${rowLabel(d, locale)}${segment}${derived}`;
}

/**
 * The values a sentence compares: one line of the series. With several segments, the totals
 * (or else the segment of the newest value), so a change never runs from one group to another.
 */
function mainLine(list: readonly Datum[]): Datum[] {
	if (new Set(list.map((d) => d.segment)).size <= 1) return [...list];
	if (list.some((d) => d.segment === null)) return list.filter((d) => d.segment === null);
	const last = inOrder(list).at(-1);
	return list.filter((d) => d.segment === last?.segment);
}

/** Bars and table rows of one unit's values, one bar per value, oldest first. */
function barsOf(
	input: ChartInput,
	list: readonly Datum[],
	name: string,
	locale: Locale,
): { items: BarItem[]; rows: TableRow[] } {
	const items: BarItem[] = [];
	const rows: TableRow[] = [];
	const several = new Set(list.map((x) => x.segment)).size > 1;
	for (const d of inOrder(list)) {
		const label = itemLabel(d, list, locale);
		rows.push(datumRow(input, `${name}, ${label}`, d, locale));
		items.push({
			key: `${rowKey(d)}${several ? `|${d.segment ?? 'total'}` : ''}${d.derived ? '|derived' : ''}`,
			label,
			value: d.value,
			valueLabel: chartValue(d, locale),
			style: d.derived ? 'derived' : d.basis === 'planned' ? 'planned' : 'part',
			flagged: d.mismatch !== null,
		});
	}
	return { items, rows };
}

/** "From A (2023) to B (2025, planned)", or the one value, by `words`. */
function change(
	list: readonly Datum[],
	locale: Locale,
	words: {
		change: (trend: Trend, a: string, ya: string, b: string, yb: string) => string;
		single: (a: string, year: string) => string;
	},
): string {
	const sorted = inOrder(mainLine(list));
	const first = sorted[0];
	const last = sorted.at(-1);
	if (!first || !last) return '';
	if (first === last) return words.single(valueShort(last, locale), yearText(last, locale));
	return words.change(
		Math.sign(last.value - first.value) as Trend,
		valueShort(first, locale),
		yearText(first, locale),
		valueShort(last, locale),
		yearText(last, locale),
	);
}

/** The id suffix of a funding: `-dbhcht`, or '' without a payer. */
const fundingId = (series: AidSeries) => (series.funding ? `-${series.funding.toLowerCase()}` : '');

/**
 * The charts of one funding's aid: the budget (`aid-<funding>`) and the workers covered
 * (`aid-workers-<funding>`), each of one unit and each only with at least two values.
 */
export function aidCharts(
	input: ChartInput,
	region: Region,
	series: AidSeries,
	locale: Locale,
): ChartModel[] {
	const s = CHART_STRINGS[locale];
	const funding = fundingText(series.funding, locale);
	const name = regionName(region, locale);
	const withFunding = (short: string) => (funding ? `${short} (${funding})` : short);
	const sides = [
		{
			id: `aid${fundingId(series)}`,
			list: series.budget,
			panel: s.aid.budget,
			title: s.aid.budgetTitle(funding, name),
			shortTitle: withFunding(s.short.aid),
			takeaway: change(series.budget, locale, {
				change: s.aid.budgetChange,
				single: s.aid.budgetSingle,
			}),
		},
		{
			id: `aid-workers${fundingId(series)}`,
			list: series.participants,
			panel: s.aid.participants,
			title: s.aid.workersTitle(funding, name),
			shortTitle: withFunding(s.short.aidWorkers),
			takeaway: change(series.participants, locale, {
				change: s.aid.workersChange,
				single: s.aid.participantsOnly,
			}),
		},
	];
	const charts: ChartModel[] = [];
	for (const side of sides) {
		if (side.list.length < MIN_AID_BARS) continue;
		const { items, rows } = barsOf(input, side.list, side.panel, locale);
		const chart = barsChart(
			input,
			{
				id: side.id,
				uid: '',
				title: side.title,
				shortTitle: side.shortTitle,
				takeaway: side.takeaway,
				panels: [{ title: side.panel, items }],
				rows,
				data: [...side.list],
			},
			locale,
		);
		if (chart) charts.push(chart);
	}
	return charts;
}

/**
 * The words and small table of one funding's aid: the whole story in one sentence, and a row
 * for every value no chart of {@link aidCharts} draws (the cost per worker per month always,
 * a budget or a count when it is the only one). Null when the charts show everything and
 * there is no cost per month.
 */
export function aidSummary(
	input: ChartInput,
	region: Region,
	series: AidSeries,
	locale: Locale,
): AidSummary | null {
	const s = CHART_STRINGS[locale];
	const undrawn = (list: readonly Datum[]) => (list.length < MIN_AID_BARS ? list : []);
	const sides = [
		[s.aid.budget, undrawn(series.budget)],
		[s.aid.participants, undrawn(series.participants)],
		[s.aid.perMonth, series.perMonth],
	] as const;
	const rows: TableRow[] = [];
	const data: Datum[] = [];
	for (const [name, list] of sides) {
		for (const d of inOrder(list)) {
			const label = itemLabel(d, list, locale);
			rows.push(summaryRow(input, `${name}, ${label}`, d, locale));
			data.push(d);
		}
	}
	if (rows.length === 0) return null;
	const funding = fundingText(series.funding, locale);
	const title = s.aid.title(funding, regionName(region, locale));
	const c = s.columns;
	return {
		id: `aid-summary${fundingId(series)}`,
		uid: '',
		title,
		takeaway: sentence(aidTakeaway(series, locale)),
		table: { caption: s.aid.summaryCaption(title), columns: [c.item, c.value, c.source], rows },
		sources: sourceRefs(input, data, locale),
	};
}

/** "The budget rose from A (2023) to B (2025, planned) for N workers, or C per month." */
export function aidTakeaway(series: AidSeries, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const budgets = inOrder(mainLine(series.budget.filter((d) => !d.derived)));
	const last = budgets.at(-1);
	const sameRow = (list: readonly Datum[], d: Datum) =>
		inOrder(list).find((x) => x.period.text === d.period.text && x.basis === d.basis);
	if (last) {
		let text = change(budgets, locale, { change: s.aid.budgetChange, single: s.aid.budgetSingle });
		const people = sameRow(series.participants, last);
		if (people) text += s.aid.forParticipants(valueShort(people, locale));
		const month = sameRow(series.perMonth, last);
		if (month) {
			const note = month.derived ? ` (${s.derivedShort})` : '';
			text += s.aid.perMonthClause(`${valueShort(month, locale)}${note}`);
		}
		return text;
	}
	const people = inOrder(series.participants).at(-1);
	if (people) {
		let text = s.aid.participantsOnly(valueShort(people, locale), yearText(people, locale));
		const month = sameRow(series.perMonth, people);
		if (month) text += s.aid.atPerMonth(valueShort(month, locale));
		return text;
	}
	const month = inOrder(series.perMonth).at(-1);
	return month ? s.aid.perMonthOnly(valueShort(month, locale), yearText(month, locale)) : '';
}
