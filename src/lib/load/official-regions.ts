/**
 * Provinces and regencies/cities from the `idn-area-data` package (Kemendagri codes),
 * never typed by hand. Its data is licensed ODbL: the site credits it.
 */
import { getProvinces, getRegencies } from 'idn-area-data';
import type { Region } from '../schema/region.ts';
import { slugify } from '../format/slug.ts';

let cache: Promise<Region[]> | undefined;

/** Every province and regency/city, provinces first, each in code order. */
export function officialRegions(): Promise<Region[]> {
	cache ??= (async () => {
		const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
		const regions: Region[] = provinces.map((p) => {
			return {
				code: p.code,
				name: p.name,
				nameEn: p.name,
				kind: 'province',
				slug: slugify(p.name),
				parent: null,
				covers: [],
			};
		});
		for (const r of regencies) {
			const name = r.name;
			regions.push({
				code: r.code,
				name,
				nameEn: name,
				kind: name.startsWith('Kota ') ? 'city' : 'regency',
				slug: slugify(name),
				parent: r.province_code,
				covers: [],
			});
		}
		return regions;
	})();
	return cache;
}
