/**
 * The dataset and its analysis indexed once, so that building hundreds of pages never scans
 * every figure per page: figures by region, source and indicator; checks and conflicts by
 * region; regencies by province.
 */
import { group } from 'd3-array';
import type { ChartData } from '../chart/datum.ts';
import type { CheckResult, Conflict, DerivedFigure, StageComparison } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { Region } from '../schema/region.ts';
import { hasFiguresPage } from './region.ts';

export interface SiteIndex extends ChartData {
	/** Regions with at least one reported figure, in the order of `regionOrder`. */
	regionsWithData: Region[];
	/** Every region (official list and areas.csv), in the order of `regionOrder`: each has a page. */
	allRegions: Region[];
	figuresByRegion: ReadonlyMap<string, Figure[]>;
	figuresBySource: ReadonlyMap<string, Figure[]>;
	figuresByIndicator: ReadonlyMap<string, Figure[]>;
	derivedByRegion: ReadonlyMap<string, DerivedFigure[]>;
	derivedByIndicator: ReadonlyMap<string, DerivedFigure[]>;
	checksByRegion: ReadonlyMap<string, CheckResult[]>;
	conflictsByRegion: ReadonlyMap<string, Conflict[]>;
	stagesByRegion: ReadonlyMap<string, StageComparison[]>;
	figureById: ReadonlyMap<string, Figure>;
	derivedById: ReadonlyMap<string, DerivedFigure>;
	/** Regencies and cities of each province, in code order. */
	childrenByProvince: ReadonlyMap<string, Region[]>;
	/** Areas with data (BPJS offices) covering each province, in the order of regionsWithData. */
	coveredBy: ReadonlyMap<string, Region[]>;
	/** Codes of the regions whose full lists are on their figures page (see hasFiguresPage). */
	figuresPageRegions: ReadonlySet<string>;
	/** Position of each indicator in the registry, for a stable reading order. */
	indicatorRank: ReadonlyMap<string, number>;
}

/** Groups items by a key (d3's `group`): keys in order of first appearance, items in order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
	return group(items, key);
}

const KIND_ORDER: Record<Region['kind'], number> = {
	country: 0,
	bpjs_office: 1,
	province: 2,
	regency: 3,
	city: 3,
};

/** Reading order of regions: the country, BPJS office areas, provinces, then regencies/cities by code. */
export function regionOrder(a: Region, b: Region): number {
	return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.code.localeCompare(b.code, 'en');
}

/** Indexes the site data once. Throws when two regions share a slug (their pages would collide). */
export function buildSiteIndex(data: ChartData): SiteIndex {
	const { dataset, analysis } = data;
	const figuresByRegion = groupBy(dataset.figures, (f) => f.region);
	const slugs = new Map<string, string>();
	for (const region of dataset.regions.values()) {
		const other = slugs.get(region.slug);
		if (other !== undefined)
			throw new Error(`regions ${other} and ${region.code} share the slug "${region.slug}"`);
		slugs.set(region.slug, region.code);
	}
	const regionsWithData = [...figuresByRegion.keys()]
		.map((code) => dataset.regions.get(code))
		.filter((r): r is Region => r !== undefined)
		.sort(regionOrder);
	const childrenByProvince = groupBy(
		[...dataset.regions.values()].filter((r) => r.parent !== null),
		(r) => r.parent ?? '',
	);
	for (const list of childrenByProvince.values()) list.sort(regionOrder);
	const coveredBy = new Map<string, Region[]>();
	for (const area of regionsWithData) {
		for (const code of area.covers) {
			const list = coveredBy.get(code);
			if (!list) coveredBy.set(code, [area]);
			else if (!list.includes(area)) list.push(area);
		}
	}
	const derivedByRegion = groupBy(analysis.derived, (d) => d.region);
	const figuresPageRegions = new Set(
		[...figuresByRegion]
			.filter(([code, list]) => hasFiguresPage(list.length, derivedByRegion.get(code)?.length ?? 0))
			.map(([code]) => code),
	);
	return {
		...data,
		regionsWithData,
		allRegions: [...dataset.regions.values()].sort(regionOrder),
		figuresByRegion,
		figuresBySource: groupBy(dataset.figures, (f) => f.sourceId),
		figuresByIndicator: groupBy(dataset.figures, (f) => f.indicator),
		derivedByRegion,
		derivedByIndicator: groupBy(analysis.derived, (d) => d.indicator),
		checksByRegion: groupBy(analysis.checks, (c) => c.region),
		conflictsByRegion: groupBy(analysis.conflicts, (c) => c.region),
		stagesByRegion: groupBy(analysis.stages, (s) => s.region),
		figureById: new Map(dataset.figures.map((f) => [f.id, f])),
		derivedById: new Map(analysis.derived.map((d) => [d.id, d])),
		childrenByProvince,
		coveredBy,
		figuresPageRegions,
		indicatorRank: new Map([...dataset.indicators.keys()].map((id, i) => [id, i])),
	};
}
