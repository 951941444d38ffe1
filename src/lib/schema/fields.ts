/**
 * Reusable zod field schemas for CSV cells and JSON values. Every schema here carries a
 * message that says what is wrong and what is allowed, so errors need no translation later.
 */
import { z } from 'zod';
import { withFastCheck } from './fast-check.ts';

/**
 * Bidirectional control characters (U+202A–U+202E, U+2066–U+2069) can make a quote or title
 * display differently from what it says, so no text field may contain them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Text rules shared by every text field: no bidi controls, and a length a page can show. */
function checkedText(what: string, max: number) {
	return z
		.string()
		.refine((v) => !BIDI_CONTROLS.test(v), {
			error: `${what} contains an invisible text-direction control character (U+202A–U+202E or U+2066–U+2069) — remove it; it can make text display differently from what it says`,
		})
		.refine((v) => v.length <= max, {
			error: (i) =>
				`${what} is ${String(i.input).length} characters long — at most ${max} are allowed (quote only the words that state the value)`,
		});
}

/** A required, non-blank text cell of at most `max` characters. */
export const requiredText = (what: string, max = 300) =>
	withFastCheck(
		z
			.string({ error: `${what} is missing — write the text` })
			.trim()
			.min(1, { error: `${what} is empty — it is required` })
			.pipe(checkedText(what, max)),
		(text) => {
			const value = text.trim();
			const fine = value.length >= 1 && value.length <= max && !BIDI_CONTROLS.test(value);
			return fine ? { success: true, data: value } : undefined;
		},
	);

/** An optional text cell of at most `max` characters: blank becomes null. */
export const optionalText = (what: string, max = 2000) =>
	withFastCheck(
		checkedText(what, max).transform((v) => (v.trim() === '' ? null : v)),
		(text) =>
			text.length <= max && !BIDI_CONTROLS.test(text)
				? { success: true, data: text.trim() === '' ? null : text }
				: undefined,
	);

/** A required code from a closed vocabulary. */
export function codeOf<const C extends string>(what: string, codes: readonly [C, ...C[]]) {
	return z.enum(codes, {
		error: (issue) =>
			issue.input === '' || issue.input === undefined
				? `${what} is empty — allowed: ${codes.join(', ')}`
				: `${JSON.stringify(issue.input)} is not a known ${what} — allowed: ${codes.join(', ')}`,
	});
}

/** An optional code: blank becomes null. */
export function optionalCodeOf<const C extends string>(what: string, codes: readonly [C, ...C[]]) {
	return z.string().transform((raw, ctx): C | null => {
		const value = raw.trim();
		if (value === '') return null;
		if ((codes as readonly string[]).includes(value)) return value as C;
		ctx.issues.push({
			code: 'custom',
			input: raw,
			message: `${JSON.stringify(raw)} is not a known ${what} — allowed: ${codes.join(', ')}, or empty`,
		});
		return z.NEVER;
	});
}

/** Whether `v` is an ISO calendar date, `YYYY-MM-DD`, that exists. */
export function isIsoDate(v: string): boolean {
	return (
		/^\d{4}-\d{2}-\d{2}$/.test(v) &&
		!Number.isNaN(Date.parse(v)) &&
		new Date(v).toISOString().startsWith(v)
	);
}

/** An ISO calendar date, `YYYY-MM-DD`, that exists. */
export const isoDate = (what: string) =>
	z.string().refine(isIsoDate, {
		error: (issue) => `${what} ${JSON.stringify(issue.input)} is not a date — write YYYY-MM-DD`,
	});

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date at year, month or day precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDate = (what: string) =>
	z.string().regex(PARTIAL_DATE, {
		error: (issue) =>
			`${what} ${JSON.stringify(issue.input)} is not a date — write YYYY-MM-DD (or YYYY-MM, YYYY when the day is unknown)`,
	});

/**
 * A link a reader may follow. Only `https:` is accepted: `javascript:`, `data:` and plain
 * `http:` links are refused, since Astro writes an href value as given.
 */
export const httpsUrl = (what: string) =>
	z.string().refine(isHttpsUrl, {
		error: (issue) =>
			`${what} ${JSON.stringify(issue.input)} is not an https: URL — only https:// links are allowed`,
	});

/** Whether `v` parses as a URL with the `https:` protocol. */
export function isHttpsUrl(v: string): boolean {
	try {
		return new URL(v).protocol === 'https:';
	} catch {
		return false;
	}
}
