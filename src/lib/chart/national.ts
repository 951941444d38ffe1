/** The national region, under whose slug the national charts (map, comparisons) are embedded. */
import { NATIONAL_CODE, type Region } from '../schema/region.ts';
import type { ChartInput } from './datum.ts';

/** The national region, when the data set has it. */
export function nationalRegion(input: ChartInput): Region | undefined {
	return input.dataset.regions.get(NATIONAL_CODE);
}
