/**
 * Dates and periods in Indonesian news text, turned into the period grammar of figures.csv:
 * "31 Oktober 2025" → 2025-10-31, "1 Januari-31 Oktober 2025" → 2025-01-01/2025-10-31,
 * "Januari hingga Oktober 2025" → 2025-01/2025-10, "pada 2024" → 2024, "(31/10/2025)",
 * ISO timestamps, "hingga Maret 2025" (up to a month), "hingga 10 Maret 2025" (up to a day),
 * "sejak Maret 2022" (from a month on), "kuartal I-2025", "Desember tahun 2023", "November ini",
 * "saat ini", and years relative to the article ("tahun ini", "tahun depan", "tahun lalu").
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
	/** "hingga Maret 2025", "hingga 10 Maret 2025": up to that month or day, start not stated. */
	| 'until'
	/** "sejak Maret 2022": from that month or year up to the article's date. */
	| 'since'
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
	/**
	 * A year named as the base of a comparison ("naik 26,2 persen dari tahun sebelumnya",
	 * "dibandingkan 2021"): the period of the number right after it at most, never of others.
	 */
	comparison?: boolean;
	/** For `relative` years ("tahun ini" 0, "tahun depan" 1, "tahun lalu" −1): years from the article's. */
	yearOffset?: number;
}

