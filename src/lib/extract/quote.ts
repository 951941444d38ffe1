/**
 * The quote proposed for a number: the words of its clause that state it, cut exactly out of
 * the article. A clause holding several figures is cut between them (a figure three or more
 * words away is left out; one closer stays, as in "Rp 519 juta untuk 335 anak SD"); a long
 * clause is cut to a few words either side of the number.
 */

interface Range {
	start: number;
	end: number;
}

/** Longest quote kept whole; longer ones are cut to {@link WORDS_BEFORE}/{@link WORDS_AFTER}. */
const MAX_WHOLE = 110;
const WORDS_BEFORE = 6;
const WORDS_AFTER = 5;
/** Words a quote should neither start nor end with. */
const LEADING = /^(?:dan|atau|serta|yang|sedangkan|namun|dimana|lalu)$/i;
const TRAILING =
	/^(?:dan|atau|serta|yang|dari|untuk|bagi|kepada|dengan|menjadi|di|pada|sebesar|sekitar|sebanyak|dalam|atas|terhadap|senilai|per|total|selama|hanya|\(|–|-)$/i;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The quote span for `number` inside `clause`, given the other figures of the text (`others`).
 * Always contains the whole number and never reaches outside the clause.
 */
export function quoteSpan(
	text: string,
	clause: Range,
	number: Range,
	others: readonly Range[],
): Range {
	let left = clause.start;
	let right = clause.end;
	for (const o of others) {
		if (o.end <= number.start && o.end > left && wordCount(text.slice(o.end, number.start)) >= 3) {
			left = o.end;
		}
		if (
			o.start >= number.end &&
			o.start < right &&
			wordCount(text.slice(number.end, o.start)) >= 3
		) {
			right = o.start;
		}
	}
	// "Rp 16.800 per bulan selama satu tahun": "per bulan" belongs to the figure before.
	if (left > clause.start) {
		const unit = /^[\s,-]*(?:per\s+\p{L}+\s*)+/u.exec(text.slice(left, number.start));
		if (unit) left += unit[0].length;
	}
	const words = [...text.slice(left, right).matchAll(/\S+/g)].map((m) => ({
		start: left + m.index,
		end: left + m.index + m[0].length,
		word: m[0],
	}));
	const first = words.findIndex((w) => w.end > number.start);
	const last = words.findLastIndex((w) => w.start < number.end);
	if (first < 0 || last < 0) return number;
	let a = 0;
	let b = words.length - 1;
	const whole = (words[b]?.end ?? right) - (words[a]?.start ?? left);
	if (whole > MAX_WHOLE) {
		a = Math.max(0, first - WORDS_BEFORE);
		b = Math.min(words.length - 1, last + WORDS_AFTER);
	}
	const clean = (w: string) => w.replace(/^[“"'(]+|[”"',;:)]+$/g, '');
	while (a < first && LEADING.test(clean(words[a]?.word ?? ''))) a++;
	while (b > last && TRAILING.test(clean(words[b]?.word ?? '') || (words[b]?.word ?? ''))) b--;
	let start = words[a]?.start ?? number.start;
	let end = words[b]?.end ?? number.end;
	// Drop quotation marks and clause punctuation at the edges, and unbalanced brackets.
	while (start < number.start && /[“"'‘\s]/.test(text.charAt(start))) start++;
	while (end > number.end && /[”"'’,;:.\s]/.test(text.charAt(end - 1))) end--;
	const quote = text.slice(start, end);
	if (end > number.end && quote.endsWith('(')) end--;
	const opens = (text.slice(start, end).match(/\(/g) ?? []).length;
	const closes = (text.slice(start, end).match(/\)/g) ?? []).length;
	if (closes > opens && text.charAt(end - 1) === ')' && end - 1 >= number.end) end--;
	if (opens > closes && text.charAt(start) === '(' && start < number.start) start++;
	return { start, end };
}
