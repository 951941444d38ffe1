/**
 * Column groups several tables share (region and series, period, source) and the functions
 * that fill them, so the same fact has the same column name and meaning everywhere. Their
 * descriptions come from the row schemas (schema/describe.ts): one text per field.
 */
import { fieldDescription } from '../schema/describe.ts';
import { basis, funding, level, plan, program, qualifier, segment, unit } from '../schema/enums.ts';
import { figureRow } from '../schema/figure-row.ts';
import { indicatorRow } from '../schema/indicator.ts';
import { sourceJson } from '../schema/source.ts';
import type { SeriesParts } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';
import { regionOf, sourceOf, type ExportContext } from './context.ts';
import type { Column } from './table.ts';

/** Region, indicator and breakdowns of a series. */
export const SERIES_COLUMNS = [
	{
		name: 'region_code',
		type: 'string',
		description: fieldDescription(figureRow, 'region'),
	},
	{ name: 'region_name', type: 'string', description: 'Official name of the region' },
	{ name: 'indicator', type: 'string', description: fieldDescription(figureRow, 'indicator') },
	{
		name: 'indicator_label',
		type: 'string',
		description: fieldDescription(indicatorRow, 'label_id'),
	},
	{
		name: 'indicator_label_en',
		type: 'string',
		description: fieldDescription(indicatorRow, 'label_en'),
	},
	{
		name: 'unit',
		type: 'string',
		description: fieldDescription(indicatorRow, 'unit'),
		enum: unit.codes,
	},
	{
		name: 'segment',
		type: 'string',
		description: fieldDescription(figureRow, 'segment'),
		enum: segment.codes,
	},
	{
		name: 'program',
		type: 'string',
		description: fieldDescription(figureRow, 'program'),
		enum: program.codes,
	},
	{
		name: 'funding',
		type: 'string',
		description: fieldDescription(figureRow, 'funding'),
		enum: funding.codes,
	},
	{
		name: 'level',
		type: 'string',
		description: fieldDescription(figureRow, 'level'),
		enum: level.codes,
	},
	{
		name: 'basis',
		type: 'string',
		description: fieldDescription(figureRow, 'basis'),
		enum: basis.codes,
	},
	{
		name: 'plan',
		type: 'string',
		description: fieldDescription(figureRow, 'plan'),
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
	{ name: 'source_title', type: 'string', description: fieldDescription(sourceJson, 'title') },
	{
		name: 'source_publisher',
		type: 'string',
		description: fieldDescription(sourceJson, 'publisher'),
	},
	{
		name: 'source_url',
		type: 'string',
		format: 'uri',
		description: fieldDescription(sourceJson, 'url'),
	},
	{
		name: 'source_archived_url',
		type: 'string',
		format: 'uri',
		description: fieldDescription(sourceJson, 'archived_url'),
	},
	{
		name: 'source_published',
		type: 'string',
		description: fieldDescription(sourceJson, 'published'),
	},
	{
		name: 'source_accessed',
		type: 'date',
		description: fieldDescription(sourceJson, 'accessed'),
	},
] as const satisfies readonly Column[];

/** The qualifier column with its vocabulary. */
export const QUALIFIER_COLUMN = {
	name: 'qualifier',
	type: 'string',
	description: fieldDescription(figureRow, 'qualifier'),
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
