/** Series keys and stable figure ids. */
import { createHash } from 'node:crypto';
import type { SeriesParts } from './figure.ts';

/** region × indicator × segment × program × funding × level × basis × plan, as one string. */
export function seriesKey(p: SeriesParts): string {
	return [p.region, p.indicator, p.segment, p.program, p.funding, p.level, p.basis, p.plan]
		.map((v) => v ?? '')
		.join('|');
}

/**
 * A stable id from the series, period and source: it survives a corrected value or quote,
 * so permalinks (`#f-…`) keep working.
 */
export function figureId(p: SeriesParts, period: string, sourceId: string): string {
	return `f-${createHash('sha256')
		.update(`${seriesKey(p)}@${period}@${sourceId}`)
		.digest('hex')
		.slice(0, 10)}`;
}
