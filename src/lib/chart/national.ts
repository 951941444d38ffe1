/** The national region, under whose slug the national charts (map, comparisons) are embedded. */
import type { Region } from '../schema/region.ts';
import type { ChartInput } from './datum.ts';

/** Code of the national region in the region registry (areas.csv). */
const NATIONAL_CODE = 'ID';

/** The national region, when the data set has it. */
export function nationalRegion(input: ChartInput): Region | undefined {
	return input.dataset.regions.get(NATIONAL_CODE);
}
