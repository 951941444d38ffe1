/**
 * How numbers are written in each source language: the pattern of a number in running text,
 * the spans that hold digits but no figures, and the words around a number. Indonesian
 * (`id`) groups thousands with "." and marks decimals with ","; English (`en`) the reverse.
 */
import type { Language, Qualifier } from '../schema/enums.ts';
import {
	EN_MONTH_WORDS,
	EN_QUALIFIERS,
	EN_SCALE_WORDS,
	EN_UNIT_NOUNS,
	EN_YEAR_WORDS,
	EN_ZERO_PHRASES,
} from './english-words.ts';
import {
	MONTH_WORDS,
	NUMBER_WORDS,
	QUALIFIERS,
	SCALE_WORDS,
	UNIT_NOUNS,
	YEAR_WORDS,
	ZERO_PHRASES,
} from './number-words.ts';

/** Everything {@link findNumberMentions} needs to know about one language's numbers. */
export interface Reading {
	/**
	 * A number in running text. Groups: `rp` (currency prefix), `int` (integer digits with
	 * their grouping), `frac` (decimals), `dash` (",-"), `dfrac` (Indonesian only: decimals
	 * after a "." that cannot group thousands), `cint` (Indonesian only: "1,234,567"), `word`
	 * (Indonesian only: first word of a number phrase, "satu" of "salah satu" too), `scale`,
	 * `pct`.
	 */
	mention: RegExp;
	/** The thousands separator, removed from `int`. */
	groupMark: string;
	/** Spans with digits but no figures, each with a string it needs (skip it when absent). */
	notFigures: readonly (readonly [pattern: RegExp, needs: string | undefined])[];
	/** Scale word as matched (any case; "jutaan" too) → multiplier. */
	scaleOf: (word: string) => number;
	/** Unit noun reported for a percent mention. */
	percentWord: string;
	unitNouns: ReadonlySet<string>;
	yearWords: ReadonlySet<string>;
	monthWords: ReadonlySet<string>;
	/** Words after a number that make it money ("dua miliar rupiah"). */
	currencyWords: ReadonlySet<string>;
	qualifiers: ReadonlyArray<readonly [phrase: string, qualifier: Qualifier]>;
	/** A qualifier phrase ending a window of text, a few words before a number. */
	qualifierBefore: RegExp;
	/** Any qualifier phrase: a cheap test before {@link Reading.qualifierBefore}. */
	anyQualifier: RegExp;
	/** Phrases stating zero. */
	zero: RegExp;
	/** Number phrases in words and Roman ranks after "Juara" (Indonesian). */
	words: boolean;
}

// "jutaan" (about millions), "miliarnya" (its billions: "Rp. 9 miliarnya").
const ID_SCALE = String.raw`(?:ribu|juta|mil[iy]ar|tril[iy]un)(?:an|nya)?\b`;
const ID_PERCENT = String.raw`(?:%|persen\b)`;
const ID_WORDS = Object.keys(NUMBER_WORDS).join('|');
/**
 * The look-arounds refuse partial matches ("12" in "12.09") and digits glued to a word
 * ("Liputan6.com"), but not "Rp" glued to one ("anggaranRp924 juta"). A "." followed by
 * other than exactly three digits is a decimal point ("61.73 persen"); "," groups thousands
 * when it occurs twice or more ("1,234,567"). Scale words may take "-an" ("6,1 jutaan").
 */
const ID_MENTION = new RegExp(
	String.raw`(?:(?:(?<rp>Rp\.?\s*)|(?<![a-z\d]|\d[.,]))` +
		String.raw`(?:(?<int>\d{1,3}(?:\.\d{3})+|\d+)` +
		String.raw`(?:,(?<frac>\d+)|(?<dash>,-)|\.(?<dfrac>(?!\d{3}(?!\d))\d+))?` +
		String.raw`|(?<cint>\d{1,3}(?:,\d{3}){2,}))(?!\d|[.,]\d)` +
		String.raw`|\b(?<word>${ID_WORDS})\b)` +
		String.raw`(?:\s*(?<scale>${ID_SCALE}))?(?:\s*(?<pct>${ID_PERCENT}))?`,
	'gi',
);

