/**
 * Regions compared on one indicator: every region's newest reported value without breakdown,
 * highest first, against the national value.
 */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import type { Unit } from '../schema/enums.ts';
import { layoutCompare, type CompareLayoutInput } from './compare-layout.ts';
import type { ChartInput, Datum } from './datum.ts';
import {
	chartValue,
	datumRow,
	describe,
	flagSentences,
	periodText,
	sentence,
	sourceRefs,
	tableColumns,
	valueWords,
} from './labels.ts';
import type { ChartModel } from './model.ts';
import { regionName } from './region-name.ts';
import { selectCompare, type CompareSeries } from './series.ts';
import { formatTicks } from './ticks.ts';

type NameOf = (d: Datum) => string;

/** The bars and the national reference line, for the layout. */
function compareLayoutInput(
	{ rows, national }: CompareSeries,
	unit: Unit,
	name: NameOf,
	locale: Locale,
): CompareLayoutInput {
	const s = CHART_STRINGS[locale];
	const nationalLabel = national
		? `${s.compare.national}: ${chartValue(national, locale)} (${periodText(national.period, locale)})`
		: '';
	return {
		rows: rows.map((d) => ({
			key: d.region,
			name: name(d),
			value: d.value,
			label: `${chartValue(d, locale)} · ${periodText(d.period, locale)}`,
			shortLabel: chartValue(d, locale),
			flagged: d.mismatch !== null,
		})),
		national: national ? { value: national.value, label: nationalLabel } : null,
		formatTicks: (values) => formatTicks(values, unit, locale),
	};
}

/** The highest and lowest region, the national value and how many regions are above it. */
function compareTakeaway({ rows, national }: CompareSeries, name: NameOf, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const top = rows[0] as Datum;
	const bottom = rows.at(-1) as Datum;
	let takeaway =
		rows.length === 1
			? s.compare.single(name(top), valueWords(top, locale))
			: s.compare.range(
					name(top),
					valueWords(top, locale),
					name(bottom),
					valueWords(bottom, locale),
				);
	if (national) {
		takeaway += s.compare.nationalClause(valueWords(national, locale));
		if (rows.length > 1) {
			takeaway += s.compare.aboveNational(
				rows.filter((d) => d.value > national.value).length,
				rows.length,
			);
		}
	}
	return sentence(takeaway);
}

/** The comparison chart of an indicator, or null when no region (besides the nation) has a value. */
export function compareChart(
	input: ChartInput,
	indicatorId: string,
	locale: Locale,
): ChartModel | null {
	const s = CHART_STRINGS[locale];
	const indicator = input.dataset.indicators.get(indicatorId);
	const compared = selectCompare(input, indicatorId);
	const { rows, national } = compared;
	if (!indicator || rows.length === 0) return null;
	const name: NameOf = (d) => {
		const region = input.dataset.regions.get(d.region);
		return region ? regionName(region, locale) : d.region;
	};
	const layoutInput = compareLayoutInput(compared, indicator.unit, name, locale);
	const takeaway = compareTakeaway(compared, name, locale);
	const data = [...rows, ...(national ? [national] : [])];
	const tableRows = data.map((d) =>
		datumRow(input, d === national ? `${s.compare.national} (${name(d)})` : name(d), d, locale),
	);
	const flags = flagSentences(data, locale, name);
	const title = s.compare.title(indicator.label[locale]);
	return {
		id: `compare-${indicatorId}`,
		uid: `ch-compare-${indicatorId}`,
		title,
		shortTitle: title,
		takeaway,
		flags,
		description: describe([takeaway, ...flags].join(' '), tableRows, locale),
		role: 'img',
		scenes: {
			narrow: layoutCompare(layoutInput, 'narrow'),
			wide: layoutCompare(layoutInput, 'wide'),
		},
		table: { caption: s.tableCaption(title), columns: tableColumns(locale), rows: tableRows },
		sources: sourceRefs(input, data, locale),
	};
}
