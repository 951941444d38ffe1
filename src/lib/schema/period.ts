/**
 * Periods as `figures.csv` writes them: `2025`, `2025-11`, `2024-11-13`, or an interval of
 * two of these separated by `/` (`2025-01-01/2025-10-31`).
 */

/** A parsed period with its first and last day (ISO dates), both inclusive. */
export interface Period {
	text: string;
	start: string;
	end: string;
	/** True when the period is a range (an interval or a whole year or month). */
	isRange: boolean;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Number of days in a month (1-based), Gregorian. */
function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses one point (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) into its first and last day. */
function parsePoint(text: string): { start: string; end: string; precision: number } | string {
	const match = POINT.exec(text);
	if (!match) return `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD`;
	const [, y, m, d] = match;
	const year = Number(y);
	if (year < 1900 || year > 2100) return `year ${y} is out of range (1900–2100)`;
	if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 1 };
	const month = Number(m);
	if (month < 1 || month > 12) return `month ${m} does not exist (01–12)`;
	const last = daysInMonth(year, month);
	if (d === undefined)
		return { start: `${y}-${m}-01`, end: `${y}-${m}-${pad(last)}`, precision: 2 };
	const day = Number(d);
	if (day < 1 || day > last) return `day ${d} does not exist in ${y}-${m} (01–${pad(last)})`;
	return { start: text, end: text, precision: 3 };
}

/**
 * Parses a period. Returns the period, or a message saying what is wrong and what is allowed.
 */
export function parsePeriod(text: string): Period | string {
	let parsed = memo.get(text);
	if (parsed === undefined) {
		parsed = parseUncached(text);
		if (memo.size < 100_000) memo.set(text, parsed);
	}
	return parsed;
}

// Data sets repeat a few hundred periods across many rows: parse each once.
const memo = new Map<string, Period | string>();

function parseUncached(text: string): Period | string {
	const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
	if (dmy) {
		const [, d, m, y] = dmy;
		return `"${text}" is written day/month/year — write ${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
	}
	const parts = text.split('/');
	if (parts.length > 2) return `"${text}" has more than one "/": an interval is START/END`;
	const [first, second] = parts;
	const a = parsePoint(first ?? '');
	if (typeof a === 'string') return a;
	if (second === undefined) return { text, start: a.start, end: a.end, isRange: a.precision < 3 };
	const b = parsePoint(second);
	if (typeof b === 'string') return b;
	if (b.end < a.start) return `interval "${text}" ends before it starts`;
	return { text, start: a.start, end: b.end, isRange: true };
}

/** The year a period ends in, used to place a figure on a timeline. */
export function periodYear(period: Period): number {
	return Number(period.end.slice(0, 4));
}
