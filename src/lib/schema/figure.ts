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
	/**
	 * The latest day the figure can describe: its period's end, or its source's publication
	 * date when that is earlier (a stock "in 2025" from an article of August 2025 describes
	 * August at the latest). Set by validation; hand-built figures may omit it (the period's end).
	 */
	asOf?: string;
	quote: string;
	note: string | null;
	location: RowLocation;
}
