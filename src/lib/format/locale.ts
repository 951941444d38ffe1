/** The site's locales and the Intl locale each formats with. */
export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];
export const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();

/** A cache key for formatter options: their entries in order, cheaper than JSON.stringify. */
function optionsKey(options: Intl.NumberFormatOptions): string {
	let key = '';
	for (const name in options) key += `${name}=${String(options[name as keyof typeof options])};`;
	return key;
}

/** A memoised Intl.NumberFormat: formatters are costly to build and pages format thousands. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${optionsKey(options)}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
		cache.set(key, format);
	}
	return format;
}

/** At most this many results are remembered per formatter (then it starts afresh). */
const RESULTS_LIMIT = 50_000;

/**
 * `format.format`, remembering results: checks and messages print the same figures many times
 * (each in both locales), and a Map lookup costs a fraction of an Intl call. −0 is never
 * remembered, as a Map does not tell it from 0 but Intl prints it "-0".
 */
export function memoisedFormat(format: Intl.NumberFormat): (value: number) => string {
	const results = new Map<number, string>();
	return (value) => {
		let text = results.get(value);
		if (text === undefined) {
			text = format.format(value);
			if (Object.is(value, -0)) return text;
			if (results.size >= RESULTS_LIMIT) results.clear();
			results.set(value, text);
		}
		return text;
	};
}
