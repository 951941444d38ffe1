/** The home page: the national picture, regions ranked by coverage, the latest sources. */
import { NATIONAL_CODE, type Region } from '../schema/region.ts';
import type { Source } from '../schema/source.ts';
import { buildHeadline, type FigureRef, type Headline } from './headline.ts';
import { sourceOrder } from './region.ts';
import type { SiteIndex } from './site-index.ts';

export interface RankedRegion {
	region: Region;
	/** Latest coverage of the whole region, or null when none is known. */
	coverage: FigureRef | null;
}

export interface HomePage {
	national: Headline | null;
	/** Regions with data (not the country), by latest coverage (highest first), then by name. */
	ranking: RankedRegion[];
	/** The newest sources, by accessed then published date. */
	latestSources: Source[];
	counts: { figures: number; sources: number; regions: number };
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
			.filter((r) => r.code !== NATIONAL_CODE)
			.map((region) => ({ region, coverage: headlineOf(region.code).coverage })),
	);
	return {
		national,
		ranking,
		latestSources: [...index.dataset.sources.values()].sort(sourceOrder).slice(0, latestCount),
		counts: {
			figures: index.dataset.figures.length,
			sources: index.dataset.sources.size,
			regions: index.regionsWithData.length,
		},
	};
}
