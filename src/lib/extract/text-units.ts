/**
 * An article split into paragraphs (lines), sentences and clauses, every piece keeping its
 * offsets in the original text so quotes can be cut out of it exactly.
 */

/** A piece of the article: `text === article.slice(start, end)`. */
export interface Span {
	start: number;
	end: number;
	text: string;
}

/** A sentence with the paragraph (line) it belongs to. */
export interface Sentence extends Span {
	/** Index of its paragraph among the non-empty lines. */
	paragraph: number;
}

/** Words before a "." that do not end a sentence ("Rp. 1,2 Milyar", "Dr. M. Rafieq", "No. 4"). */
const ABBREVIATIONS = /(?:^|[\s(])(?:[Rr]p|[Dd]rs?|Ir|N[Oo]|Jl|Prof|St|Hj|Kec|Kab|Prov|[A-Z])$/;

function span(text: string, start: number, end: number): Span {
	let s = start;
	let e = end;
	while (s < e && /\s/.test(text.charAt(s))) s++;
	while (e > s && /\s/.test(text.charAt(e - 1))) e--;
	return { start: s, end: e, text: text.slice(s, e) };
}

/** Non-empty lines of the text: news texts put one paragraph on a line. */
export function paragraphs(text: string): Span[] {
	const out: Span[] = [];
	for (const m of text.matchAll(/[^\n]+/g)) {
		const p = span(text, m.index, m.index + m[0].length);
		if (p.text !== '') out.push(p);
	}
	return out;
}

/**
 * Sentences: a paragraph is cut after ".", "!", "?" (and closing quotes) followed by a space,
 * unless the word before the full stop is an abbreviation, and after ";".
 */
export function sentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	paragraphs(text).forEach((p, paragraph) => {
		let from = p.start;
		const boundary = /([.!?]["”’)]*)\s+|;\s*/g;
		boundary.lastIndex = 0;
		const body = p.text;
		for (const m of body.matchAll(boundary)) {
			const cut = p.start + m.index + (m[1]?.length ?? 1);
			if (
				m[1] !== undefined &&
				m[1].startsWith('.') &&
				ABBREVIATIONS.test(body.slice(0, m.index))
			) {
				continue;
			}
			const s = span(text, from, cut);
			if (s.text !== '') out.push({ ...s, paragraph });
			from = cut;
		}
		const last = span(text, from, p.end);
		if (last.text !== '') out.push({ ...last, paragraph });
	});
	return out;
}

/**
 * Clauses of a sentence: cut at ", " (not the decimal comma or ",-"), ";", ":" and a spaced
 * dash. Returned spans are offsets in the full text.
 */
export function clauses(text: string, sentence: Span): Span[] {
	const out: Span[] = [];
	let from = sentence.start;
	for (const m of sentence.text.matchAll(/,["”’]?(?=\s)|[;:](?=\s)|\s[-–—]\s|["“”]/g)) {
		const cut = sentence.start + m.index;
		const s = span(text, from, cut);
		if (s.text !== '') out.push(s);
		from = cut + m[0].length;
	}
	const last = span(text, from, sentence.end);
	if (last.text !== '') out.push(last);
	return out;
}

/** Page furniture that holds numbers but no figures: view counters, "5 hours ago 3", times. */
export function isPageChrome(line: string): boolean {
	const t = line.trim();
	if (/^[\W\d_]*$/u.test(t)) return true; // "52", "***"
	if (/\b(?:ago|yang lalu)\s*\d*$/i.test(t) && t.length < 40) return true;
	if (/\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b/.test(t) && t.length < 80) return true;
	if (/^(?:read|baca)\b/i.test(t) && t.length < 60) return true;
	if (/^\S*\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(t)) return true;
	if ((t.match(/\|/g) ?? []).length >= 2) return true; // "Saham | Regional | Otomotif |"
	return false;
}
