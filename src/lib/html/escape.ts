/**
 * Escaping for HTML and SVG written as strings: every piece of data goes through one of
 * these, so a quote or title holding markup stays text.
 */

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

const SPECIAL = /[&<>"']/;

/** Text or an attribute value made inert: `& < > " '` become entities. */
export function escapeHtml(value: string | number): string {
	const text = String(value);
	// Most values hold none of the five: testing first avoids building a new string.
	return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text;
}

/** ` name="value"` for each defined attribute, in order; undefined ones are left out. */
export function attrs(list: Record<string, string | number | undefined>): string {
	let out = '';
	for (const [name, value] of Object.entries(list)) {
		if (value !== undefined) out += ` ${name}="${escapeHtml(value)}"`;
	}
	return out;
}
