/**
 * How to cite a page: plain text and BibTeX naming the page, the data version and the access
 * date. The access date is the data version, never the clock, so builds are reproducible.
 */
import type { Locale } from '../format/locale.ts';

export interface CitationInput {
	/** Title of the page, e.g. "Kota Malang". */
	title: string;
	/** Absolute URL of the page. */
	url: string;
	/** Data version, YYYY-MM-DD. */
	version: string;
	siteName: string;
	locale: Locale;
	/** A short key part for BibTeX, e.g. the region slug. */
	key: string;
}

const BIBTEX_SPECIAL = /[\\{}&%$#_~^]/g;

/** Escapes the characters BibTeX treats specially. */
export function bibtexEscape(text: string): string {
	return text.replace(BIBTEX_SPECIAL, (c) =>
		c === '\\' ? '\\textbackslash{}' : c === '~' || c === '^' ? `\\${c}{}` : `\\${c}`,
	);
}

/** The plain-text citation. */
export function citationText(c: CitationInput): string {
	const year = c.version.slice(0, 4);
	return c.locale === 'id'
		? `${c.siteName} (${year}). ${c.title}. Versi data ${c.version}. ${c.url} (diakses ${c.version}).`
		: `${c.siteName} (${year}). ${c.title}. Data version ${c.version}. ${c.url} (accessed ${c.version}).`;
}

/** The BibTeX entry (`@misc`). */
export function citationBibtex(c: CitationInput): string {
	const key = `pantaujamsostek-${c.key}-${c.version}`.replace(/[^A-Za-z0-9:_-]/g, '-');
	const note = c.locale === 'id' ? `Versi data ${c.version}` : `Data version ${c.version}`;
	return [
		`@misc{${key},`,
		`  author = {{${bibtexEscape(c.siteName)}}},`,
		`  title = {${bibtexEscape(c.title)}},`,
		`  year = {${c.version.slice(0, 4)}},`,
		`  url = {${c.url}},`,
		`  urldate = {${c.version}},`,
		`  version = {${c.version}},`,
		`  note = {${note}}`,
		'}',
	].join('\n');
}
