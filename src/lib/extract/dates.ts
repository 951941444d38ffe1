/**
 * Dates and periods in Indonesian news text, turned into the period grammar of figures.csv:
 * "31 Oktober 2025" → 2025-10-31, "1 Januari-31 Oktober 2025" → 2025-01-01/2025-10-31,
 * "Januari hingga Oktober 2025" → 2025-01/2025-10, "pada 2024" → 2024, "(31/10/2025)",
 * ISO timestamps, "hingga Maret 2025" (up to a month), "November ini" and "saat ini".
 */

/** Month names, old spellings included (Nopember, Pebruari). */
const MONTHS: Readonly<Record<string, number>> = {
	januari: 1,
	februari: 2,
	pebruari: 2,
	maret: 3,
	april: 4,
	mei: 5,
	juni: 6,
	juli: 7,
	agustus: 8,
	september: 9,
	oktober: 10,
	november: 11,
	nopember: 11,
	desember: 12,
};

/** How a date in the text relates to the figures near it. */
export type DateKind =
	/** A day, month, year or interval stated outright. */
	| 'stated'
	/** "hingga Maret 2025": up to the end of that month, start not stated. */
	| 'until'
	/** "saat ini", "November ini": relative to the article's own date. */
	| 'relative'
	/** "RPJPD 2025-2045": the span of a plan, not the period of a figure. */
	| 'plan';

/** A date found in the text. */
export interface DateMention {
	start: number;
	end: number;
	raw: string;
	kind: DateKind;
	/** Period text (`2025`, `2025-10`, `2025-10-31`, `2025-01-01/2025-10-31`); for `relative`, a month (`11`) or ``. */
	period: string;
	/** Finest unit stated: 3 day, 2 month, 1 year. */
	precision: 1 | 2 | 3;
}

const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY = String.raw`(\d{1,2})`;
const TO = String.raw`\s*(?:-|–|—|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*`;
const pad = (n: number | string) => String(n).padStart(2, '0');
const month = (name: string | undefined) => MONTHS[(name ?? '').toLowerCase()] ?? 0;

/** A day that exists, as YYYY-MM-DD, or undefined. */
function isoDay(y: number | string, m: number, d: number | string): string | undefined {
	const iso = `${y}-${pad(m)}-${pad(d)}`;
	const t = Date.parse(`${iso}T00:00:00Z`);
	return Number.isNaN(t) || !new Date(t).toISOString().startsWith(iso) ? undefined : iso;
}

type Reader = (
	m: RegExpMatchArray & { index: number },
	text: string,
) => Omit<DateMention, 'start' | 'end' | 'raw'> | undefined;

/** A year inside a legal citation ("Nomor 37 Tahun 2022") is not a date of any figure. */
const CITATION_BEFORE = /(?:nomor|no\.?)\s*[\d.]+\s*tahun\s*$/i;
/** Words before a span of years that make it a plan's span. */
const PLAN_BEFORE = /\b(?:RPJ[PM][ND]|Renstra|RKPD?|rencana)\b[^.;]{0,60}$/i;

