/**
 * URLs of the downloads. Pages link to them by these helpers; the static-files writer
 * (src/lib/static-files/downloads.ts) writes exactly these paths.
 *
 * Every table is written once, as CSV, inside a zip: the whole data set in one, each region
 * in its own. No loose CSV or JSON copies beside them: at national scale the same rows in
 * three forms were most of the site's bytes, and a whole-country CSV is larger than static
 * hosts take in one file (see README, Performance).
 */
import type { Region } from '../schema/region.ts';

/** The four exported tables, in the order they are listed. */
export const TABLE_NAMES = ['figures', 'derived', 'checks', 'conflicts'] as const;
/** `figures`, `derived`, `checks` or `conflicts`. */
export type TableName = (typeof TABLE_NAMES)[number];

/** Site-wide downloads. */
export const DATA_PATHS = {
	index: '/data/',
	/** The whole data set: the four tables as CSV and datapackage.json describing them. */
	bundle: '/data/pantau-jamsostek.zip',
} as const;

/** The Indonesian page of a region: `/wilayah/<slug>/`. */
export function regionPagePath(region: Pick<Region, 'slug'>): string {
	return `/wilayah/${region.slug}/`;
}

/** A region's zip (only regions with figures have one): its tables, metadata.json, README.md. */
export function regionZipPath(region: Pick<Region, 'slug'>): string {
	return `/data/wilayah/${region.slug}.zip`;
}
