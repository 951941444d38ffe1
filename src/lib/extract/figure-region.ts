/**
 * The region of one figure: a region named beside it (its clause, then its sentence), the
 * word "nasional" beside it, else the article's main region, else national (BPJS
 * Ketenagakerjaan reports nationally). A province named beside a figure of an article about
 * one of its regencies is the payer or the setting, so the regency stays.
 */
import { NATIONAL_CODE, type Region } from '../schema/region.ts';
import type { RegionSource } from './confidence.ts';
import { regionNear, type RegionMention } from './regions.ts';

/** What the region of a figure is read from. */
export interface RegionInput {
	text: string;
	mentions: readonly RegionMention[];
	/** The article's main region, if any. */
	main: string | undefined;
	regions: ReadonlyMap<string, Region>;
	/** The region given by the maintainer (`--region`), for every figure. */
	given?: string;
}

/** A figure's region code, why it was chosen and how directly. */
export interface FigureRegion {
	code: string;
	why: string;
	source: RegionSource;
}

/** The region of the figure at `at`, looking in `scopes` (nearest first). */
export function figureRegion(
	r: RegionInput,
	scopes: readonly { start: number; end: number }[],
	at: number,
): FigureRegion {
	if (r.given !== undefined) return { code: r.given, why: 'region from --region', source: 'named' };
	for (const scope of scopes) {
		const hit = regionNear(r.mentions, scope, at);
		// "Pemprov Jawa Barat" paying for workers of Kota Bekasi: a province named beside a
		// figure of a regency article is its funder or its setting, not the figure's region.
		if (hit && hit.level === 'province' && r.main?.startsWith(`${hit.code}.`) === true) {
			return {
				code: r.main,
				why: `region: the article's regency, in "${hit.raw}"`,
				source: 'main',
			};
		}
		if (hit) return { code: hit.code, why: `region "${hit.raw}"`, source: 'named' };
		// "rata-rata nasional", "target kepesertaan nasional": a national figure.
		const national = /\bnasional\b/i.exec(r.text.slice(scope.start, scope.end));
		if (national && r.regions.has(NATIONAL_CODE) && scope === scopes[0]) {
			return { code: NATIONAL_CODE, why: `region: "${national[0]}"`, source: 'named' };
		}
	}
	if (r.main !== undefined) {
		return { code: r.main, why: "region: the article's main region", source: 'main' };
	}
	// BPJS Ketenagakerjaan is a national body: an article naming no region reports national figures.
	if (r.regions.has(NATIONAL_CODE)) {
		return {
			code: NATIONAL_CODE,
			why: 'region: none named, so national',
			source: 'national',
		};
	}
	return { code: '', why: 'region not found — fill in', source: 'national' };
}
