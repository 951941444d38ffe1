/**
 * The sources index. Every source is listed, newest first; once there are too many for one
 * page (the national set has thousands), the index keeps the newest and links one page per
 * year of publication, where every source of that year is listed.
 */
import type { Source } from '../schema/source.ts';
import { sourceOrder } from './region.ts';
import type { SiteIndex } from './site-index.ts';

/**
 * Past this many sources the index is split by year. An entry weighs about 230 bytes raw
 * (40 gzip), so 500 entries keep the page near 120 KB raw.
 */
export const SOURCE_INDEX_ROWS = 500;
/** How many of the newest sources a split index still lists. */
export const SOURCE_INDEX_NEWEST = 50;

/** A source with its number of figures. */
export interface SourceEntry {
	source: Source;
	figures: number;
}

/** A year of publication and how many sources were published in it. */
export interface SourceYear {
	year: string;
	count: number;
}

/** `/sumber/`. */
export interface SourceIndexPage {
	/** Every source. */
	total: number;
	/** Every source, or only the newest when the index is split by year. */
	sources: SourceEntry[];
	/** Years of publication, newest first; empty when `sources` holds every source. */
	years: SourceYear[];
}

/** `/sumber/tahun/<year>/`: every source published in one year. */
export interface SourceYearPage {
	year: string;
	sources: SourceEntry[];
}

export interface SourceIndexPages {
	index: SourceIndexPage;
	/** Empty unless the index is split. */
	yearPages: SourceYearPage[];
}

/** The year a source was published ("2025" of "2025-11-29"). */
export function publicationYear(source: Pick<Source, 'published'>): string {
	return source.published.slice(0, 4);
}

/** Builds the sources index and, past `maxRows` sources, its pages per year. */
export function buildSourceIndexPages(
	idx: SiteIndex,
	maxRows = SOURCE_INDEX_ROWS,
): SourceIndexPages {
	const sources = [...idx.dataset.sources.values()].sort(sourceOrder).map((source) => ({
		source,
		figures: idx.figuresBySource.get(source.id)?.length ?? 0,
	}));
	if (sources.length <= maxRows) {
		return { index: { total: sources.length, sources, years: [] }, yearPages: [] };
	}
	const byYear = new Map<string, SourceEntry[]>();
	for (const entry of sources) {
		const year = publicationYear(entry.source);
		const list = byYear.get(year);
		if (list) list.push(entry);
		else byYear.set(year, [entry]);
	}
	const yearPages = [...byYear]
		.sort(([a], [b]) => b.localeCompare(a))
		.map(([year, list]) => ({ year, sources: list }));
	return {
		index: {
			total: sources.length,
			sources: sources.slice(0, SOURCE_INDEX_NEWEST),
			years: yearPages.map((p) => ({ year: p.year, count: p.sources.length })),
		},
		yearPages,
	};
}
