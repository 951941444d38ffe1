/**
 * Shared by the export tests: the curated dataset with a small synthetic analysis (the real
 * one may still be empty), and a CSV reader that undoes the spreadsheet escaping.
 */
import Papa from 'papaparse';
import { exportContext, type ExportContext } from '../../../src/lib/export/context.ts';
import { toCsv, unescapeSpreadsheetText } from '../../../src/lib/export/csv.ts';
import type { TableName } from '../../../src/lib/export/paths.ts';
import { exportTable } from '../../../src/lib/export/tables.ts';
import type { Region } from '../../../src/lib/schema/region.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { Analysis } from '../../../src/lib/schema/analysis.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';

export const SITE = 'https://pantau-jamsostek.github.io';

/** The figure of `region` × `indicator` (no breakdown, actual) in the curated data. */
function find(dataset: Dataset, region: string, indicator: string): Figure {
	const figure = dataset.figures.find(
		(f) =>
			f.region === region &&
			f.indicator === indicator &&
			f.segment === null &&
			f.basis === 'actual',
	);
	if (!figure) throw new Error(`fixture: no ${indicator} for ${region}`);
	return figure;
}

/** A derived figure, a check and a conflict over Kabupaten Banyumas's real figures. */
export function syntheticAnalysis(dataset: Dataset): Analysis {
	const rate = find(dataset, '33.02', 'coverage_rate');
	const active = find(dataset, '33.02', 'active_participants');
	const scope = find(dataset, '33.02', 'workers_in_scope');
	const expected = (active.value / scope.value) * 100;
	return {
		derived: [
			{
				id: 'd-test000001',
				rule: 'coverage_rate',
				label: { id: 'Cakupan kepesertaan (dihitung)', en: 'Coverage rate (computed)' },
				unit: 'percent',
				region: '33.02',
				indicator: 'coverage_rate',
				segment: null,
				program: null,
				funding: null,
				level: null,
				basis: 'actual',
				plan: null,
				period: scope.period,
				value: expected,
				decimals: 2,
				formula: { id: '=peserta aktif ÷ pekerja sasaran × 100', en: 'active ÷ in scope × 100' },
				inputs: [active.id, scope.id],
			},
		],
		checks: [
			{
				id: 'c-test000001',
				rule: 'percent_of_counts',
				status: 'mismatch',
				severity: 'small',
				plain: { id: 'Artikel menyebut x, tetapi y.', en: 'The article gives x, but y.' },
				region: '33.02',
				sourceIds: [rate.sourceId],
				reportedId: rate.id,
				inputIds: [active.id, scope.id],
				unit: 'percent',
				reported: rate.value,
				expected,
				difference: rate.value - expected,
				tolerance: 0.05,
				arithmetic: { id: '214.687 ÷ 684.654 = 31,36%', en: '214,687 ÷ 684,654 = 31.36%' },
				message: { id: '-0,24 poin di luar pembulatan', en: '-0.24 points outside rounding' },
			},
		],
		conflicts: [
			{
				id: 'k-test000001',
				region: '33.02',
				indicator: 'coverage_rate',
				period: '2025',
				figureIds: [rate.id, active.id],
				message: { id: 'Dua sumber, dua angka', en: 'Two sources, two numbers' },
			},
		],
		stages: [],
	};
}

/** The seed articles (test/fixtures/valid/seeds/) with the synthetic analysis. */
export async function curatedContext(): Promise<ExportContext> {
	const { dataset, issues } = await loadDataset('test/fixtures/valid/seeds');
	if (issues.length > 0) throw new Error(`the seed fixture is invalid: ${issues.length} issues`);
	return exportContext({ dataset, analysis: syntheticAnalysis(dataset) }, SITE);
}

/** Parses an exported CSV: header, rows of text cells with the spreadsheet escaping undone. */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
	const rows = parsed.data.map((row) =>
		Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unescapeSpreadsheetText(v)])),
	);
	return { header: parsed.meta.fields ?? [], rows };
}

/** A CSV cell back to its value: empty is missing. */
export const textOrNull = (cell: string | undefined) =>
	cell === undefined || cell === '' ? null : cell;

/** The published content of a figure: everything figures.csv must carry. */
export function figureContent(f: Figure) {
	return {
		id: f.id,
		region: f.region,
		indicator: f.indicator,
		segment: f.segment,
		program: f.program,
		funding: f.funding,
		level: f.level,
		basis: f.basis,
		plan: f.plan,
		period: { text: f.period.text, start: f.period.start, end: f.period.end },
		value: f.value,
		qualifier: f.qualifier,
		quote: f.quote,
		note: f.note,
		sourceId: f.sourceId,
	};
}

/** A figures.csv row (or figures.json row) read back into the published content of a figure. */
export function contentOfRow(row: Record<string, unknown>) {
	const text = (key: string) => {
		const v = row[key];
		return typeof v === 'string' ? textOrNull(v) : null;
	};
	return {
		id: text('id'),
		region: text('region_code'),
		indicator: text('indicator'),
		segment: text('segment'),
		program: text('program'),
		funding: text('funding'),
		level: text('level'),
		basis: text('basis'),
		plan: text('plan'),
		period: { text: text('period'), start: text('period_start'), end: text('period_end') },
		value: typeof row['value'] === 'number' ? row['value'] : Number(row['value']),
		qualifier: text('qualifier'),
		quote: text('quote'),
		note: text('note'),
		sourceId: text('source_id'),
	};
}

/** A table as the downloads write it (CSV), for the whole data set or one region. */
export function csvOf(ctx: ExportContext, name: TableName, region?: Region): string {
	return toCsv(exportTable(ctx, name, region));
}
