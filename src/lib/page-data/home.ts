/**
 * The home page: the provinces to find one's region by, the national picture, provinces,
 * regencies and cities ranked by coverage, the latest sources.
 */
import { NATIONAL_CODE, type Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import { comparableIndicators } from './compare.ts';
import { buildHeadline, type FigureRef, type Headline } from './headline.ts';
import { sourceOrder } from './region.ts';
import type { SiteIndex } from './site-index.ts';

export interface RankedRegion {
	region: Region;
	/** Latest coverage of the whole region, or null when none is known. */
	coverage: FigureRef | null;
}

/**
 * Past this many regions with data the home page shows the {@link HOME_RANKING_EACH} highest
 * and lowest coverages and links the full comparison: a row weighs about 370 bytes raw, so the
 * national set's 552 rows made the home page 280 KB.
 */
export const HOME_RANKING_ROWS = 40;
export const HOME_RANKING_EACH = 10;

/**
 * Provinces, regencies and cities with data by latest coverage (highest first), then by name.
 * The country and BPJS office areas are not ranked among them.
 */
export interface HomeRanking {
	/** Whether the ranking is cut to its ends (past {@link HOME_RANKING_ROWS} regions). */
	cut: boolean;
	/** Every ranked region, or the highest coverages when the ranking is cut. */
	highest: RankedRegion[];
	/** The lowest coverages (lowest last) when the ranking is cut; otherwise empty. */
	lowest: RankedRegion[];
	/** Regions with data, ranked or not. */
	total: number;
	/** Regions with data but no coverage figure (listed last when not cut). */
	withoutCoverage: number;
}

export interface HomePage {
	/** Every province, by name: the region finder that needs no JavaScript. */
	provinces: Region[];
	national: Headline | null;
	ranking: HomeRanking;
	/** Whether coverage has a comparison page (`/bandingkan/coverage_rate/`) ranking every region. */
	coverageCompared: boolean;
	/** The newest sources, by accessed then published date. */
	latestSources: Source[];
	counts: { figures: number; sources: number; regions: number };
}

/** Whether a region takes part in the ranking: official regions only, never the country or an area. */
export function isRanked(region: Region): boolean {
	return region.kind === 'province' || region.kind === 'regency' || region.kind === 'city';
}

/** Provinces by name, as a reader looks them up. */
export function provincesByName(regions: readonly Region[]): Region[] {
	return regions
		.filter((r) => r.kind === 'province')
		.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** Ranks regions by the value of their latest coverage; regions without one come last. */
export function rankByCoverage(items: RankedRegion[]): RankedRegion[] {
	return [...items].sort((a, b) => {
		const va = a.coverage?.figure.value;
		const vb = b.coverage?.figure.value;
		if (va !== undefined && vb !== undefined && va !== vb) return vb - va;
		if (va === undefined && vb !== undefined) return 1;
		if (vb === undefined && va !== undefined) return -1;
		return a.region.name.localeCompare(b.region.name, 'id');
	});
}

/** The ranking as the home page shows it: whole, or cut to its ends past `maxRows`. */
export function cutRanking(
	ranked: readonly RankedRegion[],
	maxRows = HOME_RANKING_ROWS,
	each = HOME_RANKING_EACH,
): HomeRanking {
	const withCoverage = ranked.filter((r) => r.coverage !== null);
	const withoutCoverage = ranked.length - withCoverage.length;
	if (ranked.length <= maxRows) {
		return { cut: false, highest: [...ranked], lowest: [], total: ranked.length, withoutCoverage };
	}
	const highest = withCoverage.slice(0, each);
	return {
		cut: true,
		highest,
		lowest: withCoverage.slice(Math.max(highest.length, withCoverage.length - each)),
		total: ranked.length,
		withoutCoverage,
	};
}

/** Builds the home page; `latestCount` sources are listed. */
export function buildHomePage(index: SiteIndex, latestCount = 5): HomePage {
	const headlineOf = (code: string) =>
		buildHeadline(
			index.figuresByRegion.get(code) ?? [],
			index.derivedByRegion.get(code) ?? [],
			index,
		);
	const national = index.figuresByRegion.has(NATIONAL_CODE) ? headlineOf(NATIONAL_CODE) : null;
	const ranking = rankByCoverage(
		index.regionsWithData
			.filter(isRanked)
			.map((region) => ({ region, coverage: headlineOf(region.code).coverage })),
	);
	return {
		provinces: provincesByName(index.allRegions),
		national,
		ranking: cutRanking(ranking),
		coverageCompared: comparableIndicators(index).some((i) => i.id === 'coverage_rate'),
		latestSources: [...index.dataset.sources.values()].sort(sourceOrder).slice(0, latestCount),
		counts: {
			figures: index.dataset.figures.length,
			sources: index.dataset.sources.size,
			regions: index.regionsWithData.length,
		},
	};
}
