/**
 * The coverage chart of a region: reported coverage over time against its targets, with the
 * takeaway sentence ("Coverage rose from 32% in 2024 to 41.66% in November 2025, passing the
 * 41.23% target for 2025 (RPJPD)"), the table and the text alternative.
 */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import type { Locale } from '../format/locale.ts';
import { formatNumber } from '../format/number.ts';
import type { Region } from '../schema/region.ts';
import {
	layoutCoverage,
	type CoverageKind,
	type CoverageLayoutInput,
	type CoveragePoint,
} from './coverage-layout.ts';
import type { ChartInput, Datum } from './datum.ts';
import type { LegendItem } from './legend.ts';
import {
	capitalize,
	chartValue,
	datumRow,
	describe,
	flagSentences,
	periodText,
	planShort,
	sentence,
	sourceRefs,
	tableColumns,
	valueWords,
	whenText,
} from './labels.ts';
import type { ChartModel, TableRow } from './model.ts';
import { regionName } from './region-name.ts';
import type { CoverageSeries } from './series.ts';
import { formatTicks } from './ticks.ts';
import { asOfPoint, periodEnd } from './time.ts';

const kindOf = (d: Datum): CoverageKind =>
	d.derived
		? 'derived'
		: d.basis === 'target'
			? 'target'
			: d.basis === 'baseline'
				? 'baseline'
				: 'reported';

/** The first target due no earlier than the newest reported value, if any. */
export function nextTarget(series: CoverageSeries): Datum | null {
	const last = series.reported.at(-1);
	const targets = series.targets.filter((t) => t.basis === 'target');
	if (!last) return targets[0] ?? null;
	return targets.find((t) => t.period.end >= last.period.end) ?? null;
}

/** Percentage points between two values, with the decimals the sources printed. */
function pointsBetween(a: Datum, b: Datum, locale: Locale): string {
	return formatNumber(Math.abs(b.value - a.value), locale, Math.max(a.decimals, b.decimals));
}

/** The one-sentence takeaway, or '' when there is nothing to say. */
export function coverageTakeaway(series: CoverageSeries, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const { reported } = series;
	const first = reported[0];
	const last = reported.at(-1);
	const target = nextTarget(series);
	if (!first || !last) {
		const derived = series.derived.at(-1);
		if (derived)
			return sentence(
				s.coverage.derivedOnly(valueWords(derived, locale), whenText(derived.period, locale)),
			);
		const t = target ?? series.targets[0];
		return t
			? sentence(
					s.coverage.onlyTargets(valueWords(t, locale), periodText(t.period, locale), planShort(t)),
				)
			: '';
	}
	const a = valueWords(first, locale);
	const b = valueWords(last, locale);
	const wa = whenText(first.period, locale);
	const wb = whenText(last.period, locale);
	let text =
		first === last
			? s.coverage.single(b, wb)
			: last.value > first.value
				? s.coverage.rose(a, wa, b, wb)
				: last.value < first.value
					? s.coverage.fell(a, wa, b, wb)
					: s.coverage.same(a, periodText(first.period, locale), periodText(last.period, locale));
	if (target) {
		const year = periodText(target.period, locale);
		const value = valueWords(target, locale);
		text +=
			last.value >= target.value
				? s.coverage.passing(value, planShort(target), year)
				: s.coverage.short(
						s.points(pointsBetween(last, target, locale)),
						value,
						year,
						planShort(target),
					);
	}
	return sentence(text);
}

