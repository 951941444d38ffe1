/** A region's name in a locale (official names are not translated; areas.csv ones are). */
import type { Locale } from '../format/locale.ts';
import type { Region } from '../schema/region.ts';

/** The name to print for a region in a locale. */
export function regionName(region: Region, locale: Locale): string {
	return locale === 'en' ? region.nameEn : region.name;
}
