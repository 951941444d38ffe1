/** A place figures can be about: official provinces and regencies, plus areas.csv entries. */
import type { AreaKind } from './enums.ts';

export type RegionKind = 'province' | 'regency' | 'city' | AreaKind;

export interface Region {
	/** Kemendagri code (`35.73`) or areas.csv code (`ID`). */
	code: string;
	/** Official name (Indonesian). */
	name: string;
	/** English name where it differs (areas.csv); official names are not translated. */
	nameEn: string;
	kind: RegionKind;
	/** URL slug from the official name: `kota-malang`, `kalimantan-barat`. */
	slug: string;
	/** Province code for regencies and cities. */
	parent: string | null;
	/** Province codes a BPJS office area covers. */
	covers: string[];
}

/** Code of the national area (Indonesia) in data/areas.csv. */
export const NATIONAL_CODE = 'ID';
