/**
 * The words around values: chart labels, table cells, periods, kinds and sources. Every
 * number goes through src/lib/format.
 */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import { formatDate, formatPeriod } from '../format/date.ts';
import type { Locale } from '../format/locale.ts';
import { formatNumber, formatPercent, formatRupiahShort } from '../format/number.ts';
import { formatValue } from '../format/value.ts';
import {
	FUNDING_WORDS,
	level as levelVocabulary,
	plan as planVocabulary,
	program as programVocabulary,
	qualifier as qualifierVocabulary,
	segment as segmentVocabulary,
} from '../schema/enums.ts';
import type { Period } from '../schema/period.ts';
import type { ChartInput, Datum } from './datum.ts';
import { sourceUrl } from '../page-data/urls.ts';
import type { Cell, SourceRef, TableRow } from './model.ts';

// Legend words are capitalised by the one helper in src/lib/format.
export { capitalize } from '../format/capitalize.ts';

const SYMBOL = { approx: '≈', at_least: '>', at_most: '<' } as const;

/** A compact value for inside a chart: "≈32%", "159.475", "Rp1,84 miliar". */
export function chartValue(d: Datum, locale: Locale): string {
	const prefix = d.qualifier ? SYMBOL[d.qualifier] : '';
	return `${prefix}${compactNumber(d.value, d.unit, d.decimals, locale)}`;
}

/** A number in the compact form of its unit, without a unit word. */
export function compactNumber(
	value: number,
	unit: Datum['unit'],
	decimals: number,
	locale: Locale,
): string {
	switch (unit) {
		case 'percent':
			return formatPercent(value, locale, decimals, true);
		case 'idr':
		case 'idr_per_person':
		case 'idr_per_person_month':
		case 'idr_per_person_year':
			return formatRupiahShort(value, locale);
		case 'persons':
		case 'count':
			return formatNumber(value, locale, decimals);
		default:
			return formatValue(value, unit, locale, decimals, true);
	}
}

/** A value in full with its qualifier in words: "sekitar 32%", "Rp1.842.248.232". */
export function valueWords(d: Datum, locale: Locale): string {
	const full = formatValue(d.value, d.unit, locale, d.decimals);
	return d.qualifier ? `${qualifierVocabulary.labels[d.qualifier][locale]} ${full}` : full;
}

/** A period in words: "2024", "November 2025", "1 Januari – 31 Oktober 2025". */
export function periodText(period: Period, locale: Locale): string {
	return formatPeriod(period, locale);
}

/** "pada November 2025" / "in November 2025", "on 13 November 2024", "from … to …". */
export function whenText(period: Period, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const [from, to] = period.text.split('/');
	if (to !== undefined) return s.whenRange(formatDate(from ?? '', locale), formatDate(to, locale));
	return s.when(formatDate(period.text, locale), /^\d{4}-\d{2}-\d{2}$/.test(period.text));
}

/** The plan of a target in words, short: "RPJPD", "Target BPJS Ketenagakerjaan". */
export function planText(d: Datum, locale: Locale): string {
	return d.plan ? planVocabulary.labels[d.plan][locale] : '';
}

/** The plan's short name for sentences and labels: "RPJPD", "BPJS Ketenagakerjaan". */
export function planShort(d: Datum): string {
	if (d.plan === 'KEMENDAGRI') return 'Kemendagri';
	if (d.plan === 'BPJS') return 'BPJS Ketenagakerjaan';
	if (d.plan === 'PEMDA') return 'Pemda';
	if (d.plan === 'UNNAMED') return '';
	return d.plan ?? '';
}

/** What kind of value it is: reported, computed, target (plan), baseline (plan), planned. */
export function kindText(d: Datum, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	if (d.derived) return d.formula ? `${s.derived}: ${d.formula[locale]}` : s.derived;
	const plan = d.plan ? ` (${planText(d, locale)})` : '';
	if (d.basis === 'target') return `${s.target}${plan}`;
	if (d.basis === 'baseline') return `${s.baseline}${plan}`;
	if (d.basis === 'planned') return s.planned;
	return s.reported;
}

/** The source cell of a datum: a link per source, titled by publisher. */
export function sourceCell(input: ChartInput, d: Datum, locale: Locale): Cell {
	const links = d.sourceIds.map((id) => ({
		text: input.dataset.sources.get(id)?.publisher ?? id,
		href: sourceUrl(id, locale),
	}));
	return { text: links.map((l) => l.text).join(', '), links };
}

