/** Everything a region page shows, computed once per region from the index. */
import type { CheckResult, Conflict, DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import { buildHeadline, type Headline } from './headline.ts';
import { figureOrder, oneYearBefore } from './select.ts';
import type { SiteIndex } from './site-index.ts';

export interface RegionPage {
	region: Region;
	/** The province of a regency or city. */
	parent: Region | null;
	/** For a province: its regencies and cities that have data. */
	children: Region[];
	/** For a BPJS office area: the provinces it covers. */
	covers: Region[];
	/** BPJS office areas covering this province. */
	coveredBy: Region[];
	/** Every reported figure of the region, in reading order. */
	figures: Figure[];
	derived: DerivedFigure[];
	checks: CheckResult[];
	conflicts: Conflict[];
	/** Every source used, newest first, with the region's figures read from it. */
	sources: { source: Source; figures: Figure[] }[];
	headline: Headline;
	/** End of the newest actual figure's period (YYYY-MM-DD), or null. */
	newest: string | null;
	/** True when the newest actual figure ends more than a year before the data version. */
	outdated: boolean;
}

/** Checks that fail come first, then those within rounding, then passes. */
const STATUS_ORDER: Record<CheckResult['status'], number> = {
	mismatch: 0,
	within_rounding: 1,
	pass: 2,
};

/** Newest source first: by accessed, then published date, then id. */
export function sourceOrder(a: Source, b: Source): number {
	return (
		b.accessed.localeCompare(a.accessed) ||
		b.published.localeCompare(a.published) ||
		a.id.localeCompare(b.id)
	);
}

/** Builds the page of one region (which must have figures). */
export function buildRegionPage(region: Region, index: SiteIndex): RegionPage {
	const order = figureOrder(index.indicatorRank);
	const figures = [...(index.figuresByRegion.get(region.code) ?? [])].sort(order);
	const derived = [...(index.derivedByRegion.get(region.code) ?? [])].sort(order);
	const { regions, sources } = index.dataset;
	const bySource = new Map<string, Figure[]>();
	for (const f of figures) bySource.set(f.sourceId, [...(bySource.get(f.sourceId) ?? []), f]);
	const newest =
		figures
			.filter((f) => f.basis === 'actual')
			.map((f) => f.period.end)
			.sort()
			.at(-1) ?? null;
	const withData = (r: Region | undefined): r is Region =>
		r !== undefined && index.figuresByRegion.has(r.code);
	return {
		region,
		parent: region.parent === null ? null : (regions.get(region.parent) ?? null),
		children:
			region.kind === 'province'
				? (index.childrenByProvince.get(region.code) ?? []).filter(withData)
				: [],
		covers: region.covers.map((c) => regions.get(c)).filter((r): r is Region => r !== undefined),
		coveredBy: index.regionsWithData.filter((r) => r.covers.includes(region.code)),
		figures,
		derived,
		checks: [...(index.checksByRegion.get(region.code) ?? [])].sort(
			(a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.id.localeCompare(b.id),
		),
		conflicts: index.conflictsByRegion.get(region.code) ?? [],
		sources: [...bySource.entries()]
			.map(([id, list]) => ({ source: sources.get(id), figures: list }))
			.filter((s): s is { source: Source; figures: Figure[] } => s.source !== undefined)
			.sort((a, b) => sourceOrder(a.source, b.source)),
		headline: buildHeadline(figures, derived, index),
		newest,
		outdated: newest !== null && newest < oneYearBefore(index.dataset.version),
	};
}
