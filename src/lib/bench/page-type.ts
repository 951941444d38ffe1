/** Which kind of page a built file is, for size statistics per page type. */

export const PAGE_TYPES = [
	'region',
	'region-figures',
	'source',
	'indicator',
	'compare',
	'embed',
	'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * The type of a built HTML file from its path below the output folder
 * (`/wilayah/kota-malang/index.html`, `/en/sumber/x/index.html`). Index pages of a section
 * (`/wilayah/`) count as other.
 */
export function pageType(path: string): PageType {
	const parts = path.replace(/^\/+/, '').split('/');
	if (parts[0] === 'en') parts.shift();
	const [section, item, rest] = parts;
	if (section === 'embed') return 'embed';
	if (item === undefined || item === 'index.html') return 'other';
	if (section === 'wilayah') return rest === 'angka' ? 'region-figures' : 'region';
	if (section === 'sumber') return 'source';
	if (section === 'indikator') return 'indicator';
	if (section === 'bandingkan') return 'compare';
	return 'other';
}
