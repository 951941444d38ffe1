/** A source's page: its metadata and every figure read from it. */
import type { Figure } from '../schema/figure.ts';
import type { Source } from '../schema/source.ts';
import { figureOrder } from './select.ts';
import { regionOrder, type SiteIndex } from './site-index.ts';
import { publicationYear } from './source-index.ts';

export interface SourcePage {
	source: Source;
	/** Figures read from the source, by region then reading order. */
	figures: Figure[];
	/** Codes of the regions the figures are about, in reading order. */
	regionCodes: string[];
	/** The year page that lists the source, when the sources index is split by year. */
	indexYear: string | null;
}

/** Builds the page of one source; `byYear` when the sources index is split by year. */
export function buildSourcePage(source: Source, index: SiteIndex, byYear = false): SourcePage {
	const order = figureOrder(index.indicatorRank);
	const regions = index.dataset.regions;
	const figures = [...(index.figuresBySource.get(source.id) ?? [])].sort((a, b) => {
		const ra = regions.get(a.region);
		const rb = regions.get(b.region);
		return (ra && rb ? regionOrder(ra, rb) : 0) || order(a, b);
	});
	return {
		source,
		figures,
		regionCodes: [...new Set(figures.map((f) => f.region))],
		indexYear: byYear ? publicationYear(source) : null,
	};
}
