/**
 * Read numbers written the Indonesian way ("Rp 5,3 miliar", "7.446 peserta", "8,38 persen"):
 * `.` groups thousands, `,` is the decimal mark, `,-` means "no cents", scale words multiply.
 * See DOMAIN.md §6. Pure functions, no dependencies.
 */
import {
	NUMBER_WORDS,
	QUALIFIERS,
	ROMAN_NUMERALS,
	SCALE_WORDS,
	UNIT_NOUNS,
	YEAR_WORDS,
	ZERO_PHRASES,
	type Qualifier,
} from './number-words.ts';

/** One number found in free text, with its position and what the text around it says. */
export interface NumberMention {
	/** The number as printed, from "Rp" to the scale word or "persen"/"%" ("Rp 5,3 miliar"). */
	raw: string;
	/** Offset of `raw` in the text (UTF-16 code units). */
	start: number;
	/** Offset just past `raw`. */
	end: number;
	/** Value in base units: rupiah, persons, percent points (8,38 persen → 8.38). */
	value: number;
	/** Half of the last printed digit's place, in base units ("31,6" → 0.05; "420 ribu" → 500). */
	halfUnit: number;
	/** Marked as money: "Rp", or a bare ",-" not followed by a unit noun. */
	currency: boolean;
	/** Followed by "persen" or "%". */
	percent: boolean;
	/** Multiplier of the scale word (1 when there is none, 1e3 ribu … 1e12 triliun). */
	scale: number;
	/** Lower-cased unit noun right after the number ("peserta", "tahun"; "persen" for percents). */
	unitWord?: string;
	/** Qualifier a few words before the number ("sekitar" → approx). */
	qualifier?: Qualifier;
}

/** A number expression read by {@link parseIndonesianNumber}; fields as in {@link NumberMention}. */
export interface ParsedValue {
	value: number;
	halfUnit: number;
	currency: boolean;
	percent: boolean;
	scale: number;
}

/** Result of {@link parseIndonesianNumber}: the value, or an error saying what is wrong. */
export type ParsedNumber = ({ ok: true } & ParsedValue) | { ok: false; error: string };

const EXAMPLES = '"7.446", "8,38 persen", "Rp 5,3 miliar" or "2.092.600.000,-"';
const SCALE_RE = String.raw`(?:ribu|juta|mil[iy]ar|tril[iy]un)\b`;
const PERCENT_RE = String.raw`(?:%|persen\b)`;

/** Value and printed precision of digits `intDigits`,`frac` times `scale`, kept exact. */
function magnitude(intDigits: string, frac: string, scale: number) {
	const places = 10 ** frac.length;
	return { value: (Number(intDigits + frac) * scale) / places, halfUnit: scale / (2 * places) };
}

/** What is wrong with a run of digits, dots, commas and dashes, or undefined when it is valid. */
function numeralProblem(numeral: string): string | undefined {
	const parts = numeral.split(',');
	if (parts.length > 2) return `"," is the decimal mark and may appear only once`;
	const [int = '', frac] = parts;
	if (frac !== undefined && frac !== '-' && !/^\d+$/.test(frac)) {
		return `after the decimal comma expected digits or "-" (",-" means no cents), got ",${frac}"`;
	}
	const groups = int.split('.');
	if (groups.some((g) => !/^\d+$/.test(g))) {
		return `only digits, "." (thousands) and "," (decimal mark) are allowed`;
	}
	if (groups.length === 1) return undefined;
	const [first = ''] = groups;
	if (first.length > 3) return `"${first}" has more than three digits before a thousands "."`;
	const bad = groups.slice(1).find((g) => g.length !== 3);
	if (bad === undefined) return undefined;
	const hint = groups.length === 2 ? ` (decimals take ",", e.g. "${first},${bad}")` : '';
	return `"." groups thousands and must be followed by exactly three digits, not ".${bad}"${hint}`;
}

/**
 * Parse one number expression (the whole trimmed string): optional "Rp"/"Rp."; digits with
 * "." thousands groups; optional ",decimals" or ",-"; optional scale word; optional "persen"
 * or "%"; optional unit noun ("10.000,- peserta"). Errors say what is wrong and what is allowed.
 */
