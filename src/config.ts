/**
 * Site configuration: where the site and its repository live. Plain TypeScript, read by
 * astro.config.mjs, pages and src/lib alike.
 */

/** The environment's value of a variable, or undefined when unset or empty. */
function env(name: string): string | undefined {
	const value = typeof process === 'undefined' ? undefined : process.env[name];
	return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Public origin of the site, without a trailing slash (canonical URLs, sitemap, feeds):
 * `PANTAU_SITE_URL` when set (the deploy workflow sets it to the GitHub Pages origin).
 */
export const SITE_URL = (env('PANTAU_SITE_URL') ?? 'https://pantau-jamsostek.github.io').replace(
	/\/+$/,
	'',
);

/**
 * The path the site is served under, with a leading and a trailing slash: `/` (the default),
 * or `/pantau-jamsostek/` for a GitHub Pages project site. From `PANTAU_BASE` (`pantau`,
 * `/pantau` and `/pantau/` all mean `/pantau/`). Read once here; astro.config.mjs gives it to
 * Astro as `base`, and src/lib/page-data/urls.ts (`withBase`) puts it in front of every URL
 * the site builds, so no other file adds it.
 */
export const BASE_PATH = ((trimmed) => (trimmed === '' ? '/' : `/${trimmed}/`))(
	(env('PANTAU_BASE') ?? '').replace(/^\/+|\/+$/g, ''),
);

/** The site's own address (JSON-LD `creator`): its origin, followed by its base path if any. */
export const SITE_HOME_URL = BASE_PATH === '/' ? SITE_URL : `${SITE_URL}${BASE_PATH}`;

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
