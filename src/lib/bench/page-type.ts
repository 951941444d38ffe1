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
