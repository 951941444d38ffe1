/**
 * Claims paid by program, and scholarships by school level, one unit per chart: the amount
 * paid is one chart, the people paid another, the reported total as an outlined bar on top.
 */
import { greatest } from 'd3-array';
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import { formatPercent } from '../format/number.ts';
import { level as levelVocabulary } from '../schema/enums.ts';
import type { Region } from '../schema/region.ts';
import type { BarItem, BarPanel } from './bars-layout.ts';
import { barsChart } from './bars-model.ts';
import type { ChartInput, Datum } from './datum.ts';
import {
	breakdownLabel,
	chartValue,
	datumRow,
	fundingText,
	periodText,
	valueShort,
	whenText,
} from './labels.ts';
import type { ChartModel, TableRow } from './model.ts';
import { regionName } from './region-name.ts';
import type { ClaimsSeries } from './series.ts';
import { totalBar } from './total-bar.ts';

type ClaimsSide = ClaimsSeries['amount'];

const keyOf = (d: Datum) => d.level ?? d.program ?? '';

/** The rows of one side: by school level in school order, else by value, largest first. */
function rowKeys(side: ClaimsSide, byLevel: boolean): string[] {
	const keys = [...new Set(side.parts.map(keyOf))];
	if (byLevel) {
		const order = levelVocabulary.codes as readonly string[];
		return keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
	}
	const value = (k: string) => side.parts.find((d) => keyOf(d) === k)?.value ?? -1;
	return keys.sort((a, b) => value(b) - value(a) || a.localeCompare(b));
}

/** One side's bars: the reported total outlined on top, then every part with its share. */
function panel(
	title: string,
	keys: readonly string[],
	labels: ReadonlyMap<string, string>,
	side: ClaimsSide,
	locale: Locale,
): BarPanel {
	const s = CHART_STRINGS[locale];
	const total = side.total;
	const items: BarItem[] = total ? [totalBar(total, locale)] : [];
	for (const key of keys) {
		const d = side.parts.find((p) => keyOf(p) === key);
		if (!d) continue;
		const share =
			total && total.value > 0
				? ` (${formatPercent((d.value / total.value) * 100, locale, 1, true)})`
				: '';
		items.push({
			key,
			label: labels.get(key) ?? key,
			value: d.value,
			valueLabel: `${chartValue(d, locale)}${share}`,
			style: 'part',
			flagged: d.mismatch !== null,
		});
	}
	return { title: total ? `${title} (${s.segments.shareOfTotal})` : title, items };
}

/** One chart's words and the side it draws. */
interface SideChart {
	id: string;
	side: ClaimsSide;
	heading: string;
	title: string;
	shortTitle: string;
	takeaway: string;
}

/** Every row's label, by program or school level. */
function claimLabels(series: ClaimsSeries, locale: Locale): Map<string, string> {
	const all = [
		...series.amount.parts,
		...series.claimants.parts,
		...[series.amount.total, series.claimants.total].filter((d): d is Datum => d !== null),
	];
	return new Map(all.map((d) => [keyOf(d), breakdownLabel(d, locale)]));
}

/** The two charts: the amount paid, then the people paid. */
function sideCharts(
	series: ClaimsSeries,
	region: Region,
	label: (key: string) => string,
	byLevel: boolean,
	locale: Locale,
): SideChart[] {
	const s = CHART_STRINGS[locale];
	const name = regionName(region, locale);
	const when = whenText(series.period, locale);
	return [
		{
			id: byLevel ? 'scholarships' : 'claims',
			side: series.amount,
			heading: byLevel ? s.scholarships.amount : s.claims.amount,
			title: byLevel ? s.scholarships.title(name) : s.claims.title(name),
			shortTitle: byLevel ? s.short.scholarships : s.short.claims,
			takeaway: amountTakeaway(series, label, byLevel, when, locale),
		},
		{
			id: byLevel ? 'scholarships-children' : 'claims-recipients',
			side: series.claimants,
			heading: byLevel ? s.scholarships.children : s.claims.claimants,
			title: byLevel ? s.scholarships.childrenTitle(name) : s.claims.recipientsTitle(name),
			shortTitle: byLevel ? s.short.scholarshipChildren : s.short.claimRecipients,
			takeaway: peopleTakeaway(series.claimants, label, byLevel, when, locale),
		},
	];
}