/** Patterns from the most to the least specific; earlier matches claim their characters. */
const PATTERNS: [RegExp, Reader][] = [
	[
		/\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?/g,
		(m) => {
			const day = isoDay(m[1] ?? '', Number(m[2]), m[3] ?? '');
			return day === undefined ? undefined : { kind: 'stated', period: day, precision: 3 };
		},
	],
	[
		/\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g,
		(m) => {
			const day = isoDay(m[3] ?? '', Number(m[2]), m[1] ?? '');
			return day === undefined ? undefined : { kind: 'stated', period: day, precision: 3 };
		},
	],
	[
		new RegExp(
			String.raw`\b${DAY}(?:\s+${MONTH})?(?:\s+${YEAR})?${TO}${DAY}\s+${MONTH}\s+${YEAR}\b`,
			'gi',
		),
		(m) => {
			const endYear = m[6] ?? '';
			const a = isoDay(m[3] ?? endYear, month(m[2] ?? m[5]), m[1] ?? '');
			const b = isoDay(endYear, month(m[5]), m[4] ?? '');
			return a && b && a <= b ? { kind: 'stated', period: `${a}/${b}`, precision: 3 } : undefined;
		},
	],
	[
		new RegExp(String.raw`\b${MONTH}(?:\s+${YEAR})?${TO}${MONTH}\s+${YEAR}\b`, 'gi'),
		(m) => {
			const endYear = m[4] ?? '';
			const a = `${m[2] ?? endYear}-${pad(month(m[1]))}`;
			const b = `${endYear}-${pad(month(m[3]))}`;
			return a <= b ? { kind: 'stated', period: `${a}/${b}`, precision: 2 } : undefined;
		},
	],
	[
		new RegExp(String.raw`\b${DAY}\s+${MONTH}\s+${YEAR}\b`, 'gi'),
		(m) => {
			const day = isoDay(m[3] ?? '', month(m[2]), m[1] ?? '');
			return day === undefined ? undefined : { kind: 'stated', period: day, precision: 3 };
		},
	],
	[
		new RegExp(
			String.raw`\b(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|per)\s+(?:akhir\s+)?${MONTH}\s+${YEAR}\b`,
			'gi',
		),
		(m) => ({ kind: 'until', period: `${m[2]}-${pad(month(m[1]))}`, precision: 2 }),
	],
	[
		new RegExp(String.raw`\b${MONTH}\s+${YEAR}\b`, 'gi'),
		(m) => ({ kind: 'stated', period: `${m[2]}-${pad(month(m[1]))}`, precision: 2 }),
	],
	[
		new RegExp(String.raw`\b${MONTH}\s+ini\b`, 'gi'),
		(m) => ({ kind: 'relative', period: pad(month(m[1])), precision: 2 }),
	],
	[
		/\b(?:hingga\s+|sampai\s+)?(?:saat|hari)\s+ini\b/gi,
		() => ({ kind: 'relative', period: '', precision: 2 }),
	],
	[
		/\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/g,
		(m, text) => {
			const [a, b] = [m[1] ?? '', m[2] ?? ''];
			if (b < a) return undefined;
			// A span after a plan's name ("RPJPD Kota Malang 2025-2045") is the plan's, not a figure's.
			const before = text.slice(Math.max(0, m.index - 80), m.index);
			const plan = PLAN_BEFORE.test(before) || Number(b) - Number(a) >= 5;
			return { kind: plan ? 'plan' : 'stated', period: `${a}/${b}`, precision: 1 };
		},
	],
	[
		new RegExp(String.raw`(?<![\p{L}\d.,/-])${YEAR}(?![\d.,]?\d|\s*(?:persen|%))`, 'gu'),
		(m, text) =>
			CITATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
				? undefined
				: { kind: 'stated', period: m[1] ?? '', precision: 1 },
	],
];

/** Every date in the text, in text order, each character claimed by one date at most. */
export function findDates(text: string): DateMention[] {
	const found: DateMention[] = [];
	for (const [re, read] of PATTERNS) {
		for (const m of text.matchAll(re)) {
			const start = m.index;
			const end = start + m[0].length;
			if (found.some((d) => start < d.end && d.start < end)) continue;
			const date = read(m, text);
			if (date) found.push({ start, end, raw: m[0], ...date });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * The article's own date: a day-precise date in its first five lines (the dateline or a page
 * timestamp). Undefined when there is none: a later date in the body is the date of an event,
 * and a weekday alone ("Jumat") is no date, so the maintainer must give it (--date).
 */
export function articleDate(
	text: string,
	dates: readonly DateMention[] = findDates(text),
): { date: string; how: string } | undefined {
	const headerEnd = [...text.matchAll(/[^\n]*\S[^\n]*(\n|$)/g)].slice(0, 5).at(-1);
	const limit = headerEnd === undefined ? 0 : headerEnd.index + headerEnd[0].length;
	const header = dates.find(
		(d) => d.kind === 'stated' && !d.period.includes('/') && d.end <= limit && d.precision === 3,
	);
	return header ? { date: header.period, how: `dateline "${header.raw}"` } : undefined;
}

/**
 * The period a date stands for, given the article's date and whether the figure is a flow:
 * "until" dates become `YYYY-01/YYYY-MM` for flows (year to date) and `YYYY-MM` for stocks;
 * relative ones take the article's month or year. Undefined when it cannot be resolved.
 */
export function resolvePeriod(
	date: DateMention,
	article: string | undefined,
	flow: boolean,
): string | undefined {
	if (date.kind === 'plan') return undefined;
	if (date.kind === 'until') {
		const [y, m] = date.period.split('-');
		return flow && m !== '01' ? `${y}-01/${date.period}` : date.period;
	}
	if (date.kind === 'relative') {
		if (article === undefined) return undefined;
		const year = article.slice(0, 4);
		if (date.period !== '') return `${year}-${date.period}`;
		return article.length >= 7 ? article.slice(0, 7) : year;
	}
	return date.period;
}
