/**
 * Claims paid by program, and scholarships by school level: two small multiples (amount and
 * recipients) with the same rows, the reported total as an outlined bar on top.
 */
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
	missingRow,
	periodText,
	valueShort,
	whenText,
} from './labels.ts';
import type { ChartModel, TableRow } from './model.ts';
import { regionName } from './region-name.ts';
import type { ClaimsSeries } from './series.ts';

const keyOf = (d: Datum) => d.level ?? d.program ?? '';

/** Row keys: by school level in school order, else by amount (then recipients), largest first. */
function rowKeys(series: ClaimsSeries, byLevel: boolean): string[] {
	const keys = [...new Set([...series.amount.parts, ...series.claimants.parts].map(keyOf))];
	if (byLevel) {
		const order = levelVocabulary.codes as readonly string[];
		return keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
	}
	const amount = (k: string) => series.amount.parts.find((d) => keyOf(d) === k)?.value ?? -1;
	const people = (k: string) => series.claimants.parts.find((d) => keyOf(d) === k)?.value ?? -1;
	return keys.sort((a, b) => amount(b) - amount(a) || people(b) - people(a) || a.localeCompare(b));
}

function panel(
	title: string,
	keys: readonly string[],
	labels: ReadonlyMap<string, string>,
	side: ClaimsSeries['amount'],
	locale: Locale,
): BarPanel {
	const s = CHART_STRINGS[locale];
	const total = side.total;
	const items: BarItem[] = total
		? [
				{
					key: 'total',
					label: s.total,
					value: total.value,
					valueLabel: chartValue(total, locale),
					style: 'total',
					flagged: total.mismatch !== null,
				},
			]
		: [];
	for (const key of keys) {
		const d = side.parts.find((p) => keyOf(p) === key);
		const share =
			d && total && total.value > 0
				? ` (${formatPercent((d.value / total.value) * 100, locale, 1, true)})`
				: '';
		items.push({
			key,
			label: labels.get(key) ?? key,
			value: d?.value ?? null,
			valueLabel: d ? `${chartValue(d, locale)}${share}` : s.notReported,
			style: 'part',
			flagged: d?.mismatch != null,
		});
	}
	return { title: total ? `${title} (${s.segments.shareOfTotal})` : title, items };
}

/** The claims chart (`byLevel` false) or the scholarships chart (`byLevel` true). */
export function claimsChart(
	input: ChartInput,
	region: Region,
	series: ClaimsSeries,
	locale: Locale,
	byLevel: boolean,
): ChartModel | null {
	const s = CHART_STRINGS[locale];
	const keys = rowKeys(series, byLevel);
	const all = [
		...series.amount.parts,
		...series.claimants.parts,
		...[series.amount.total, series.claimants.total].filter((d): d is Datum => d !== null),
	];
	const labels = new Map(all.map((d) => [keyOf(d), breakdownLabel(d, locale)]));
	const name = regionName(region, locale);
	const funding = series.funding
		? ` (${s.claims.fundedBy(fundingText(series.funding, locale))})`
		: '';
	const title = `${byLevel ? s.scholarships.title(name) : s.claims.title(name)}${funding}`;
	const when = whenText(series.period, locale);
	const period = periodText(series.period, locale);
	const amountName = byLevel ? s.scholarships.amount : s.claims.amount;
	const peopleName = byLevel ? s.scholarships.children : s.claims.claimants;
	const label = (k: string) => labels.get(k) ?? k;
	const takeaway = claimsTakeaway(series, label, byLevel, when, locale);

	const rows: TableRow[] = [];
	for (const [side, heading] of [
		[series.amount, amountName],
		[series.claimants, peopleName],
	] as const) {
		if (side.parts.length === 0 && side.total === null) continue;
		if (side.total) rows.push(datumRow(input, `${s.total} — ${heading}`, side.total, locale));
		for (const key of keys) {
			const d = side.parts.find((p) => keyOf(p) === key);
			const header = `${label(key)} — ${heading}`;
			rows.push(d ? datumRow(input, header, d, locale) : missingRow(header, period, locale));
		}
	}
	return barsChart(
		input,
		{
			id: byLevel ? 'scholarships' : 'claims',
			uid: '',
			title,
			shortTitle: byLevel ? s.short.scholarships : s.short.claims,
			takeaway,
			panels: [
				panel(`${amountName}, ${period}`, keys, labels, series.amount, locale),
				panel(`${peopleName}, ${period}`, keys, labels, series.claimants, locale),
			],
			rows,
			data: all,
		},
		locale,
	);
}

/** The takeaway: the largest program's share of the total, or the largest school level. */
function claimsTakeaway(
	series: ClaimsSeries,
	label: (key: string) => string,
	byLevel: boolean,
	when: string,
	locale: Locale,
): string {
	const s = CHART_STRINGS[locale];
	const largest = [...series.amount.parts].sort((a, b) => b.value - a.value)[0];
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
	const people =
		series.claimants.total ?? [...series.claimants.parts].sort((a, b) => b.value - a.value)[0];
	return people ? s.claims.claimantsOnly(valueShort(people, locale), when) : '';
}
