/**
 * Vocabulary for reading numbers in English-language sources ("9,623 workers",
 * "IDR 3.024 billion", "42.5 percent"): the English counterparts of `number-words.ts`.
 * Keys are lower-case; callers match case-insensitively.
 */
import type { Qualifier } from '../schema/enums.ts';

/** English scale word → multiplier. */
export const EN_SCALE_WORDS: Readonly<Record<string, number>> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
};

/** Nouns that say what a number counts ("9,623 workers", "12 months"). */
export const EN_UNIT_NOUNS: ReadonlySet<string> = new Set([
	'workers',
	'worker',
	'people',
	'persons',
	'person',
	'participants',
	'participant',
	'members',
	'employees',
	'employers',
	'companies',
	'businesses',
	'families',
	'households',
	'children',
	'recipients',
	'beneficiaries',
	'villages',
	'offices',
	'units',
	'cases',
	'claims',
	'days',
	'weeks',
	'months',
	'month',
	'years',
	'year',
	'percent',
]);

/** Unit words naming years; "N years" states N × 12 months. */
export const EN_YEAR_WORDS: ReadonlySet<string> = new Set(['years', 'year']);

/** Words months are counted in. */
export const EN_MONTH_WORDS: ReadonlySet<string> = new Set(['months', 'month']);

/** Qualifier phrases (lower-case); "more than" and "less than" before their shorter kin. */
export const EN_QUALIFIERS: ReadonlyArray<readonly [phrase: string, qualifier: Qualifier]> = [
	['approximately', 'approx'],
	['around', 'approx'],
	['about', 'approx'],
	['roughly', 'approx'],
	['more than', 'at_least'],
	['less than', 'at_most'],
	['fewer than', 'at_most'],
];

/** Phrases that state a value of zero. */
export const EN_ZERO_PHRASES: readonly string[] = ['none', 'nil', 'no claims'];
