/**
 * Words that point an extracted number at a breakdown code: segments, programmes, school
 * levels, funding and plans. Acronyms are matched case-sensitively, words in any case.
 */
import type { Funding, Level, Plan, Program, Segment } from '../schema/enums.ts';

/** A code and the patterns that name it (global regexes, for matchAll). */
export type Cues<C extends string> = readonly (readonly [code: C, pattern: RegExp])[];

/** "bukan penerima upah" must win over the "penerima upah" inside it. */
export const SEGMENT_CUES: Cues<Segment> = [
	['BPU', /bukan\s+penerima\s+upah|\bP?BPU\b/gi],
	['PU', /(?<!bukan\s+)penerima\s+upah/gi],
	['PU', /\bP?PU\b/g],
	['JAKON', /jasa\s+konstruksi|\bjakon\b/gi],
	['PMI', /pekerja\s+migran|\bPMI\b/g],
	['NON_ASN', /non[\s-]?ASN\b/gi],
	['MISKIN_EKSTREM', /miskin\s+ekstrem/gi],
	['RENTAN', /\brentan\b/gi],
];

export const PROGRAM_CUES: Cues<Program> = [
	['JHT', /\bJHT\b|jaminan\s+hari\s+tua/gi],
	['JKK', /\bJKK\b|kecelakaan\s+kerja/gi],
	['JKM', /\bJKM\b|jaminan\s+kematian|santunan\s+kematian/gi],
	// The Malang article writes "JPN" for Jaminan Pensiun.
	['JP', /\bJPN?\b/g],
	['JP', /jaminan\s+pensiun/gi],
	['JKP', /\bJKP\b|kehilangan\s+pekerjaan/gi],
	['BEASISWA', /beasiswa/gi],
];

export const LEVEL_CUES: Cues<Level> = [
	['TK', /\bTK\b|\bPAUD\b/g],
	['SD', /\bSD\b|sekolah\s+dasar/g],
	['SMP', /\bSMP\b|\bMTs\b/g],
	['SMA', /\bSM[AK]\b/g],
	['PT', /kuliah|perguruan\s+tinggi|mahasiswa|\bS1\b/gi],
];

/** "DBHCT" is the Malang article's spelling of DBHCHT; APBDes before APBD. */
export const FUNDING_CUES: Cues<Funding> = [
	['DBHCHT', /\bDBHC?HT\b|\bDBHCT\b|cukai(\s+hasil)?\s+tembakau/gi],
	['APBDES', /\bAPBDes(a)?\b|dana\s+desa/gi],
	['OTSUS', /\bOtsus\b|otonomi\s+khusus/gi],
	['APBN', /\bAPBN\b/g],
	['APBD', /\bAPBD\b/g],
];

export const PLAN_CUES: Cues<Plan> = [
	['RPJPN', /\bRPJPN\b|jangka\s+panjang\s+nasional/gi],
	['RPJMN', /\bRPJMN\b|jangka\s+menengah\s+nasional/gi],
	['RPJPD', /\bRPJPD\b|jangka\s+panjang\s+daerah/gi],
	['RPJMD', /\bRPJMD\b|jangka\s+menengah\s+daerah/gi],
	['RKP', /\bRKPD?\b|rencana\s+kerja\s+pemerintah/gi],
	['KEMENDAGRI', /\bKemendagri\b|Kementerian\s+Dalam\s+Negeri|\bRakortek\w*/gi],
	[
		'PEMDA',
		/\bPer(?:gub|bup|wal|da)\b|Peraturan\s+(?:Gubernur|Bupati|Wali\s*kota|Daerah)|Instruksi\s+(?:Gubernur|Bupati|Wali\s*kota)/gi,
	],
];

/** A code found near a number and how far from it (characters). */
export interface CueHit<C extends string> {
	code: C;
	/** Characters between the cue and the number (0 when touching). */
	distance: number;
	/** True when the cue comes after the number. */
	after: boolean;
	raw: string;
}

/** Every cue inside `text[from, to)`, with its distance from the number at `[start, end)`. */
export function cueHits<C extends string>(
	cues: Cues<C>,
	text: string,
	scope: { start: number; end: number },
	number: { start: number; end: number },
): CueHit<C>[] {
	const slice = text.slice(scope.start, scope.end);
	const hits: CueHit<C>[] = [];
	for (const [code, pattern] of cues) {
		for (const m of slice.matchAll(pattern)) {
			const a = scope.start + m.index;
			const b = a + m[0].length;
			if (a < number.end && number.start < b) continue;
			const after = a >= number.end;
			hits.push({ code, raw: m[0], after, distance: after ? a - number.end : number.start - b });
		}
	}
	return hits.sort((x, y) => x.distance - y.distance);
}

/** Codes of the hits, without repeats, nearest first. */
export function distinctCodes<C extends string>(hits: readonly CueHit<C>[]): C[] {
	return [...new Set(hits.map((h) => h.code))];
}
