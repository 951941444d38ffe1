/** Which kind of page a built file is, for size statistics per page type. */

export const PAGE_TYPES = [
	'region',
	'region-figures',
	'source',
	'source-year',
	'indicator',
	'indicator-province',
	'compare',
	'embed',
	'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * The type of a built HTML file from its path below the output folder
 * (`/wilayah/kota-malang/index.html`, `/en/sumber/x/index.html`). Index pages of a section
 * (`/wilayah/`) count as other; the pages a large data set splits off have their own types
 * (`/sumber/tahun/2025/`, `/indikator/<id>/<province>/`).
 */
export function pageType(path: string): PageType {
	const parts = path.replace(/^\/+/, '').split('/');
	if (parts[0] === 'en') parts.shift();
	const [section, item, rest] = parts;
	if (section === 'embed') return 'embed';
	if (item === undefined || item === 'index.html') return 'other';
	if (section === 'wilayah') return rest === 'angka' ? 'region-figures' : 'region';
	if (section === 'sumber') return item === 'tahun' ? 'source-year' : 'source';
	if (section === 'indikator') return rest === 'index.html' ? 'indicator' : 'indicator-province';
	if (section === 'bandingkan') return 'compare';
	return 'other';
}

/** Every kind of file of the output, for the breakdown of where the bytes go. */
export const OUTPUT_KINDS = [
	...PAGE_TYPES.map((t) => `html:${t}` as const),
	'data:site-zip',
	'data:region-zip',
	'data:other',
	'embed:svg',
	'search-index',
	'other',
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/**
 * The kind of a file of the output from its path below the output folder: HTML by page type
 * (language twins together), the downloads by kind, the embeddable SVG files, Pagefind's index.
 */
export function outputKind(path: string): OutputKind {
	const clean = `/${path.replace(/^\/+/, '')}`;
	if (clean.startsWith('/pagefind/')) return 'search-index';
	if (clean.endsWith('.html')) return `html:${pageType(clean)}`;
	if (clean.startsWith('/data/')) {
		if (clean === '/data/pantau-jamsostek.zip') return 'data:site-zip';
		return /^\/data\/wilayah\/[^/]+\.zip$/.test(clean) ? 'data:region-zip' : 'data:other';
	}
	if (/^\/(en\/)?embed\/.*\.svg$/.test(clean)) return 'embed:svg';
	return 'other';
}
