/** A reported figure after validation: what pages, checks and exports use. */
import type { Basis, Funding, Level, Plan, Program, Qualifier, Segment } from './enums.ts';
import type { Period } from './period.ts';

/** Where a row came from, for messages and for the "report a problem" link. */
export interface RowLocation {
	file: string;
	line: number;
}

/** The breakdown and basis of a series: everything but region, indicator and period. */
export interface SeriesParts {
	region: string;
	indicator: string;
	segment: Segment | null;
	program: Program | null;
	funding: Funding | null;
	level: Level | null;
	basis: Basis;
	plan: Plan | null;
}

export interface Figure extends SeriesParts {
	/** Stable id, used as permalink anchor. */
	id: string;
	sourceId: string;
	period: Period;
	value: number;
	qualifier: Qualifier | null;
	/**
	 * Half the place of the last digit the source printed, in the value's units
	 * ("31,6 persen" → 0.05): the rounding the figure may carry.
	 */
	precision: number;
	quote: string;
	note: string | null;
	location: RowLocation;
}
