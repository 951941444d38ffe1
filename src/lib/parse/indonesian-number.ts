/**
 * Read numbers written the Indonesian way ("Rp 5,3 miliar", "7.446 peserta", "8,38 persen"):
 * `.` groups thousands, `,` is the decimal mark, `,-` means "no cents", scale words multiply.
 * See DOMAIN.md §6. In running text also the forms real articles use beside these ("61.73
 * persen", "6,1 jutaan", "dua miliar enam belas juta"), and, for English-language sources,
 * English notation ("9,623 workers", "IDR 3.024 billion"). Pure functions, no dependencies.
 */
import { PERCENT_UNITS, type Language, type Qualifier, type Unit } from '../schema/enums.ts';
import { readNumberPhrase } from './number-phrase.ts';
import { ORDINAL_WORDS, ROMAN_NUMERALS, SCALE_WORDS, UNIT_NOUNS } from './number-words.ts';
import { READINGS, type Reading } from './readings.ts';

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
	/** Qualifier a few words before the number ("sekitar" → approx; "6,1 jutaan" → approx). */
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

/**
 * A rank after the words that introduce one ("Juara II", "peringkat ke III", "Terbaik Kedua",
 * "juara pertama"): a Roman numeral or an ordinal word. Award articles write ranks so.
 */
const RANK_WORDS = String.raw`\b(?:[Jj]uara|[Pp]eringkat(?:\s+ke)?|[Tt]erbaik|[Pp]osisi(?:\s+ke)?|[Uu]rutan(?:\s+ke)?)\s*-?\s*`;
const ROMAN = new RegExp(`${RANK_WORDS}(?<roman>VIII|VII|VI|IV|IX|III|II|I|V|X)\\b`, 'g');
const ORDINAL = new RegExp(
	`${RANK_WORDS}(?<ordinal>${Object.keys(ORDINAL_WORDS).join('|')})\\b`,
	'gi',
);
/** "persen" or "%" right after a number phrase in words ("satu persen"). */
const PERCENT_AFTER = new RegExp(String.raw`\s*${PERCENT_RE}`, 'iy');

type Groups = Record<string, string | undefined>;

function qualifierBefore(r: Reading, text: string, start: number): Qualifier | undefined {
	const window = text.slice(Math.max(0, start - 60), start);
	// Most numbers have no qualifier: skip the backtracking pattern when no phrase can match.
	if (!r.anyQualifier.test(window)) return undefined;
	const phrase = r.qualifierBefore.exec(window)?.[1];
	return r.qualifiers.find(([p]) => p === phrase?.toLowerCase())?.[1];
}

/** The word right after a number, read in place (sticky) rather than from a copied tail. */
const WORD_AFTER = /\s*([a-z]+)/iy;

