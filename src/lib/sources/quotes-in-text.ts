/**
 * Provenance of quotes: every quote of a source must be a verbatim span of the page text the
 * maintainer read (test/extract-corpus/<source-id>.txt). Spacing and line breaks may differ
 * (a quote is one line in a CSV cell); every other character must match.
 */
import type { Figure } from '../schema/figure.ts';

/** Whitespace runs as one space, typographic quotes and dashes as plain ones. */
export function normaliseForQuote(text: string): string {
	return text
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201C\u201D]/g, '"')
		.replace(/\u00A0/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A figure whose quote is not in its page's text. */
export interface UnquotedFigure {
	figure: Figure;
	message: string;
}

/** The figures of one source whose quote the page text does not contain. */
export function quotesNotInText(text: string, figures: readonly Figure[]): UnquotedFigure[] {
	const page = normaliseForQuote(text);
	return figures
		.filter((f) => !page.includes(normaliseForQuote(f.quote)))
		.map((figure) => ({
			figure,
			message: `the quote ${JSON.stringify(figure.quote)} is not in the page text — copy it verbatim from the page`,
		}));
}
