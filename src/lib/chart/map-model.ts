/**
 * The province map: every province's newest reported coverage (no breakdown), a link to each
 * province that has figures, legend, a key naming every province, and text alternative.
 */
import { CHART_STRINGS } from '../../i18n/charts.ts';
import { homeStrings } from '../../i18n/home.ts';
import type { Locale } from '../format/locale.ts';
import { formatPercent } from '../format/number.ts';
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
	whenText,
} from './labels.ts';
import type { LegendItem } from './legend.ts';
import { regionUrl } from '../page-data/urls.ts';
import { layoutMap, type MapKey, type MapTile } from './map-layout.ts';
import type { ChartModel, TableRow } from './model.ts';
import { PROVINCE_TILES } from './province-tiles.ts';
import { selectCompare } from './series.ts';

type NameOf = (code: string) => string;

/** Every province's tile: its newest coverage, the link to its page and its spoken label. */
function mapTiles(input: ChartInput, coverage: Map<string, Datum>, locale: Locale): MapTile[] {
	const s = CHART_STRINGS[locale];
	const { dataset } = input;
	const withData = new Set(dataset.figures.map((f) => f.region));
	return PROVINCE_TILES.map((tile) => {
		const region = dataset.regions.get(tile.code);
		const d = coverage.get(tile.code) ?? null;
		const name = region?.name ?? tile.code;
		const hasData = withData.has(tile.code);
		return {
			...tile,
			value: d?.value ?? null,
			valueLabel: d ? formatPercent(d.value, locale, 0) : '',
			href: hasData && region ? regionUrl(region, locale) : null,
			label: s.map.tileLabel(name, d ? valueWords(d, locale) : s.map.dataNoCoverage),
			hasData,
			flagged: d?.mismatch != null,
		};
	});
}

/** The tiles of provinces with figures but no coverage value. */
const withoutCoverage = (tiles: readonly MapTile[]) =>
	tiles.filter((t) => t.hasData && t.value === null);

/** The provinces' coverage values, highest first, ties by province name. */
function rankedCoverage(coverage: Map<string, Datum>, name: NameOf): Datum[] {
	return PROVINCE_TILES.map((t) => coverage.get(t.code))
		.filter((d): d is Datum => d !== undefined)
		.sort((a, b) => b.value - a.value || name(a.region).localeCompare(name(b.region), 'id'));
}

/** The legend: five bins of 20 points, then the kinds of tile the map shows. */
function mapLegend(tiles: readonly MapTile[], locale: Locale): LegendItem[] {
	const s = CHART_STRINGS[locale];
	const legend: LegendItem[] = [0, 1, 2, 3, 4].map((bin) => ({
		glyph: `bin-${bin}` as const,
		label: s.map.binLabel(
			formatPercent(bin * 20, locale, 0).replace('%', ''),
			formatPercent(bin * 20 + 20, locale, 0),
		),
	}));
	if (withoutCoverage(tiles).length > 0) {
		legend.push({ glyph: 'nocov', label: s.map.dataNoCoverage });
	}
	legend.push({ glyph: 'nodata', label: s.map.noData });
	if (tiles.some((t) => t.flagged)) legend.push({ glyph: 'flag', label: s.mismatch });
	return legend;
}

/** The key naming every province: the values, then those without coverage or data, by name. */
function mapKey(
	tiles: readonly MapTile[],
	valued: readonly Datum[],
	name: NameOf,
	locale: Locale,
): MapKey {
	const abbr = new Map(PROVINCE_TILES.map((t) => [t.code, t.abbr]));
	const h = homeStrings(locale);
	const byName = (codes: string[]) =>
		codes
			.sort((a, b) => name(a).localeCompare(name(b), 'id'))
			.map((code) => `${abbr.get(code) ?? ''} ${name(code)}`);
	return {
		values: valued.map(
			(d) =>
				`${abbr.get(d.region) ?? ''} ${name(d.region)}: ${chartValue(d, locale)} (${periodText(d.period, locale)})`,
		),
		groups: [
			{ title: h.mapNoCoverage, items: byName(withoutCoverage(tiles).map((t) => t.code)) },
			{ title: h.mapNoData, items: byName(tiles.filter((t) => !t.hasData).map((t) => t.code)) },
		],
	};
}

/** How many provinces have a value, and the highest. */
function mapTakeaway(valued: readonly Datum[], name: NameOf, locale: Locale): string {
	const s = CHART_STRINGS[locale];
	const total = PROVINCE_TILES.length;
	const top = valued[0];
	let takeaway = valued.length > 0 ? s.map.some(valued.length, total) : s.map.none(total);
	if (top) {
		const args = [name(top.region), valueWords(top, locale), whenText(top.period, locale)] as const;
		takeaway += valued.length === 1 ? s.map.only(...args) : s.map.highest(...args);
	}
	return sentence(takeaway);
}

/** The table: every value, highest first, then the provinces with figures but no coverage. */
function mapRows(
	input: ChartInput,
	tiles: readonly MapTile[],
	valued: readonly Datum[],
	name: NameOf,
	locale: Locale,
): TableRow[] {
	const s = CHART_STRINGS[locale];
	const rows: TableRow[] = valued.map((d) => datumRow(input, name(d.region), d, locale));
	for (const t of withoutCoverage(tiles)) {
		rows.push({
			header: name(t.code),
			cells: [{ text: s.map.dataNoCoverage }, { text: '–' }, { text: '–' }],
		});
	}
	return rows;
}

/** The map of provinces by coverage, or null when no province has any figure. */
export function provinceMap(input: ChartInput, locale: Locale): ChartModel | null {
	const s = CHART_STRINGS[locale];
	const coverage = new Map<string, Datum>(
		selectCompare(input, 'coverage_rate').rows.map((d) => [d.region, d]),
	);
	const tiles = mapTiles(input, coverage, locale);
	if (!tiles.some((t) => t.hasData)) return null;

	const name: NameOf = (code) => input.dataset.regions.get(code)?.name ?? code;
	const valued = rankedCoverage(coverage, name);
	const legend = mapLegend(tiles, locale);
	const key = mapKey(tiles, valued, name, locale);
	const takeaway = mapTakeaway(valued, name, locale);
	const rows = mapRows(input, tiles, valued, name, locale);
	const flags = flagSentences(valued, locale, (d) => name(d.region));
	const columns = tableColumns(locale);
	columns[0] = s.map.provinceColumn;
	return {
		id: 'map',
		uid: 'ch-map',
		title: s.map.title,
		shortTitle: s.map.title,
		takeaway,
		flags,
		description: describe([takeaway, ...flags].join(' '), rows, locale),
		role: 'group',
		scenes: {
			narrow: layoutMap(tiles, legend, key, 'narrow'),
			wide: layoutMap(tiles, legend, key, 'wide'),
		},
		table: { caption: s.tableCaption(s.map.title), columns, rows },
		sources: sourceRefs(input, valued, locale),
	};
}