function wordAfter(text: string, end: number): string | undefined {
	WORD_AFTER.lastIndex = end;
	return WORD_AFTER.exec(text)?.[1]?.toLowerCase();
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

/** One number as read, before the words around it are looked at. */
interface NumberRead {
	raw: string;
	start: number;
	value: number;
	halfUnit: number;
	scale: number;
	percent: boolean;
	/** Marked as money by its prefix ("Rp", "IDR"). */
	rp: boolean;
	/** Ends in ",-". */
	dash: boolean;
	/** Ends in a scale word with "-an" ("jutaan"). */
	approx: boolean;
}

/** Before a dotted time: a year ("Oktober 2025 08.58", "2025 | 01.12") or "pukul". */
const TIME_BEFORE = /(?:\b(?:19|20)\d{2}\s*[|,–-]?|\bpukul)\s*$/i;
/** After a dotted number that is no figure: a letter ("1.32k kali") or degrees ("25.7 C"). */
const NOT_FIGURE_AFTER = /^(?:[a-z]|\s*°?\s*C\b)/i;

/**
 * A number with a decimal point that is page chrome, not a figure: "08.58" (a clock time, from
 * its leading zero or the date before it), "1.32k kali" (a view counter), "25.7 C" (weather).
 * Only numbers with a decimal "." are looked at, so the common path stays as it was.
 */
function dottedChrome(text: string, start: number, end: number, int: string): boolean {
	if (int.length === 2 && int.startsWith('0')) return true;
	if (NOT_FIGURE_AFTER.test(text.slice(end, end + 4))) return true;
	return TIME_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** The number a MENTION match stands for, or undefined when it is malformed ("1.000.5"). */
function readDigits(
	text: string,
	r: Reading,
	m: RegExpExecArray,
	g: Groups,
): NumberRead | undefined {
	const raw = m[0];
	const int = g.int ?? '';
	const frac = g.frac ?? g.dfrac ?? '';
	if (g.dfrac !== undefined || (r.groupMark === ',' && frac !== '')) {
		if (int.includes('.')) return undefined;
		const plain = g.scale === undefined && g.pct === undefined;
		if (plain && dottedChrome(text, m.index, m.index + raw.length, int)) return undefined;
	}
	const digits = g.cint?.replaceAll(',', '') ?? int.replaceAll(r.groupMark, '');
	const scale = g.scale === undefined ? 1 : r.scaleOf(g.scale);
	const { value, halfUnit } = magnitude(digits, frac, scale);
	return {
		raw,
		start: m.index,
		value,
		halfUnit,
		scale,
		percent: g.pct !== undefined,
		rp: g.rp !== undefined,
		dash: g.dash !== undefined,
		approx: g.scale !== undefined && /an$/i.test(g.scale),
	};
}

/** "salah" before "satu": "salah satu" (one of; also "disalah satu") is no figure. */
const SALAH_BEFORE = /salah\s+$/i;

/** The number phrase in words starting at a MENTION match ("dua miliar enam belas juta"). */
function readWords(text: string, start: number): NumberRead | undefined {
	// Tested here rather than as a look-behind in the pattern, which ran at every position.
	if (SALAH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
	const phrase = readNumberPhrase(text, start);
	if (phrase === undefined) return undefined;
	PERCENT_AFTER.lastIndex = phrase.end;
	const percent = PERCENT_AFTER.test(text);
	const end = percent ? PERCENT_AFTER.lastIndex : phrase.end;
	const { value, scale, approx } = phrase;
	const raw = text.slice(start, end);
	return { raw, start, value, halfUnit: scale / 2, scale, percent, rp: false, dash: false, approx };
}

/**
 * Every number in free text with its position, in order. Indonesian (`language` "id", the
 * default): digits in Indonesian notation, also "61.73" (a "." not followed by exactly three
 * digits is a decimal point) and "1,234,567"; scale words, also with "-an" ("6,1 jutaan",
 * approx); number phrases in words ("tiga ratus", "dua miliar enam belas juta"; "salah satu"
 * excluded); Roman ranks after "Juara". English ("en"): "9,623", "3.024 billion", "42.5
 * percent", "IDR"/"Rp" amounts. Skips dates written d/m/y or ISO, "12.09 WIB" style times and
 * legal citations ("PP 44/2015", "Nomor 37 Tahun 2022"). Day numbers and years in written-out
 * dates are reported.
 */
export function findNumberMentions(text: string, language: Language = 'id'): NumberMention[] {
	const r = READINGS[language];
	// Excluded spans as flat [start, end, start, end, …].
	const excluded: number[] = [];
	for (let i = 0; i < r.notFigures.length; i++) {
		const entry = r.notFigures[i];
		if (entry === undefined) continue;
		const re = entry[0];
		if (entry[1] !== undefined && !text.includes(entry[1])) continue;
		for (const m of allMatches(re, text)) excluded.push(m.index, m.index + m[0].length);
	}
	const isExcluded = (start: number, end: number) => {
		for (let i = 0; i < excluded.length; i += 2)
			if (start < (excluded[i + 1] ?? 0) && (excluded[i] ?? 0) < end) return true;
		return false;
	};
	const mentions: NumberMention[] = [];
	const add = (n: NumberRead) => {
		const { raw, start, value, halfUnit, scale, percent } = n;
		const end = start + raw.length;
		if (isExcluded(start, end)) return;
		const after = percent ? undefined : wordAfter(text, end);
		const unitWord = percent
			? r.percentWord
			: after !== undefined && r.unitNouns.has(after)
				? after
				: undefined;
		const qualifier = qualifierBefore(r, text, start) ?? (n.approx ? 'approx' : undefined);
		const currency =
			n.rp ||
			(n.dash && unitWord === undefined) ||
			(after !== undefined && r.currencyWords.has(after));
		const mention: NumberMention = { raw, start, end, value, halfUnit, currency, percent, scale };
		if (unitWord !== undefined) mention.unitWord = unitWord;
		if (qualifier !== undefined) mention.qualifier = qualifier;
		mentions.push(mention);
	};
	// A phrase in words reads on past its first word: later matches inside it are its words.
	let phraseEnd = 0;
	for (const m of allMatches(r.mention, text)) {
		if (m.index < phraseEnd) continue;
		const g: Groups = m.groups ?? {};
		const n = g.word === undefined ? readDigits(text, r, m, g) : readWords(text, m.index);
		if (n === undefined) continue;
		if (g.word !== undefined) phraseEnd = n.start + n.raw.length;
		add(n);
	}
	// MENTION finds numbers in order; ranks in Roman numerals or words are found apart, so sort.
	if (!r.words) return mentions;
	const flags = { scale: 1, percent: false, rp: false, dash: false, approx: false };
	for (const m of allMatches(ROMAN, text)) {
		const roman = m.groups?.roman ?? '';
		const start = m.index + m[0].length - roman.length;
		add({ raw: roman, start, value: ROMAN_NUMERALS[roman] ?? 0, halfUnit: 0.5, ...flags });
	}
	for (const m of allMatches(ORDINAL, text)) {
		const word = m.groups?.ordinal ?? '';
		const start = m.index + m[0].length - word.length;
		const value = ORDINAL_WORDS[word.toLowerCase()] ?? 0;
		add({ raw: word, start, value, halfUnit: 0.5, ...flags });
	}
	return mentions.sort((a, b) => a.start - b.start);
}

const IN_PERCENT: ReadonlySet<string> = new Set(PERCENT_UNITS);
/** Head-count units: whole numbers, where "592,932" can only group thousands. */
const WHOLE_UNITS: ReadonlySet<string> = new Set<Unit>(['persons', 'count']);
/** One "," then exactly three digits: a decimal in Indonesian, unless the value is whole. */
const COMMA_GROUP = /^\d{1,3},\d{3}$/;

/**
 * How well `m` fits a figure of `unit` (higher is better), with its value in that unit.
 * `before` is the text just before the mention (a few words).
 */
function fit(m: NumberMention, unit: string, before: string, r: Reading) {
	if (/\bper\s+$/i.test(before)) return undefined; // the 1.000 of "3 kasus per 1.000 peserta"
	// A bare number may stand for a percent or a rupiah amount, but not when a noun follows.
	const bare = m.unitWord === undefined ? { m, score: 1 } : undefined;
	if (IN_PERCENT.has(unit)) return m.percent ? { m, score: 2 } : m.currency ? undefined : bare;
	if (m.percent) return undefined;
	if (unit.startsWith('idr')) return m.currency ? { m, score: 2 } : bare;
	if (m.currency) return undefined;
	if (unit === 'months' && m.unitWord !== undefined && r.yearWords.has(m.unitWord)) {
		return { m: { ...m, value: m.value * 12, halfUnit: m.halfUnit * 12 }, score: 2 };
	}
	// "592,932 orang": a head-count has no decimals, so the comma groups thousands (and only so).
	if (r.groupMark === '.' && m.halfUnit === 0.0005 && m.scale === 1 && WHOLE_UNITS.has(unit)) {
		if (COMMA_GROUP.test(m.raw)) {
			return { m: { ...m, value: Number(m.raw.replace(',', '')), halfUnit: 0.5 }, score: 1 };
		}
	}
	const months = unit === 'months' && m.unitWord !== undefined && r.monthWords.has(m.unitWord);
	return { m, score: months ? 2 : 1 };
}

const sameValue = (a: number, b: number) =>
	Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * The mention in `quote` that states `value` for a figure of `unit`, or undefined. `language`
 * is the source's ("id" by default; "en" reads English notation, see
 * {@link findNumberMentions}). Values must agree to a relative 1e-9. Mentions of the wrong kind
 * are ignored (a percent for a head-count, rupiah for a percent, the denominator after "per");
 * percent units prefer percent mentions and rupiah units prefer "Rp" ones. For `months`,
 * "N tahun" states N×12. For `persons` and `count`, Indonesian "592,932" states 592932 (a
 * head-count has no decimals), never 592.932. Value 0 is also stated by "belum ada", "tidak
 * ada" or "nihil" ("none", "nil" in English): a mention with halfUnit 0.
 */
export function quoteStatesValue(
	quote: string,
	value: number,
	unit: string,
	language: Language = 'id',
): NumberMention | undefined {
	const r = READINGS[language];
	let best: { m: NumberMention; score: number } | undefined;
	for (const mention of findNumberMentions(quote, language)) {
		const f = fit(mention, unit, quote.slice(Math.max(0, mention.start - 16), mention.start), r);
		if (f && sameValue(f.m.value, value) && f.score > (best?.score ?? 0)) best = f;
	}
	if (best !== undefined || value !== 0) return best?.m;
	const zero = r.zero.exec(quote);
	if (zero === null) return undefined;
	const raw = zero[0];
	const base = { raw, start: zero.index, end: zero.index + raw.length, value: 0, halfUnit: 0 };
	return { ...base, currency: false, percent: false, scale: 1 };
}