const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY = String.raw`(\d{1,2})`;
const TO = String.raw`\s*(?:-|–|—|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*`;
/** "Desember tahun 2023": a month may name its year with "tahun". */
const MONTH_YEAR = String.raw`${MONTH}\s+(?:tahun\s+)?${YEAR}`;
/** Words that open an "until" date: "hingga", "sampai (dengan)", "s.d.", "hingga per", "hingga akhir". */
const UNTIL = String.raw`(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?)(?:\s+per)?(?:\s+(?:akhir|tanggal))?`;
const ROMAN: Readonly<Record<string, number>> = {
	i: 1,
	ii: 2,
	iii: 3,
	iv: 4,
	'1': 1,
	'2': 2,
	'3': 3,
	'4': 4,
};
const RELATIVE_YEAR: Readonly<Record<string, number>> = {
	ini: 0,
	depan: 1,
	lalu: -1,
	kemarin: -1,
	lampau: -1,
};
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
/** Words before a year that make it the base of a comparison ("naik 17 persen dari 2021"). */
const COMPARISON_BEFORE =
	/\b(?:dibanding(?:kan)?|ketimbang|daripada|dari)\s+(?:dengan\s+)?(?:periode\s+yang\s+sama\s+)?(?:tahun\s+)?$/i;
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
		new RegExp(String.raw`\b${MONTH}(?:\s+${YEAR})?${TO}${MONTH_YEAR}\b`, 'gi'),
		(m) => {
			const endYear = m[4] ?? '';
			const a = `${m[2] ?? endYear}-${pad(month(m[1]))}`;
			const b = `${endYear}-${pad(month(m[3]))}`;
			return a <= b ? { kind: 'stated', period: `${a}/${b}`, precision: 2 } : undefined;
		},
	],
	[
		// "hingga per 10 Maret 2025": a flow runs from 1 January to that day.
		new RegExp(String.raw`\b${UNTIL}\s+${DAY}\s+${MONTH_YEAR}\b`, 'gi'),
		(m) => {
			const day = isoDay(m[3] ?? '', month(m[2]), m[1] ?? '');
			return day === undefined ? undefined : { kind: 'until', period: day, precision: 3 };
		},
	],
	[
		new RegExp(String.raw`\b${DAY}\s+${MONTH_YEAR}\b`, 'gi'),
		(m) => {
			const day = isoDay(m[3] ?? '', month(m[2]), m[1] ?? '');
			return day === undefined ? undefined : { kind: 'stated', period: day, precision: 3 };
		},
	],
	[
		new RegExp(String.raw`\b(?:${UNTIL}|per(?:\s+akhir)?)\s+(?:bulan\s+)?${MONTH_YEAR}\b`, 'gi'),
		(m) => ({ kind: 'until', period: `${m[2]}-${pad(month(m[1]))}`, precision: 2 }),
	],
	[
		// "sejak Juni 2025", "sejak dimulai pada Maret 2022".
		new RegExp(String.raw`\bsejak\s+(?:\p{L}+\s+){0,2}?(?:bulan\s+)?${MONTH_YEAR}\b`, 'giu'),
		(m) => ({ kind: 'since', period: `${m[2]}-${pad(month(m[1]))}`, precision: 2 }),
	],
	[
		new RegExp(String.raw`\bsejak\s+(?:tahun\s+)?${YEAR}\b`, 'gi'),
		(m) => ({ kind: 'since', period: m[1] ?? '', precision: 1 }),
	],
	[
		// "hingga akhir kuartal I-2025", "triwulan II 2025", "semester I tahun 2025": a quarter or
		// half; with "hingga"/"akhir" it is read up to its last month.
		new RegExp(
			String.raw`\b(?:((?:${UNTIL}|akhir)\s+(?:akhir\s+)?))?(kuartal|triwulan|semester)\s*(IV|I{1,3}|[1-4])\s*[-/]?\s*(?:tahun\s+)?${YEAR}\b`,
			'gi',
		),
		(m) => {
			const n = ROMAN[(m[3] ?? '').toLowerCase()] ?? 0;
			const span = /semester/i.test(m[2] ?? '') ? 6 : 3;
			const last = n * span;
			if (n === 0 || last > 12) return undefined;
			const y = m[4] ?? '';
			return m[1] === undefined
				? { kind: 'stated', period: `${y}-${pad(last - span + 1)}/${y}-${pad(last)}`, precision: 2 }
				: { kind: 'until', period: `${y}-${pad(last)}`, precision: 2 };
		},
	],
	[
		new RegExp(String.raw`\b${MONTH_YEAR}\b`, 'gi'),
		(m) => ({ kind: 'stated', period: `${m[2]}-${pad(month(m[1]))}`, precision: 2 }),
	],
	[
		new RegExp(String.raw`\b${MONTH}\s+ini\b`, 'gi'),
		(m) => ({ kind: 'relative', period: pad(month(m[1])), precision: 2 }),
	],
	[
		// "tahun ini", "tahun depan", "tahun lalu": years counted from the article's.
		/\btahun\s+(ini|depan|lalu|kemarin|lampau)\b/gi,
		(m) => ({
			kind: 'relative',
			period: '',
			precision: 1,
			yearOffset: RELATIVE_YEAR[(m[1] ?? '').toLowerCase()] ?? 0,
		}),
	],
	[
		// "dibanding tahun sebelumnya": the year before the last year named, else before the article's.
		/\btahun\s+sebelumnya\b/gi,
		(m, text) => {
			const named = [
				...text.slice(Math.max(0, m.index - 300), m.index).matchAll(/\b((?:19|20)\d{2})\b/g),
			].at(-1);
			return named?.[1] === undefined
				? { kind: 'relative', period: '', precision: 1, yearOffset: -1 }
				: { kind: 'stated', period: String(Number(named[1]) - 1), precision: 1 };
		},
	],
	[
		/\b(?:hingga\s+|sampai\s+)?(?:saat|hari)\s+ini\b/gi,
		() => ({ kind: 'relative', period: '', precision: 2 }),
	],
	[
		// "2023-2024", "terhitung 2023 sampai 2025".
		/\b((?:19|20)\d{2})\s*(?:[-–]|\s(?:sampai(?:\s+dengan)?|hingga|s\.?\s?d\.?)\s)\s*((?:19|20)\d{2})\b/g,
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
			if (!date) continue;
			const comparison =
				date.precision === 1 && COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 50), start));
			found.push({ start, end, raw: m[0], ...date, ...(comparison ? { comparison } : {}) });
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
 * "until" dates become `YYYY-01/YYYY-MM` (or `YYYY-01-01/YYYY-MM-DD`) for flows (year to date)
 * and the month or day for stocks; "since" dates run to the article's month for flows and give
 * the article's month for stocks; relative ones take the article's month or year. Undefined when it cannot be resolved.
 */
export function resolvePeriod(
	date: DateMention,
	article: string | undefined,
	flow: boolean,
): string | undefined {
	if (date.kind === 'plan') return undefined;
	if (date.kind === 'until') {
		const [y, m, d] = date.period.split('-');
		if (!flow) return date.period;
		if (d !== undefined)
			return date.period === `${y}-01-01` ? date.period : `${y}-01-01/${date.period}`;
		return m !== '01' ? `${y}-01/${date.period}` : date.period;
	}
	if (date.kind === 'since') {
		// Counted from the start to the article's date: a cumulative flow, or today's stock.
		if (article === undefined) return flow ? undefined : date.period;
		const now = article.slice(0, date.period.length);
		if (!flow) return article.slice(0, 7);
		if (now.length < date.period.length) return undefined;
		return now > date.period ? `${date.period}/${now}` : date.period;
	}
	if (date.kind === 'relative') {
		if (article === undefined) return undefined;
		const year = article.slice(0, 4);
		if (date.yearOffset !== undefined) return String(Number(year) + date.yearOffset);
		if (date.period !== '') return `${year}-${date.period}`;
		return article.length >= 7 ? article.slice(0, 7) : year;
	}
	return date.period;
}
