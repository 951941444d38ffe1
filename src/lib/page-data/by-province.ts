/**
 * Splitting a crowded page by province: the national, provincial and BPJS-area rows stay on
 * the page, and each province's regencies and cities get a page of their own.
 */
import type { Region } from '../schema/region.ts';
import { regionOrder } from './site-index.ts';

/** A regency or city (its province can take its rows). */
export const isLocal = (region: Region | undefined) =>
	region?.kind === 'regency' || region?.kind === 'city';

/** Splits items, in order, into those of regencies and cities (by province) and the rest. */
export function byProvince<T extends { region: string }>(
	items: readonly T[],
	regions: ReadonlyMap<string, Region>,
): { kept: T[]; moved: Map<Region, T[]> } {
	const kept: T[] = [];
	const moved = new Map<Region, T[]>();
	for (const item of items) {
		const region = regions.get(item.region);
		const province = isLocal(region) && region?.parent ? regions.get(region.parent) : undefined;
		if (!province) kept.push(item);
		else if (moved.has(province)) moved.get(province)?.push(item);
		else moved.set(province, [item]);
	}
	return { kept, moved };
}

/** The provinces that took items in any of the splits, in region order. */
export function provincesOf(...moved: ReadonlyMap<Region, unknown>[]): Region[] {
	return [...new Set(moved.flatMap((m) => [...m.keys()]))].sort(regionOrder);
}
