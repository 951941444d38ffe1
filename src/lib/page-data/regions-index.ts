/** The regions index: every province with its regencies and cities, plus the other areas. */
import type { Region } from '../schema/region.ts';
import type { SiteIndex } from './site-index.ts';

export interface ProvinceGroup {
	province: Region;
	/** Regencies and cities, in code order. */
	children: Region[];
	/** How many of the province and its children have data. */
	withData: number;
}

export interface RegionsIndexPage {
	/** The country and BPJS office areas (not in the official list). */
	areas: Region[];
	provinces: ProvinceGroup[];
	counts: { regions: number; withData: number };
}

/** Groups every official region under its province. */
export function buildRegionsIndex(index: SiteIndex): RegionsIndexPage {
	const all = [...index.dataset.regions.values()];
	const has = (r: Region) => index.figuresByRegion.has(r.code);
	const provinces = all
		.filter((r) => r.kind === 'province')
		.sort((a, b) => a.code.localeCompare(b.code, 'en'))
		.map((province) => {
			const children = index.childrenByProvince.get(province.code) ?? [];
			return {
				province,
				children,
				withData: [province, ...children].filter(has).length,
			};
		});
	return {
		areas: all
			.filter((r) => r.kind === 'country' || r.kind === 'bpjs_office')
			.sort((a, b) =>
				a.kind === b.kind ? a.code.localeCompare(b.code, 'en') : a.kind === 'country' ? -1 : 1,
			),
		provinces,
		counts: { regions: all.length, withData: index.regionsWithData.length },
	};
}
