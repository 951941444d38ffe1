/** How to cite the data, in plain text and BibTeX, from the data version (never the clock). */
import type { Region } from '../schema/region.ts';
import { siteUrl, type ExportContext } from './context.ts';
import { DATA_LICENSE_SHORT } from './licenses.ts';
import { DATA_PATHS, regionPagePath } from './paths.ts';

/** The publisher named in citations. */
export const PUBLISHER = 'Pantau Jamsostek';

/** A citation in plain text and as a BibTeX entry. */
export interface Citation {
	text: string;
	bibtex: string;
}

/** Escapes the characters BibTeX treats specially. */
function bibtexText(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (c) => `\\${c}`);
}

/**
 * The citation of the whole data set, or of one region's data. The year is the data
 * version's year.
 */
export function citation(ctx: ExportContext, region?: Region): Citation {
	const version = ctx.dataset.version;
	const year = version.slice(0, 4) || 'n.d.';
	const title = region
		? `BPJS Ketenagakerjaan figures for ${region.name}`
		: 'BPJS Ketenagakerjaan figures by region, every figure traced to its source';
	const url = siteUrl(ctx, region ? regionPagePath(region) : DATA_PATHS.index);
	const license = DATA_LICENSE_SHORT;
	const key = ['pantau-jamsostek', region?.slug ?? 'data', version].filter(Boolean).join('-');
	return {
		text: `${PUBLISHER} (${year}). ${title} [data set], data version ${version}. ${url}. Licensed ${license}.`,
		bibtex: [
			`@misc{${key},`,
			`  author = {{${PUBLISHER}}},`,
			`  title = {{${bibtexText(title)}}},`,
			`  year = {${year}},`,
			`  version = {${version}},`,
			`  url = {${url}},`,
			`  note = {Data set, data version ${version}. Licensed ${license}},`,
			`}`,
		].join('\n'),
	};
}