export function parseIndonesianNumber(text: string): ParsedNumber {
	const s = text.trim();
	const fail = (why: string): ParsedNumber => ({ ok: false, error: `"${s}": ${why}` });
	if (s === '') return { ok: false, error: `empty text: expected a number such as ${EXAMPLES}` };
	const rp = /^Rp\.?\s*/i.exec(s)?.[0] ?? '';
	let rest = s.slice(rp.length);
	const numeral = /^[\d.,-]*/.exec(rest)?.[0] ?? '';
	if (!/^\d/.test(numeral)) {
		if (rp !== '' && rest === '') return fail(`no number after "${rp.trim()}"`);
		return fail(`not a number; expected a digit (after an optional "Rp"), e.g. ${EXAMPLES}`);
	}
	const problem = numeralProblem(numeral);
	if (problem !== undefined) return fail(problem);
	rest = rest.slice(numeral.length);
	const take = (re: RegExp): string | undefined => {
		const m = re.exec(rest);
		if (m === null) return undefined;
		rest = rest.slice(m[0].length);
		return (m[1] ?? m[0]).toLowerCase();
	};
	const scaleWord = take(new RegExp(String.raw`^\s*(${SCALE_RE})`, 'i'));
	const percent = take(new RegExp(String.raw`^\s*(${PERCENT_RE})`, 'i')) !== undefined;
	const noun = take(/^\s*([a-z]+)/i);
	if (noun !== undefined && !UNIT_NOUNS.has(noun)) {
		return fail(
			`unknown word "${noun}" after the number; allowed: a scale word (ribu, juta, miliar/milyar, ` +
				`triliun/trilyun), "persen" or "%", then a unit noun such as "peserta" or "orang"`,
		);
	}
	if (rest.trim() !== '') return fail(`unexpected "${rest.trim()}" after the number`);
	const [int = '', frac = ''] = numeral.split(',');
	const scale = scaleWord === undefined ? 1 : (SCALE_WORDS[scaleWord] ?? 1);
	const currency = rp !== '' || (frac === '-' && noun === undefined);
	const digits = frac === '-' ? '' : frac;
	return {
		ok: true,
		...magnitude(int.replaceAll('.', ''), digits, scale),
		currency,
		percent,
		scale,
	};
}

const WORD_RE = Object.keys(NUMBER_WORDS).join('|');
/**
 * A number in running text. The look-arounds refuse partial matches ("12" in "12.09") and
 * digits glued to a word ("Liputan6.com"), but not "Rp" glued to one ("anggaranRp924 juta").
 */
const MENTION = new RegExp(
	String.raw`(?:(?:(?<rp>Rp\.?\s*)|(?<![a-z\d]|\d[.,]))(?<int>\d{1,3}(?:\.\d{3})+|\d+)` +
		String.raw`(?:,(?<frac>\d+)|(?<dash>,-))?(?!\d|[.,]\d)` +
		String.raw`|(?<!salah\s+)\b(?<word>${WORD_RE})\b)` +
		String.raw`(?:\s*(?<scale>${SCALE_RE}))?(?:\s*(?<pct>${PERCENT_RE}))?`,
	'gi',
);
const ROMAN = /\b[Jj]uara\s+(?<roman>VIII|VII|VI|IV|IX|III|II|I|V|X)\b/g;
/** Spans that hold digits but no figures: dates, times and legal citations. */
const NOT_FIGURES = [
	/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/g, // 2024-11-15 23:43:09
	/\b\d+(?:\s*\/\s*\d+)+/g, // 31/10/2025, PP 44/2015
	/\b\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT)\b/g, // 12.09 WIB
	/\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
	/\b(?:nomor|no\.|pp|uu|perpres|permenaker|pergub|perbup|perwal|perda|inpres)\s*\d+(?:\s+tahun\s+\d{4})?/gi,
];
const QUALIFIER_BEFORE = new RegExp(
	String.raw`^[\s\S]*(?<![a-z])(${QUALIFIERS.map(([p]) => p).join('|')})\s+(?:[^\s\d]+\s+){0,2}$`,
	'i',
);

type Groups = Record<string, string | undefined>;

/** Some qualifier phrase, anywhere (matched as QUALIFIER_BEFORE matches its phrases). */
const ANY_QUALIFIER = new RegExp(QUALIFIERS.map(([p]) => p).join('|'), 'i');

function qualifierBefore(text: string, start: number): Qualifier | undefined {
	const window = text.slice(Math.max(0, start - 60), start);
	// Most numbers have no qualifier: skip the backtracking pattern when no phrase can match.
	if (!ANY_QUALIFIER.test(window)) return undefined;
	const phrase = QUALIFIER_BEFORE.exec(window)?.[1];
	return QUALIFIERS.find(([p]) => p === phrase?.toLowerCase())?.[1];
}

/** The word right after a number, read in place (sticky) rather than from a copied tail. */
const WORD_AFTER = /\s*([a-z]+)/iy;

function unitWordAfter(text: string, end: number): string | undefined {
	WORD_AFTER.lastIndex = end;
	const word = WORD_AFTER.exec(text)?.[1]?.toLowerCase();
	return word !== undefined && UNIT_NOUNS.has(word) ? word : undefined;
}

/**
 * Every match of a global pattern, like `[...text.matchAll(re)]` but without the copy of the
 * pattern `matchAll` makes on each call (that copy cost more than the matching).
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m !== null; m = re.exec(text)) {
		out.push(m);
		if (m[0] === '') re.lastIndex++;
	}
	return out;
}

/** Characters a NOT_FIGURES pattern needs (in the same order); undefined: always try it. */
const NOT_FIGURES_NEEDS: readonly (string | undefined)[] = ['-', '/', 'WI', ':', undefined];

