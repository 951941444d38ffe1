/**
 * Participants by segment (PU, BPU, Jakon, PMI): one bar per segment with its count and
 * share, the reported total as an outlined bar above them.
 */
import { greatest } from 'd3-array';
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import { formatPercent } from '../format/number.ts';
import type { Region } from '../schema/region.ts';
import type { BarItem } from './bars-layout.ts';
import { barsChart } from './bars-model.ts';
import type { ChartInput, Datum } from './datum.ts';
import {
	breakdownLabel,
	chartValue,
	datumRow,
	fundingText,
	periodText,
	valueWords,
	whenText,
} from './labels.ts';
import type { ChartModel, TableRow } from './model.ts';
import type { PartsSeries } from './series.ts';
import { regionName } from './region-name.ts';
import { totalBar } from './total-bar.ts';

/** Share of `value` in `base` as "74,3%", or '' when the base is zero. */
function share(value: number, base: number, locale: Locale): string {
	return base > 0 ? formatPercent((value / base) * 100, locale, 1, true) : '';
}

/** A part's value label with its share of the total, or of the parts shown when no total. */
function sharer(series: PartsSeries, locale: Locale) {
	const base = series.total?.value ?? series.parts.reduce((sum, d) => sum + d.value, 0);
	return (d: Datum) => {
		const sh = share(d.value, base, locale);
		return { chart: sh ? `${chartValue(d, locale)} (${sh})` : chartValue(d, locale), share: sh };
	};
}

type WithShare = ReturnType<typeof sharer>;

/** The bars: the reported total outlined on top, then every segment with its share. */
function segmentItems(series: PartsSeries, withShare: WithShare, locale: Locale): BarItem[] {
	const items: BarItem[] = series.total ? [totalBar(series.total, locale)] : [];
	for (const d of series.parts) {
		items.push({
			key: d.segment ?? '',
			label: breakdownLabel(d, locale),
			value: d.value,
			valueLabel: withShare(d).chart,
			style: 'part',
			flagged: d.mismatch !== null,
		});
	}
	return items;
}

/** The largest segment, with its share when there are several. */
function segmentsTakeaway(series: PartsSeries, withShare: WithShare, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const { parts } = series;
	const largest = greatest(parts, (d) => d.value) as Datum;
	const when = whenText(series.period, locale);
	return parts.length === 1
		? s.segments.single(breakdownLabel(largest, locale), valueWords(largest, locale), when)
		: s.segments.largest(
				breakdownLabel(largest, locale),
				valueWords(largest, locale),
				withShare(largest).share,
				when,
			);
}

/** The table: the total, then every segment with its share beside the value. */
function segmentRows(
	input: ChartInput,
	series: PartsSeries,
	withShare: WithShare,
	locale: Locale,
): TableRow[] {
	const { total } = series;
	return [...(total ? [total] : []), ...series.parts].map((d) => {
		const row = datumRow(input, breakdownLabel(d, locale), d, locale);
		const sh = d === total ? '' : withShare(d).share;
		const [value, ...rest] = row.cells;
		return sh && value ? { ...row, cells: [{ text: `${value.text} (${sh})` }, ...rest] } : row;
	});
}

/** The bars chart of a parts series; `aid` for contribution-aid participants. */
export function segmentsChart(
	input: ChartInput,
	region: Region,
	series: PartsSeries,
	locale: Locale,
	aid: boolean,
): ChartModel | null {
	const s = CHART_STRINGS[locale];
	const { parts, total } = series;
	if (parts.length === 0) return null;
	const withShare = sharer(series, locale);
	const indicator = input.dataset.indicators.get(series.indicator)?.label[locale] ?? '';
	const name = regionName(region, locale);
	const funding = fundingText(series.funding, locale);
	const note = total ? s.segments.shareOfTotal : s.segments.shareOfShown;
	return barsChart(
		input,
		{
			id: aid
				? `aid-participants${series.funding ? `-${series.funding.toLowerCase()}` : ''}`
				: 'participants',
			uid: '',
			title: aid ? s.segments.aidTitle(funding, name) : s.segments.title(indicator, name),
			shortTitle: aid ? s.short.aidParticipants : s.short.participants,
			takeaway: segmentsTakeaway(series, withShare, locale),
			panels: [
				{
					title: `${indicator}, ${periodText(series.period, locale)} (${note})`,
					items: segmentItems(series, withShare, locale),
				},
			],
			rows: segmentRows(input, series, withShare, locale),
			data: [...(total ? [total] : []), ...parts],
		},
		locale,
	);
}