/** "kind; period", or the kind alone when the row header already is the period. */
function note(kind: string, period: string, header: string): string {
	return period === header || period === '' ? kind : `${kind}; ${period}`;
}

/** A table row for a datum: value in words, kind and period, source. */
export function datumRow(input: ChartInput, header: string, d: Datum, locale: Locale): TableRow {
	return {
		header,
		cells: [
			{ text: valueWords(d, locale) },
			{ text: note(kindText(d, locale), periodText(d.period, locale), header) },
			sourceCell(input, d, locale),
		],
	};
}

/** A table row for a value the source did not give. */
export function missingRow(header: string, period: string, locale: Locale): TableRow {
	const s = CHART_STRINGS[locale];
	return {
		header,
		cells: [{ text: s.notReported }, { text: period === header ? '–' : period }, { text: '–' }],
	};
}

/** The table's column headings. */
export function tableColumns(locale: Locale): string[] {
	const c = CHART_STRINGS[locale].columns;
	return [c.item, c.value, c.note, c.source];
}

/** The sources behind some values, in id order, linked to their pages. */
export function sourceRefs(input: ChartInput, data: readonly Datum[], locale: Locale): SourceRef[] {
	const ids = [...new Set(data.flatMap((d) => d.sourceIds))].sort();
	return ids.map((id) => {
		const source = input.dataset.sources.get(id);
		return {
			id,
			title: source?.title ?? id,
			publisher: source?.publisher ?? '',
			href: sourceUrl(id, locale),
		};
	});
}

/** Most values a text alternative reads out; past it, it points to the data table. */
export const DESC_ROWS = 40;

/**
 * The text alternative: the takeaway, then every row as "header: value (kind; period)" — or,
 * past {@link DESC_ROWS} rows (every region of a comparison), a pointer to the data table,
 * which a screen reader can walk row by row.
 */
export function describe(takeaway: string, rows: readonly TableRow[], locale: Locale): string {
	const s = CHART_STRINGS[locale];
	if (rows.length > DESC_ROWS) return `${takeaway} ${s.descInTable(rows.length)}`;
	const values = rows
		.map((r) => {
			const [value, about] = r.cells;
			const extra = about && about.text !== '–' ? ` (${about.text})` : '';
			return `${r.header}: ${value?.text ?? ''}${extra}`;
		})
		.join('; ');
	return `${takeaway} ${s.descValues}: ${values}.`;
}

/**
 * One sentence per reported value that fails a cross-check. Charts of many regions pass
 * `where` so that each sentence names the region its value belongs to.
 */
export function flagSentences(
	data: readonly Datum[],
	locale: Locale,
	where?: (d: Datum) => string,
): string[] {
	const s = CHART_STRINGS[locale];
	return data
		.filter((d) => d.mismatch !== null)
		.map((d) => {
			const expected = d.mismatch?.expected ?? d.value;
			const decimals = d.unit === 'percent' ? Math.max(2, d.decimals) : d.decimals;
			const reported = valueWords(d, locale);
			const computed = formatValue(expected, d.unit, locale, decimals);
			return where
				? s.mismatchSentenceAt(where(d), reported, computed)
				: s.mismatchSentence(reported, computed);
		});
}

/** Ends a sentence with a full stop unless it has one. */
export function sentence(text: string): string {
	return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A value with its qualifier in words, large rupiah in words: "sekitar Rp5,3 miliar". */
export function valueShort(d: Datum, locale: Locale): string {
	const v = formatValue(d.value, d.unit, locale, d.decimals, true);
	return d.qualifier ? `${qualifierVocabulary.labels[d.qualifier][locale]} ${v}` : v;
}

/** The name of a datum's segment, program or level, short enough for a bar label. */
export function breakdownLabel(d: Datum, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	if (d.level) return levelVocabulary.labels[d.level][locale];
	if (d.program) return programVocabulary.labels[d.program][locale];
	if (d.segment) {
		const short = (s.segmentShort as Record<string, string>)[d.segment];
		return short ?? segmentVocabulary.labels[d.segment][locale];
	}
	return s.total;
}

/** The payer in readers' words for titles: "APBD kabupaten/kota", "DBHCHT", "village budget". */
export function fundingText(funding: Datum['funding'], locale: Locale): string {
	return funding === null ? '' : FUNDING_WORDS[funding][locale];
}
