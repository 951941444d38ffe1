/** The site's locales and the Intl locale each formats with. */
export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];
export const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();

/** A memoised Intl.NumberFormat: formatters are costly to build and pages format thousands. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
		cache.set(key, format);
	}
	return format;
}
