/** schema.org `Dataset` descriptions for region pages and the data page. */
import { LICENSE_URLS, SITE_HOME_URL, SITE_NAME, SITE_URL } from '../../config.ts';

export interface DatasetJsonLdInput {
	name: string;
	description: string;
	/** Absolute URL of the page. */
	url: string;
	/** Data version, YYYY-MM-DD. */
	version: string;
	license: string;
	creatorName: string;
	creatorUrl: string;
	language: string;
	/** Place the data is about, when it is one region. */
	place?: string;
	/** Absolute URLs of downloads with their media type. */
	downloads: { url: string; format: string }[];
}

/** A schema.org Dataset object. */
export function datasetJsonLd(d: DatasetJsonLdInput): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: d.name,
		description: d.description,
		url: d.url,
		version: d.version,
		dateModified: d.version,
		inLanguage: d.language,
		isAccessibleForFree: true,
		license: d.license,
		creator: { '@type': 'Organization', name: d.creatorName, url: d.creatorUrl },
		...(d.place ? { spatialCoverage: { '@type': 'Place', name: d.place } } : {}),
		distribution: d.downloads.map((x) => ({
			'@type': 'DataDownload',
			contentUrl: x.url,
			encodingFormat: x.format,
		})),
	};
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and line separators are
 * escaped so no quote in the data can close the script element.
 */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(
		/[<>&\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/** Media type of a download from its file name. */
export function mediaType(file: string): string {
	if (file.endsWith('.csv')) return 'text/csv';
	if (file.endsWith('.json')) return 'application/json';
	if (file.endsWith('.zip')) return 'application/zip';
	return 'application/octet-stream';
}

/** What a page of this site says about its data set; the site supplies the rest. */
export interface SiteDatasetInput {
	name: string;
	description: string;
	/** Path of the page in its locale (`/en/wilayah/kota-malang/`). */
	path: string;
	version: string;
	language: string;
	place?: string;
	/** Paths of its downloads (`/data/wilayah/kota-malang.zip`). */
	downloads: readonly string[];
}

/** The Dataset of a page of this site: licence, creator and absolute URLs filled in. */
export function siteDatasetJsonLd(d: SiteDatasetInput): Record<string, unknown> {
	return datasetJsonLd({
		name: d.name,
		description: d.description,
		url: `${SITE_URL}${d.path}`,
		version: d.version,
		license: LICENSE_URLS.data,
		creatorName: SITE_NAME,
		creatorUrl: SITE_HOME_URL,
		language: d.language,
		...(d.place ? { place: d.place } : {}),
		downloads: d.downloads.map((path) => ({ url: `${SITE_URL}${path}`, format: mediaType(path) })),
	});
}
