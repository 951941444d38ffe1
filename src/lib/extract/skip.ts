/**
 * Numbers of an article that are not figures by their form alone: parts of citations, times
 * and ordinals ("Pasal 3", "pukul 10", "ke-2"), the "1.000" of "per 1.000", digits inside a
 * link or a byline code ("…/berita/2025/10/31/1234", "(DS/02)") and list markers ("1)").
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

/** True when the number at `m` is not a figure, whatever its words say. */
export function isNotAFigure(text: string, m: Span): boolean {
	const before = text.slice(Math.max(0, m.start - 12), m.start);
	if (NOT_A_FIGURE_BEFORE.test(before)) return true;
	if (/\bper\s+$/i.test(before)) return true;
	const t = token(text, m);
	if (IN_LINK.test(t)) return true;
	// "(DS/02)", "12/2025" left over from a date or a byline code; "1.000/bulan" is fine.
	if (text[m.start - 1] === '/' && /^\(?[\p{Lu}\d]+\/\d+\)?[.,;]?$/u.test(t)) return true;
	// "1) Pembayaran premi": a list marker opening a line.
	if (/^\)/.test(text.slice(m.end)) && /(?:^|\n)\s*$/.test(text.slice(0, m.start))) return true;
	return false;
}
