/** Series keys and stable figure ids. */
import { BREAKDOWNS } from './enums.ts';
import type { SeriesParts } from './figure.ts';
import { hash53 } from './hash.ts';

/** The fields that name a series, in key order: two figures of one series differ in period. */
export const SERIES_PARTS = [
	'region',
	'indicator',
	...BREAKDOWNS,
	'basis',
	'plan',
] as const satisfies readonly (keyof SeriesParts)[];

/** region × indicator × segment × program × funding × level × basis × plan, as one string. */
export function seriesKey(p: SeriesParts): string {
	// Concatenated rather than joined from an array: every figure's key is made several times.
	return `${p.region}|${p.indicator}|${p.segment ?? ''}|${p.program ?? ''}|${p.funding ?? ''}|${p.level ?? ''}|${p.basis}|${p.plan ?? ''}`;
}

/**
 * A stable id from the series, period and source: it survives a corrected value or quote,
 * so permalinks (`#f-…`) keep working.
 */
export function figureId(p: SeriesParts, period: string, sourceId: string): string {
	return figureIdAt(`${seriesKey(p)}@${period}`, sourceId);
}

/** `figureId` from the series key and period as `${seriesKey(p)}@${period}`, made once. */
export function figureIdAt(seriesAtPeriod: string, sourceId: string): string {
	return `f-${hash53(`${seriesAtPeriod}@${sourceId}`)}`;
}
