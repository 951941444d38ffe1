/**
 * The reported figures indexed once, for the rules that combine them. analyse() builds it and
 * hands it to derive, checks and conflicts: rules look partners up once per anchor figure, and
 * scanning a whole list each time would make the analysis quadratic.
 */
import { group } from 'd3-array';
import type { Figure } from '../schema/figure.ts';
import { byFigureOrder } from './select.ts';

/** One region's figures. Every rule compares figures of one region only. */
export interface RegionFigures {
	/** The region code. */
	region: string;
	/** Every figure of the region, in data set order. */
	all: readonly Figure[];
	/** Every figure of each indicator (point-valued or not), in data set order. */
	byIndicator: ReadonlyMap<string, readonly Figure[]>;
	/** Point-valued figures of each indicator, by source id then figure id. */
	points: ReadonlyMap<string, readonly Figure[]>;
	/** Point-valued figures by source, then indicator, by figure id. */
	pointsBySource: ReadonlyMap<string, ReadonlyMap<string, readonly Figure[]>>;
}

/** The data set's figures, region by region. Read it, never change it. */
export interface FiguresIndex {
	/** Every reported figure, in data set order. */
	figures: readonly Figure[];
	/** Each region's figures, regions in order of first appearance. */
	regions: readonly RegionFigures[];
}

/** A figure's value stands for a point (not "more than" / "less than" a bound). */
function isPointValue(f: Figure): boolean {
	return f.qualifier !== 'at_least' && f.qualifier !== 'at_most';
}

/** Indexes one region's figures (all of `figures` are of `region`). */
function indexRegion(region: string, figures: readonly Figure[]): RegionFigures {
	const points = figures.filter(isPointValue).sort(byFigureOrder);
	return {
		region,
		all: figures,
		byIndicator: group(figures, (f) => f.indicator),
		points: group(points, (f) => f.indicator),
		pointsBySource: group(
			points,
			(f) => f.sourceId,
			(f) => f.indicator,
		),
	};
}

/** Indexes a list of figures: built once per list, by analyse() or a test. */
export function indexFigures(figures: readonly Figure[]): FiguresIndex {
	return {
		figures,
		regions: Array.from(
			group(figures, (f) => f.region),
			([region, list]) => indexRegion(region, list),
		),
	};
}
