/**
 * Site configuration: where the site and its repository live. Plain TypeScript, read by
 * astro.config.mjs, pages and src/lib alike.
 */

/** Public origin of the site, without a trailing slash (canonical URLs, sitemap, feeds). */
export const SITE_URL = 'https://pantau-jamsostek.github.io';

/** The repository: "report a problem" links open issues here. */
export const REPO_URL = 'https://github.com/pantau-jamsostek/pantau-jamsostek';

/** Name of the site, in both languages. */
export const SITE_NAME = 'Pantau Jamsostek';

/** Where the official list of provinces and regencies comes from (ODbL). */
export const IDN_AREA_DATA_URL = 'https://github.com/fityannugroho/idn-area-data';

/** Licence texts linked from the footer and the data page. */
export const LICENSE_URLS = {
	data: 'https://creativecommons.org/licenses/by/4.0/',
	code: 'https://opensource.org/license/mit',
	odbl: 'https://opendatacommons.org/licenses/odbl/1-0/',
} as const;

/**
 * Content Security Policy of every page, besides script-src and style-src (Astro adds those
 * with the hashes of each page's inline code; embed pages add their own). Same-origin only.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;
