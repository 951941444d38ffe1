/** Dates and periods for readers, per locale: "31 Oktober 2025", "November 2025", "2025". */
import { parsePeriod, type Period } from '../schema/period.ts';
import { INTL_LOCALE, type Locale } from './locale.ts';

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone: 'UTC' });
		cache.set(key, format);
	}
	return format;
}

const formatted: Record<Locale, Map<string, string>> = { id: new Map(), en: new Map() };

/** A date at the precision it is written: `2025` → "2025", `2025-11` → "November 2025". */
export function formatDate(date: string, locale: Locale): string {
	// A national build formats the same few hundred dates hundreds of thousands of times.
	let text = formatted[locale].get(date);
	if (text === undefined) {
		text = formatDateOnce(date, locale);
		formatted[locale].set(date, text);
	}
	return text;
}

function formatDateOnce(date: string, locale: Locale): string {
	const [y, m, d] = date.split('-');
	if (m === undefined) return y ?? date;
	const at = new Date(`${y}-${m}-${d ?? '01'}T00:00:00Z`);
	if (d === undefined) return dateFormat(locale, { month: 'long', year: 'numeric' }).format(at);
	return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

/** A period: a point as {@link formatDate}, an interval as "1 Januari – 31 Oktober 2025". */
export function formatPeriod(period: Period, locale: Locale): string {
	const [from, to] = period.text.split('/');
	if (to === undefined) return formatDate(from ?? period.text, locale);
	return `${formatDate(from ?? '', locale)} – ${formatDate(to, locale)}`;
}

/** A period given as its text (`2025-08`, `2025-01/2025-10`) in words; the text itself if unparsable. */
export function periodText(text: string, locale: Locale): string {
	const period = parsePeriod(text);
	return typeof period === 'string' ? text : formatPeriod(period, locale);
}
