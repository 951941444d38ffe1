/** What the checks read: the registries that describe the figures, and the figures indexed. */
import type { RegionFigures } from '../derive/figures-index.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { Unit } from '../schema/enums.ts';

/**
 * The registries of a Dataset the checks and conflicts need to word their results (tests
 * build small ones); the figures come indexed (derive/figures-index.ts).
 */
export type CheckContext = Pick<Dataset, 'indicators' | 'sources' | 'regions'>;

/** What one check rule reads: the registries, and one region's figures indexed. */
export interface RegionCheckContext extends CheckContext {
	figures: RegionFigures;
}

/** The unit of an indicator, or undefined when the registry does not know it. */
export function unitOf(ctx: CheckContext, indicator: string): Unit | undefined {
	return ctx.indicators.get(indicator)?.unit;
}
