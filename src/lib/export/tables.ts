/** The four exported tables, for the whole data set or for one region. */
import type { Region } from '../schema/region.ts';
import { checksTable } from './checks.ts';
import { conflictsTable } from './conflicts.ts';
import type { ExportContext } from './context.ts';
import { derivedTable } from './derived.ts';
import { figuresTable } from './figures.ts';
import { TABLE_NAMES, type TableName } from './paths.ts';
import type { TableData } from './table.ts';

/** The rows of a by-region look-up about `region`, or all of `items` without one. */
function about<T>(
	items: readonly T[],
	byRegion: ReadonlyMap<string, readonly T[]>,
	region?: Region,
): readonly T[] {
	return region ? (byRegion.get(region.code) ?? []) : items;
}

const BUILDERS: Record<TableName, (ctx: ExportContext, region?: Region) => TableData> = {
	figures: (ctx, region) =>
		figuresTable(ctx, about(ctx.dataset.figures, ctx.figuresByRegion, region)),
	derived: (ctx, region) =>
		derivedTable(ctx, about(ctx.analysis.derived, ctx.derivedByRegion, region)),
	checks: (ctx, region) => checksTable(ctx, about(ctx.analysis.checks, ctx.checksByRegion, region)),
	conflicts: (ctx, region) =>
		conflictsTable(ctx, about(ctx.analysis.conflicts, ctx.conflictsByRegion, region)),
};

/** One table; with `region`, only the rows about that region. */
export function exportTable(ctx: ExportContext, name: TableName, region?: Region): TableData {
	return BUILDERS[name](ctx, region);
}

/** Every table, in {@link TABLE_NAMES} order. */
export function exportTables(ctx: ExportContext, region?: Region): TableData[] {
	return TABLE_NAMES.map((name) => exportTable(ctx, name, region));
}

/** The regions that have reported figures, in dataset region order: they get downloads. */
export function regionsWithFigures(ctx: Pick<ExportContext, 'dataset'>): Region[] {
	const reported = new Set(ctx.dataset.figures.map((f) => f.region));
	return [...ctx.dataset.regions.values()].filter((r) => reported.has(r.code));
}

/** The region with this slug among those with downloads; throws when there is none. */
export function regionBySlug(ctx: ExportContext, slug: string | undefined): Region {
	const region = [...ctx.dataset.regions.values()].find(
		(r) => r.slug === slug && ctx.figuresByRegion.has(r.code),
	);
	if (!region) throw new Error(`export: no region with figures has the slug ${String(slug)}`);
	return region;
}
