/**
 * Numbers of an article that are not figures by their form alone: parts of citations, times
 * and ordinals ("Pasal 3", "pukul 10", "ke-2"), the "1.000" of "per 1.000", digits inside a
 * link or a byline code ("…/berita/2025/10/31/1234", "(DS/02)"), list markers ("1)") and the
 * day of a date without a year ("Rabu 04 September lalu", "sd 31 des tahun 2025"); the ends of a
 * range ("500 ribu hingga 600 ribu pekerja", "23–24 persen", "desil 1-4"), which states no one
 * value; and the round 10 or 100 of a proportion ("6 dari 10 pekerja", "Dari 100 orang
 * angkatan kerja").
 */

interface Span {
	start: number;
	end: number;
}

/** Words right before a number that make it a citation, time or ordinal, not a figure. */
const NOT_A_FIGURE_BEFORE = /(?:\b(?:pasal|ayat|huruf|nomor|no\.?|pukul|jam|ke-?)\s*\(?|\p{L}-)$/iu;

/** The run of non-space characters around `[start, end)`. */
function token(text: string, m: Span): string {
	let a = m.start;
	let b = m.end;
	while (a > 0 && !/\s/.test(text[a - 1] ?? ' ')) a--;
	while (b < text.length && !/\s/.test(text[b] ?? ' ')) b++;
	return text.slice(a, b);
}

/** A link or a slug ("4900_pekerja_rentan_di_asahan"). */
const IN_LINK = /:\/\/|www\.|\.(?:com|co\.id|id|net|org)\/|_/i;

/**
 * A month name or its common abbreviation right after a number makes the number a day: dates
 * without a year are not read as dates (dates.ts), so their day must not become a figure.
 */
const MONTH_AFTER =
	/^\s*(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|jan|feb|peb|mar|apr|jun|jul|agu|agt|agust?|sept?|okt|nov|nop|des)\b\.?/i;

/** A number, its scale or percent word, then "hingga"/"sampai"/a dash: the first end of a range. */
const RANGE_AFTER =
	/^\s*(?:ribu|juta|mil[iy]ar|tril[iy]un|persen|%)?\s*(?:hingga|sampai|[-–—])\s*(?:Rp\.?\s*)?\d/i;
/** The second end of a range. */
const RANGE_BEFORE =
	/\d\s*(?:ribu|juta|mil[iy]ar|tril[iy]un|persen|%)?\s*(?:hingga|sampai|[-–—])\s*(?:Rp\.?\s*)?$/i;
/** "6 dari 10", "Dari 100 orang": a proportion's round denominator. */
const PROPORTION_BEFORE = /(?:\d\s+dari|(?:^|[.!?\n"“]\s*)dari|\bsetiap)\s+$/i;

/** True when the number at `m` is not a figure, whatever its words say. */
export function isNotAFigure(text: string, m: Span): boolean {
	const before = text.slice(Math.max(0, m.start - 12), m.start);
	if (NOT_A_FIGURE_BEFORE.test(before)) return true;
	const raw = text.slice(m.start, m.end);
	const after = text.slice(m.end, m.end + 40);
	const wider = text.slice(Math.max(0, m.start - 40), m.start);
	// Not a date's dash ("Selasa 30/09/2025 - 263.903 pekerja").
	const afterDate = /\d\/\d{2,4}\s*[-–—]\s*$/.test(wider);
	if (RANGE_AFTER.test(after) || (RANGE_BEFORE.test(wider) && !afterDate)) return true;
	if (/^(?:10|100)$/.test(raw) && PROPORTION_BEFORE.test(wider)) return true;
	if (
		/^\d{1,2}$/.test(text.slice(m.start, m.end)) &&
		MONTH_AFTER.test(text.slice(m.end, m.end + 14))
	) {
		return true;
	}
	if (/\bper\s+$/i.test(before)) return true;
	const t = token(text, m);
	if (IN_LINK.test(t)) return true;
	// "(DS/02)", "12/2025" left over from a date or a byline code; "1.000/bulan" is fine.
	if (text[m.start - 1] === '/' && /^\(?[\p{Lu}\d]+\/\d+\)?[.,;]?$/u.test(t)) return true;
	// "1) Pembayaran premi": a list marker opening a line.
	if (/^\)/.test(text.slice(m.end)) && /(?:^|\n)\s*$/.test(text.slice(0, m.start))) return true;
	return false;
}