/** One chart's table: the total, then every part in the bars' order. */
function sideRows(
	input: ChartInput,
	c: SideChart,
	keys: readonly string[],
	label: (key: string) => string,
	locale: Locale,
): TableRow[] {
	const s = CHART_STRINGS[locale];
	const rows: TableRow[] = [];
	if (c.side.total) rows.push(datumRow(input, `${s.total} — ${c.heading}`, c.side.total, locale));
	for (const key of keys) {
		const d = c.side.parts.find((p) => keyOf(p) === key);
		if (d) rows.push(datumRow(input, `${label(key)} — ${c.heading}`, d, locale));
	}
	return rows;
}

/**
 * The claims charts (`byLevel` false) or the scholarships charts (`byLevel` true), one unit
 * each: the amount paid (`claims`, `scholarships`) and the people paid (`claims-recipients`,
 * `scholarships-children`), each only with at least two parts (one bar is not a ranking).
 */
export function claimsCharts(
	input: ChartInput,
	region: Region,
	series: ClaimsSeries,
	locale: Locale,
	byLevel: boolean,
): ChartModel[] {
	const s = CHART_STRINGS[locale];
	const labels = claimLabels(series, locale);
	const label = (k: string) => labels.get(k) ?? k;
	const funding = series.funding
		? ` (${s.claims.fundedBy(fundingText(series.funding, locale))})`
		: '';
	const period = periodText(series.period, locale);
	const charts: ChartModel[] = [];
	for (const c of sideCharts(series, region, label, byLevel, locale)) {
		if (c.side.parts.length < 2) continue;
		const keys = rowKeys(c.side, byLevel);
		const chart = barsChart(
			input,
			{
				id: c.id,
				uid: '',
				title: `${c.title}${funding}`,
				shortTitle: c.shortTitle,
				takeaway: c.takeaway,
				panels: [panel(`${c.heading}, ${period}`, keys, labels, c.side, locale)],
				rows: sideRows(input, c, keys, label, locale),
				data: [...c.side.parts, ...(c.side.total ? [c.side.total] : [])],
			},
			locale,
		);
		if (chart) charts.push(chart);
	}
	return charts;
}

/** The people side's takeaway: the programme or school level with most people paid. */
function peopleTakeaway(
	side: ClaimsSide,
	label: (key: string) => string,
	byLevel: boolean,
	when: string,
	locale: Locale,
): string {
	const s = CHART_STRINGS[locale];
	const largest = greatest(side.parts, (d) => d.value);
	if (!largest) return '';
	const n = valueShort(largest, locale);
	return byLevel
		? s.scholarships.mostChildren(label(keyOf(largest)), n, when)
		: s.claims.mostRecipients(label(keyOf(largest)), n, when);
}

/** The amount side's takeaway: the largest program's share of the total, or the largest school level. */
function amountTakeaway(
	series: ClaimsSeries,
	label: (key: string) => string,
	byLevel: boolean,
	when: string,
	locale: Locale,
): string {
	const s = CHART_STRINGS[locale];
	const largest = greatest(series.amount.parts, (d) => d.value);
	const total = series.amount.total;
	if (largest && byLevel) {
		const people = series.claimants.parts.find((d) => keyOf(d) === keyOf(largest));
		const value = valueShort(largest, locale);
		return people
			? s.scholarships.largest(label(keyOf(largest)), value, valueShort(people, locale), when)
			: s.scholarships.single(label(keyOf(largest)), value, when);
	}
	if (largest && total && total.value > 0) {
		const share = formatPercent((largest.value / total.value) * 100, locale, 1, true);
		return s.claims.shareOfTotal(label(keyOf(largest)), share, valueShort(total, locale), when);
	}
	if (largest) return s.claims.largest(label(keyOf(largest)), valueShort(largest, locale), when);
	const people = series.claimants.total ?? greatest(series.claimants.parts, (d) => d.value);
	return people ? s.claims.claimantsOnly(valueShort(people, locale), when) : '';
}
