/**
 * URLs of the downloads. Pages link to them by these helpers; the endpoints under
 * `src/pages/data/` produce exactly these paths.
 */
import type { Region } from '../schema/region.ts';

/** The four exported tables, in the order they are listed. */
export const TABLE_NAMES = ['figures', 'derived', 'checks', 'conflicts'] as const;
/** `figures`, `derived`, `checks` or `conflicts`. */
export type TableName = (typeof TABLE_NAMES)[number];

/** Every file served under `/data/` and under `/data/wilayah/<slug>/`. */
export const TABLE_FILES = TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.json`] as const);
/** `figures.csv`, `figures.json`, … */
export type TableFile = (typeof TABLE_FILES)[number];

/** Site-wide downloads. */
export const DATA_PATHS = {
	index: '/data/',
	datapackage: '/data/datapackage.json',
	figuresCsv: '/data/figures.csv',
	figuresJson: '/data/figures.json',
	derivedCsv: '/data/derived.csv',
	derivedJson: '/data/derived.json',
	checksCsv: '/data/checks.csv',
	checksJson: '/data/checks.json',
	conflictsCsv: '/data/conflicts.csv',
	conflictsJson: '/data/conflicts.json',
} as const;

/** The Indonesian page of a region: `/wilayah/<slug>/`. */
export function regionPagePath(region: Pick<Region, 'slug'>): string {
	return `/wilayah/${region.slug}/`;
}

/** The downloads of one region (only regions with figures have them). */
export interface RegionDownloadPaths {
	/** `/data/wilayah/<slug>.zip`: CSVs, metadata.json and README.md. */
	zip: string;
	figuresCsv: string;
	figuresJson: string;
	derivedCsv: string;
	derivedJson: string;
	checksCsv: string;
	checksJson: string;
	conflictsCsv: string;
	conflictsJson: string;
}

/** URL of one table of a region: `/data/wilayah/<slug>/figures.csv`. */
export function regionTablePath(region: Pick<Region, 'slug'>, file: TableFile): string {
	return `/data/wilayah/${region.slug}/${file}`;
}

/** URLs of a region's downloads: `/data/wilayah/<slug>.zip`, `/data/wilayah/<slug>/figures.csv`… */
export function downloadPaths(region: Pick<Region, 'slug'>): RegionDownloadPaths {
	const table = (file: TableFile) => regionTablePath(region, file);
	return {
		zip: `/data/wilayah/${region.slug}.zip`,
		figuresCsv: table('figures.csv'),
		figuresJson: table('figures.json'),
		derivedCsv: table('derived.csv'),
		derivedJson: table('derived.json'),
		checksCsv: table('checks.csv'),
		checksJson: table('checks.json'),
		conflictsCsv: table('conflicts.csv'),
		conflictsJson: table('conflicts.json'),
	};
}