/**
 * Every number in free text with its position, in order: digits in Indonesian notation,
 * number words satu…sepuluh ("salah satu" excluded) and Roman ranks after "Juara". Skips
 * dates written d/m/y or ISO, "12.09 WIB" style times and legal citations ("PP 44/2015",
 * "Nomor 37 Tahun 2022"). Day numbers and years in written-out dates are reported.
 */
export function findNumberMentions(text: string): NumberMention[] {
	// Excluded spans as flat [start, end, start, end, …].
	const excluded: number[] = [];
	for (const [i, re] of NOT_FIGURES.entries()) {
		const needs = NOT_FIGURES_NEEDS[i];
		if (needs !== undefined && !text.includes(needs)) continue;
		for (const m of allMatches(re, text)) excluded.push(m.index, m.index + m[0].length);
	}
	const isExcluded = (start: number, end: number) => {
		for (let i = 0; i < excluded.length; i += 2)
			if (start < (excluded[i + 1] ?? 0) && (excluded[i] ?? 0) < end) return true;
		return false;
	};
	const mentions: NumberMention[] = [];
	const add = (start: number, raw: string, int: string, frac: string, g: Groups) => {
		const end = start + raw.length;
		if (isExcluded(start, end)) return;
		const scale = SCALE_WORDS[g.scale?.toLowerCase() ?? ''] ?? 1;
		const percent = g.pct !== undefined;
		const unitWord = percent ? 'persen' : unitWordAfter(text, end);
		const qualifier = qualifierBefore(text, start);
		const { value, halfUnit } = magnitude(int, frac, scale);
		const currency = g.rp !== undefined || (g.dash !== undefined && unitWord === undefined);
		const mention: NumberMention = { raw, start, end, value, halfUnit, currency, percent, scale };
		if (unitWord !== undefined) mention.unitWord = unitWord;
		if (qualifier !== undefined) mention.qualifier = qualifier;
		mentions.push(mention);
	};
	for (const m of allMatches(MENTION, text)) {
		const g: Groups = m.groups ?? {};
		const int = g.int?.replaceAll('.', '') ?? String(NUMBER_WORDS[g.word?.toLowerCase() ?? '']);
		add(m.index, m[0], int, g.frac ?? '', g);
	}
	// MENTION finds numbers in order; Roman ranks are found apart, so then sort.
	if (!text.includes('uara')) return mentions;
	for (const m of allMatches(ROMAN, text)) {
		const roman = m.groups?.roman ?? '';
		add(m.index + m[0].length - roman.length, roman, String(ROMAN_NUMERALS[roman]), '', {});
	}
	return mentions.sort((a, b) => a.start - b.start);
}

const PERCENT_UNITS = new Set(['percent', 'percent_change']);

/** How well `m` fits a figure of `unit` (higher is better), with its value in that unit. */
function fit(m: NumberMention, unit: string, before: string) {
	if (/\bper\s+$/i.test(before)) return undefined; // the 1.000 of "3 kasus per 1.000 peserta"
	// A bare number may stand for a percent or a rupiah amount, but not when a noun follows.
	const bare = m.unitWord === undefined ? { m, score: 1 } : undefined;
	if (PERCENT_UNITS.has(unit)) return m.percent ? { m, score: 2 } : m.currency ? undefined : bare;
	if (m.percent) return undefined;
	if (unit.startsWith('idr')) return m.currency ? { m, score: 2 } : bare;
	if (m.currency) return undefined;
	if (unit === 'months' && m.unitWord !== undefined && YEAR_WORDS.has(m.unitWord)) {
		return { m: { ...m, value: m.value * 12, halfUnit: m.halfUnit * 12 }, score: 2 };
	}
	return { m, score: unit === 'months' && m.unitWord === 'bulan' ? 2 : 1 };
}

const sameValue = (a: number, b: number) =>
	Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * The mention in `quote` that states `value` for a figure of `unit`, or undefined. Values
 * must agree to a relative 1e-9. Mentions of the wrong kind are ignored (a percent for a
 * head-count, rupiah for a percent, the denominator after "per"); percent units prefer
 * percent mentions and rupiah units prefer "Rp" ones. For `months`, "N tahun" states N×12.
 * Value 0 is also stated by "belum ada", "tidak ada" or "nihil" (a mention with halfUnit 0).
 */
export function quoteStatesValue(
	quote: string,
	value: number,
	unit: string,
): NumberMention | undefined {
	let best: { m: NumberMention; score: number } | undefined;
	for (const mention of findNumberMentions(quote)) {
		const f = fit(mention, unit, quote.slice(0, mention.start));
		if (f && sameValue(f.m.value, value) && f.score > (best?.score ?? 0)) best = f;
	}
	if (best !== undefined || value !== 0) return best?.m;
	const zero = new RegExp(String.raw`\b(?:${ZERO_PHRASES.join('|')})\b`, 'i').exec(quote);
	if (zero === null) return undefined;
	const raw = zero[0];
	const base = { raw, start: zero.index, end: zero.index + raw.length, value: 0, halfUnit: 0 };
	return { ...base, currency: false, percent: false, scale: 1 };
}
