/** The four exported tables, for the whole data set or for one region. */
import type { Region } from '../schema/region.ts';
import { checksTable } from './checks.ts';
import { conflictsTable } from './conflicts.ts';
import type { ExportContext } from './context.ts';
import { derivedTable } from './derived.ts';
import { figuresTable } from './figures.ts';
import { TABLE_NAMES, type TableName } from './paths.ts';
import type { TableData } from './table.ts';

const regionIndex = new WeakMap<readonly { region: string }[], Map<string, unknown[]>>();

/**
 * The items of a list about one region code, in list order. Grouped once per list: a
 * national build asks for every region's items.
 */
export function itemsOfRegion<T extends { region: string }>(
	items: readonly T[],
	code: string,
): readonly T[] {
	let index = regionIndex.get(items) as Map<string, T[]> | undefined;
	if (!index) {
		index = new Map();
		for (const item of items) {
			const list = index.get(item.region);
			if (list) list.push(item);
			else index.set(item.region, [item]);
		}
		regionIndex.set(items, index);
	}
	return index.get(code) ?? [];
}

/** Keeps the items about `region`, or all of them without one. */
function about<T extends { region: string }>(items: readonly T[], region?: Region): readonly T[] {
	return region ? itemsOfRegion(items, region.code) : items;
}

const BUILDERS: Record<TableName, (ctx: ExportContext, region?: Region) => TableData> = {
	figures: (ctx, region) => figuresTable(ctx, about(ctx.dataset.figures, region)),
	derived: (ctx, region) => derivedTable(ctx, about(ctx.analysis.derived, region)),
	checks: (ctx, region) => checksTable(ctx, about(ctx.analysis.checks, region)),
	conflicts: (ctx, region) => conflictsTable(ctx, about(ctx.analysis.conflicts, region)),
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
	return [...ctx.dataset.regions.values()].filter(
		(r) => itemsOfRegion(ctx.dataset.figures, r.code).length > 0,
	);
}

/** The region with this slug among those with downloads; throws when there is none. */
export function regionBySlug(ctx: ExportContext, slug: string | undefined): Region {
	const region = regionsWithFigures(ctx).find((r) => r.slug === slug);
	if (!region) throw new Error(`export: no region with figures has the slug ${String(slug)}`);
	return region;
}
