/**
 * checks.csv / checks.json: each cross-check of a reported figure against what the same
 * source's other figures imply, with the arithmetic and the checked figure's provenance.
 */
import type { CheckResult } from '../schema/analysis.ts';
import { unit } from '../schema/enums.ts';
import { PAGE_URL_COLUMN, SOURCE_COLUMNS, sourceCells } from './columns.ts';
import { figureOf, regionOf, pageUrl, type ExportContext } from './context.ts';
import type { Column, RowOf, TableData, TableSpec } from './table.ts';

/** Columns of checks.csv, in order. */
export const CHECK_COLUMNS = [
	{ name: 'id', type: 'string', description: 'Stable id of the check (c-…)' },
	{
		name: 'rule',
		type: 'string',
		description: 'The rule applied, e.g. parts_sum, percent_of_counts',
	},
	{
		name: 'status',
		type: 'string',
		description:
			'pass, within_rounding (differs only by the rounding the source printed) or mismatch',
		enum: ['pass', 'within_rounding', 'mismatch'],
	},
	{ name: 'region_code', type: 'string', description: 'Kemendagri or area code of the region' },
	{ name: 'region_name', type: 'string', description: 'Official name of the region' },
	{
		name: 'reported_id',
		type: 'string',
		description: 'Id of the reported figure being checked (figures.csv id)',
	},
	{ name: 'indicator', type: 'string', description: 'Indicator of the checked figure' },
	{ name: 'period', type: 'string', description: 'Period of the checked figure' },
	{
		name: 'unit',
		type: 'string',
		description: 'Unit of reported, expected, difference and tolerance',
		enum: unit.codes,
	},
	{ name: 'reported', type: 'number', description: 'The value the source reports' },
	{
		name: 'expected',
		type: 'number',
		description: 'The value its other figures imply, unrounded',
	},
	{ name: 'difference', type: 'number', description: 'reported − expected' },
	{
		name: 'tolerance',
		type: 'number',
		description:
			'Half-width of the interval the reported value may stand for, given its printed precision',
	},
	{
		name: 'input_ids',
		type: 'list',
		description: 'Ids of the figures the expected value is computed from, ;-separated',
	},
	{
		name: 'source_ids',
		type: 'list',
		description: 'Ids of the sources of all figures involved, ;-separated',
	},
	{ name: 'arithmetic_id', type: 'string', description: 'The arithmetic in words, Indonesian' },
	{ name: 'arithmetic_en', type: 'string', description: 'The arithmetic in words, English' },
	{ name: 'message_id', type: 'string', description: 'Plain-language verdict, Indonesian' },
	{ name: 'message_en', type: 'string', description: 'Plain-language verdict, English' },
	{
		name: 'reported_quote',
		type: 'string',
		description: 'The exact words of the source that state the checked figure',
	},
	...SOURCE_COLUMNS,
	PAGE_URL_COLUMN,
] as const satisfies readonly Column[];

/** One row of checks.csv. */
export type CheckExportRow = RowOf<typeof CHECK_COLUMNS>;

/** checks.csv as a table: name, description, columns, key. */
export const CHECKS_TABLE: TableSpec = {
	name: 'checks',
	title: 'Cross-checks',
	description:
		"Each cross-check of a reported figure against what other reported figures imply (parts against their total, a percentage against its counts…), with the tolerance allowed by the source's rounding. The source columns describe the source of the checked figure.",
	columns: CHECK_COLUMNS,
	primaryKey: ['id'],
};

/** The row of one check. */
export function checkRow(ctx: ExportContext, c: CheckResult): CheckExportRow {
	const reported = figureOf(ctx, c.reportedId);
	return {
		id: c.id,
		rule: c.rule,
		status: c.status,
		region_code: c.region,
		region_name: regionOf(ctx, c.region).name,
		reported_id: c.reportedId,
		indicator: reported.indicator,
		period: reported.period.text,
		unit: c.unit,
		reported: c.reported,
		expected: c.expected,
		difference: c.difference,
		tolerance: c.tolerance,
		input_ids: c.inputIds,
		source_ids: c.sourceIds,
		arithmetic_id: c.arithmetic.id,
		arithmetic_en: c.arithmetic.en,
		message_id: c.message.id,
		message_en: c.message.en,
		reported_quote: reported.quote,
		...sourceCells(ctx, reported.sourceId),
		page_url: pageUrl(ctx, c.region, c.id),
	};
}

/** The checks table, in analysis order. */
export function checksTable(ctx: ExportContext, checks: readonly CheckResult[]): TableData {
	return { spec: CHECKS_TABLE, rows: checks.map((c) => checkRow(ctx, c)) };
}