/** Every value as a point: where it sits, its labels, and a tick on a target already reached. */
function coveragePoints(
	data: readonly Datum[],
	series: CoverageSeries,
	locale: Locale,
): CoveragePoint[] {
	const s = CHART_STRINGS[locale];
	const passed = (d: Datum) =>
		series.reported.some((r) => r.value >= d.value && r.period.end <= d.period.end);
	return data.map((d) => {
		const kind = kindOf(d);
		const value = chartValue(d, locale);
		const plan = planShort(d);
		const tick = kind === 'target' && passed(d);
		return {
			key: d.id,
			kind,
			t: kind === 'target' ? periodEnd(d.period) : asOfPoint(d.asOf),
			year: Number(d.period.end.slice(0, 4)),
			value: d.value,
			label: tick ? `${value} ✓` : value,
			longLabel:
				kind === 'target'
					? `${capitalize(s.target)}${plan ? ` ${plan}` : ''}: ${value}${tick ? ' ✓' : ''}`
					: kind === 'baseline'
						? `${capitalize(s.baseline)}${plan ? ` ${plan}` : ''}: ${value}`
						: value,
			flagged: d.mismatch !== null,
		};
	});
}

/** The legend: the kinds of point the chart shows, and the flag when any is flagged. */
function coverageLegend(points: readonly CoveragePoint[], locale: Locale): LegendItem[] {
	const s = CHART_STRINGS[locale];
	const legend: LegendItem[] = [];
	const has = (k: CoverageKind) => points.some((p) => p.kind === k);
	if (has('reported')) legend.push({ glyph: 'reported', label: capitalize(s.reported) });
	if (has('derived')) legend.push({ glyph: 'derived', label: capitalize(s.derived) });
	if (has('target')) legend.push({ glyph: 'target', label: capitalize(s.target) });
	if (has('baseline')) legend.push({ glyph: 'baseline', label: capitalize(s.baseline) });
	if (points.some((p) => p.flagged)) legend.push({ glyph: 'flag', label: capitalize(s.mismatch) });
	return legend;
}

/** The gap from the newest reported value up to the next target, when still short of it. */
function targetGap(series: CoverageSeries, locale: Locale): CoverageLayoutInput['gap'] {
	const last = series.reported.at(-1);
	const target = nextTarget(series);
	return last && target && last.value < target.value
		? {
				fromKey: last.id,
				toKey: target.id,
				label: CHART_STRINGS[locale].pointsShort(pointsBetween(last, target, locale)),
			}
		: null;
}

/** The table: one row per value, targets and baselines headed by their plan. */
function coverageRows(input: ChartInput, data: readonly Datum[], locale: Locale): TableRow[] {
	const s = CHART_STRINGS[locale];
	const header = (d: Datum) =>
		d.basis === 'target' || d.basis === 'baseline'
			? [
					capitalize(d.basis === 'target' ? s.target : s.baseline),
					planShort(d),
					periodText(d.period, locale),
				]
					.filter((part) => part !== '')
					.join(' ')
			: periodText(d.period, locale);
	return data.map((d) => datumRow(input, header(d), d, locale));
}

/** The coverage chart of a region, or null when it has no coverage value or target. */
export function coverageChart(
	input: ChartInput,
	region: Region,
	series: CoverageSeries,
	locale: Locale,
): ChartModel | null {
	const s = CHART_STRINGS[locale];
	const data = [...series.reported, ...series.derived, ...series.targets];
	if (data.length === 0) return null;
	const points = coveragePoints(data, series, locale);
	const rows = coverageRows(input, data, locale);
	const title = s.coverage.title(regionName(region, locale));
	const takeaway = coverageTakeaway(series, locale);
	const flags = flagSentences(data, locale);
	const spec = {
		points,
		gap: targetGap(series, locale),
		legend: coverageLegend(points, locale),
		formatTicks: (values: number[]) => formatTicks(values, 'percent', locale),
		formatYear: (year: number) => String(year),
	};
	return {
		id: 'coverage',
		uid: '',
		title,
		shortTitle: s.short.coverage,
		takeaway,
		flags,
		description: describe([takeaway, ...flags].join(' '), rows, locale),
		role: 'img',
		scenes: { narrow: layoutCoverage(spec, 'narrow'), wide: layoutCoverage(spec, 'wide') },
		table: { caption: s.tableCaption(title), columns: tableColumns(locale), rows },
		sources: sourceRefs(input, data, locale),
	};
}
