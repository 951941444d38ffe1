/** What the checks read from a dataset: figures and the registries that describe them. */
import type { Dataset } from '../schema/dataset.ts';
import type { Unit } from '../schema/enums.ts';

/** The part of a Dataset the checks and conflicts need (tests build small ones). */
export type CheckContext = Pick<Dataset, 'figures' | 'indicators' | 'sources' | 'regions'>;

/** The unit of an indicator, or undefined when the registry does not know it. */
export function unitOf(ctx: CheckContext, indicator: string): Unit | undefined {
	return ctx.indicators.get(indicator)?.unit;
}