const EN_MENTION = new RegExp(
	String.raw`(?:(?<rp>(?:Rp\.?|IDR)\s*)|(?<![a-z\d]|\d[.,]))` +
		String.raw`(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?(?!\d|[.,]\d)` +
		String.raw`(?:\s*(?<scale>(?:thousand|million|billion|trillion)\b))?` +
		String.raw`(?:\s*(?<pct>%|percent\b|per\s+cent\b))?`,
	'gi',
);

const DATES_AND_TIMES = [
	[/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/g, '-'], // 2024-11-15 23:43:09
	[/\b\d+(?:\s*\/\s*\d+)+/g, '/'], // 31/10/2025, PP 44/2015
] as const;
const CLOCK = [/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ':'] as const;
const ID_CITATION =
	/\b(?:nomor|no\.|pp|uu|perpres|permenaker|pergub|perbup|perwal|perda|inpres)\s*\d+(?:\s+tahun\s+\d{4})?/gi;
const EN_CITATION =
	/\b(?:number|no\.|law|pp|uu|perpres|permenaker|pergub|perbup|perwal|perda|inpres)\s*\d+(?:\s+(?:of|tahun)\s+\d{4})?/gi;

function qualifierPatterns(qualifiers: Reading['qualifiers']) {
	const phrases = qualifiers.map(([p]) => p).join('|');
	return {
		qualifierBefore: new RegExp(
			String.raw`^[\s\S]*(?<![a-z])(${phrases})\s+(?:[^\s\d]+\s+){0,2}$`,
			'i',
		),
		anyQualifier: new RegExp(phrases, 'i'),
	};
}

const zeroPattern = (phrases: readonly string[]) =>
	new RegExp(String.raw`\b(?:${phrases.join('|')})\b`, 'i');

/** Scale word → multiplier, with the "-an" of "jutaan" ("millions of") dropped. */
function idScaleOf(word: string): number {
	const w = word.toLowerCase();
	return SCALE_WORDS[w] ?? SCALE_WORDS[w.replace(/(?:an|nya)$/, '')] ?? 1;
}

export const READINGS: Readonly<Record<Language, Reading>> = {
	id: {
		mention: ID_MENTION,
		groupMark: '.',
		notFigures: [
			...DATES_AND_TIMES,
			[/\b\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT)\b/g, 'WI'], // 12.09 WIB
			CLOCK,
			[ID_CITATION, undefined],
		],
		scaleOf: idScaleOf,
		percentWord: 'persen',
		unitNouns: UNIT_NOUNS,
		yearWords: YEAR_WORDS,
		monthWords: MONTH_WORDS,
		currencyWords: new Set(['rupiah']),
		qualifiers: QUALIFIERS,
		...qualifierPatterns(QUALIFIERS),
		zero: zeroPattern(ZERO_PHRASES),
		words: true,
	},
	en: {
		mention: EN_MENTION,
		groupMark: ',',
		notFigures: [
			...DATES_AND_TIMES,
			[/\b\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT|[ap]\.?m\b)/gi, undefined],
			CLOCK,
			[EN_CITATION, undefined],
		],
		scaleOf: (word) => EN_SCALE_WORDS[word.toLowerCase()] ?? 1,
		percentWord: 'percent',
		unitNouns: EN_UNIT_NOUNS,
		yearWords: EN_YEAR_WORDS,
		monthWords: EN_MONTH_WORDS,
		currencyWords: new Set(['rupiah']),
		qualifiers: EN_QUALIFIERS,
		...qualifierPatterns(EN_QUALIFIERS),
		zero: zeroPattern(EN_ZERO_PHRASES),
		words: false,
	},
};
