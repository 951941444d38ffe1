/**
 * Column groups several tables share (region and series, period, source) and the functions
 * that fill them, so the same fact has the same column name and meaning everywhere.
 */
import { basis, funding, level, plan, program, qualifier, segment, unit } from '../schema/enums.ts';
import type { SeriesParts } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';
import { regionOf, sourceOf, type ExportContext } from './context.ts';
import type { Column } from './table.ts';

/** Region, indicator and breakdowns of a series. */
export const SERIES_COLUMNS = [
	{
		name: 'region_code',
		type: 'string',
		description:
			'Kemendagri code of the province or regency/city (35.73, 61), or ID for Indonesia and BPJSTK-… for a BPJS Ketenagakerjaan office area',
	},
	{ name: 'region_name', type: 'string', description: 'Official name of the region' },
	{ name: 'indicator', type: 'string', description: 'Indicator id (see /metodologi/)' },
	{ name: 'indicator_label', type: 'string', description: 'Indicator label in Indonesian' },
	{ name: 'indicator_label_en', type: 'string', description: 'Indicator label in English' },
	{
		name: 'unit',
		type: 'string',
		description: 'Unit of the value (percent is 0–100; idr is rupiah)',
		enum: unit.codes,
	},
	{
		name: 'segment',
		type: 'string',
		description: 'Participation segment or target group; empty = all',
		enum: segment.codes,
	},
	{
		name: 'program',
		type: 'string',
		description: 'BPJS Ketenagakerjaan programme; empty = all',
		enum: program.codes,
	},
	{
		name: 'funding',
		type: 'string',
		description: 'Who pays (contribution aid budgets); empty = not specific',
		enum: funding.codes,
	},
	{
		name: 'level',
		type: 'string',
		description: 'School level (scholarships); empty = all',
		enum: level.codes,
	},
	{
		name: 'basis',
		type: 'string',
		description:
			'actual, target, baseline (the starting value a plan states) or planned (announced, not realised)',
		enum: basis.codes,
	},
	{
		name: 'plan',
		type: 'string',
		description: 'For targets and baselines: the plan that sets them',
		enum: plan.codes,
	},
] as const satisfies readonly Column[];

/** Period as written and its first and last day. */
export const PERIOD_COLUMNS = [
	{
		name: 'period',
		type: 'string',
		description: 'Period as the data writes it: 2025, 2025-11, 2024-11-13 or START/END',
	},
	{ name: 'period_start', type: 'date', description: 'First day of the period' },
	{ name: 'period_end', type: 'date', description: 'Last day of the period' },
] as const satisfies readonly Column[];

/** The source a reported figure was read from. */
export const SOURCE_COLUMNS = [
	{
		name: 'source_id',
		type: 'string',
		description: 'Source id: the folder data/sources/<source_id>/ in the repository',
	},
	{ name: 'source_title', type: 'string', description: 'Title of the article or document' },
	{ name: 'source_publisher', type: 'string', description: 'Outlet or institution' },
	{
		name: 'source_url',
		type: 'string',
		format: 'uri',
		description: 'Where to read the source; empty when not known',
	},
	{
		name: 'source_archived_url',
		type: 'string',
		format: 'uri',
		description: 'A copy in a web archive; empty when none',
	},
	{
		name: 'source_published',
		type: 'string',
		description: 'Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known',
	},
	{
		name: 'source_accessed',
		type: 'date',
		description: 'Date the source was read for this data set',
	},
] as const satisfies readonly Column[];

/** The qualifier column with its vocabulary. */
export const QUALIFIER_COLUMN = {
	name: 'qualifier',
	type: 'string',
	description:
		'How the source qualified the number: approx (sekitar), at_least (lebih dari), at_most (kurang dari); empty = exact',
	enum: qualifier.codes,
} as const satisfies Column;

/** The permalink column. */
export const PAGE_URL_COLUMN = {
	name: 'page_url',
	type: 'string',
	format: 'uri',
	description: 'Permalink of the row on its region page',
} as const satisfies Column;

/** Cells of {@link SERIES_COLUMNS}. */
export function seriesCells(ctx: ExportContext, parts: SeriesParts) {
	const indicator = ctx.dataset.indicators.get(parts.indicator);
	return {
		region_code: parts.region,
		region_name: regionOf(ctx, parts.region).name,
		indicator: parts.indicator,
		indicator_label: indicator?.label.id ?? null,
		indicator_label_en: indicator?.label.en ?? null,
		unit: indicator?.unit ?? null,
		segment: parts.segment,
		program: parts.program,
		funding: parts.funding,
		level: parts.level,
		basis: parts.basis,
		plan: parts.plan,
	};
}

/** Cells of {@link PERIOD_COLUMNS}. */
export function periodCells(period: Period) {
	return { period: period.text, period_start: period.start, period_end: period.end };
}

/** Cells of {@link SOURCE_COLUMNS}. */
export function sourceCells(ctx: ExportContext, sourceId: string) {
	const source = sourceOf(ctx, sourceId);
	return {
		source_id: sourceId,
		source_title: source.title,
		source_publisher: source.publisher,
		source_url: source.url ?? null,
		source_archived_url: source.archived_url ?? null,
		source_published: source.published,
		source_accessed: source.accessed,
	};
}
