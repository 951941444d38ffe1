/**
 * The changes page (`/perubahan/`): what changed in the data, for readers. A source is the unit
 * of change (one folder per article or document), so the page lists the sources newest first
 * (accessed, published, id: never the clock), grouped by the day they were accessed, each with
 * the figures it brought and their permalinks. Only the newest sources are listed, at most
 * {@link CHANGES_LIMIT} of them bringing at most {@link CHANGES_FIGURE_LIMIT} figures together
 * (the newest always, however many it brought): a national data set has thousands of sources,
 * and every source has its own page.
 */
import type { Locale } from '../format/locale.ts';
import type { Figure } from '../schema/figure.ts';
import type { Source } from '../schema/source.ts';
import { sourceOrder } from './region.ts';
import { groupBy, type SiteIndex } from './site-index.ts';
import { buildSourcePage } from './source.ts';
import { figureUrl, localePath, sourceUrl } from './urls.ts';

/** How many sources the changes page lists at most, newest first. */
export const CHANGES_LIMIT = 50;
/**
 * How many figures the listed sources may bring together. A figure's row weighs about 500 bytes
 * raw, so the page stays near 250 KB raw (the national set's sources bring ~27 figures each).
 */
export const CHANGES_FIGURE_LIMIT = 500;

/** Locale-neutral path of the changes page. */
export const CHANGES_PATH = '/perubahan/';

/** The changes page in a locale: `/perubahan/`, `/en/perubahan/`. */
export function changesUrl(locale: Locale): string {
	return localePath(CHANGES_PATH, locale);
}

/** The anchor of a source's entry on the changes page: `s-kupastuntas-2025-10-31`. */
export function changeAnchor(sourceId: string): string {
	return `s-${sourceId}`;
}

/** A figure a source brought, with its permalink. */
export interface ChangedFigure {
	figure: Figure;
	/** Permalink: the figure's anchor on its region page (or figures page, see figureUrl). */
	href: string;
}

/** One source added: the unit of change. */
export interface Change {
	/** Id of the entry on the changes page (see {@link changeAnchor}). */
	anchor: string;
	source: Source;
	/** The source's own page. */
	href: string;
	/** Figures read from the source, by region then reading order. */
	figures: ChangedFigure[];
}

/** The sources accessed on one day, newest first. */
export interface ChangeDay {
	/** Access date, YYYY-MM-DD. */
	date: string;
	changes: Change[];
}

export interface ChangesPage {
	/** Days, newest first. */
	days: ChangeDay[];
	/** Number of sources listed. */
	sources: number;
	/** Number of figures listed (those of the listed sources). */
	figures: number;
	/** Older sources not listed (they are on the sources index). */
	older: number;
}

/** Builds the changes page of one locale (links are per locale). */
export function buildChangesPage(
	index: SiteIndex,
	locale: Locale,
	limit = CHANGES_LIMIT,
	figureLimit = CHANGES_FIGURE_LIMIT,
): ChangesPage {
	const regions = index.dataset.regions;
	const sources = [...index.dataset.sources.values()].sort(sourceOrder);
	const listed = newestWithin(
		sources,
		limit,
		figureLimit,
		(source) => index.figuresBySource.get(source.id)?.length ?? 0,
	);
	const changes: Change[] = listed.map((source) => ({
		anchor: changeAnchor(source.id),
		source,
		href: sourceUrl(source.id, locale),
		figures: buildSourcePage(source, index).figures.map((figure) => ({
			figure,
			href: figureUrl(figure, locale, regions, index.figuresPageRegions),
		})),
	}));
	const days = [...groupBy(changes, (c) => c.source.accessed)].map(([date, list]) => ({
		date,
		changes: list,
	}));
	return {
		days,
		sources: changes.length,
		figures: changes.reduce((n, c) => n + c.figures.length, 0),
		older: sources.length - changes.length,
	};
}

/**
 * The first sources of `sources` (newest first), at most `limit`, while their figures add up to
 * at most `figureLimit`; the first source always, so the newest change is never hidden.
 */
function newestWithin(
	sources: readonly Source[],
	limit: number,
	figureLimit: number,
	figuresOf: (source: Source) => number,
): Source[] {
	const listed: Source[] = [];
	let figures = 0;
	for (const source of sources.slice(0, limit)) {
		figures += figuresOf(source);
		if (listed.length > 0 && figures > figureLimit) break;
		listed.push(source);
	}
	return listed;
}
