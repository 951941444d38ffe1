/**
 * The pages a change to the data touches (Indonesian paths; each has its `/en/` twin): the
 * region, source and indicator pages of every figure added, removed or changed, its
 * comparison page when it is a plain actual figure (the only kind a comparison shows), the
 * page of every source changed, the pages of registry rows changed, and the data-quality page
 * when warnings change.
 */
import { isPlainActual } from '../page-data/select.ts';
import { compareUrl, indicatorUrl, regionUrl, sourceUrl } from '../page-data/urls.ts';
import type { Figure } from '../schema/figure.ts';
import type { Region } from '../schema/region.ts';
import type { AnalysisDiff } from './analysis.ts';
import type { FigureDiff } from './figures.ts';
import type { SourceDiff } from './sources.ts';

/** Order of page kinds in the list. */
const KINDS = ['/wilayah/', '/sumber/', '/indikator/', '/bandingkan/', '/kualitas-data/'];

/** Every affected page path, grouped by kind and sorted within each. */
export function affectedPages(
	figures: FigureDiff,
	sources: SourceDiff,
	analysis: AnalysisDiff,
	regions: ReadonlyMap<string, Pick<Region, 'slug'>>,
	registry: { indicators: readonly string[]; regions: readonly string[] } = {
		indicators: [],
		regions: [],
	},
): string[] {
	const pages = new Set<string>();
	const region = (code: string) => {
		const r = regions.get(code);
		if (r) pages.add(regionUrl(r, 'id'));
	};
	const figure = (f: Figure) => {
		region(f.region);
		pages.add(sourceUrl(f.sourceId, 'id'));
		pages.add(indicatorUrl(f.indicator, 'id'));
		// The comparison shows plain actual figures only (no breakdown, basis actual).
		if (isPlainActual(f)) pages.add(compareUrl(f.indicator, 'id'));
	};
	figures.added.forEach(figure);
	figures.removed.forEach(figure);
	for (const c of figures.changed) {
		figure(c.before);
		figure(c.after);
	}
	for (const s of [...sources.added, ...sources.removed, ...sources.changed.map((c) => c.after)]) {
		pages.add(sourceUrl(s.id, 'id'));
	}
	for (const id of registry.indicators) pages.add(indicatorUrl(id, 'id'));
	registry.regions.forEach(region);
	const warnings = [
		...analysis.newMismatches,
		...analysis.resolvedMismatches.map((r) => r.before),
		...analysis.newConflicts,
		...analysis.resolvedConflicts,
	];
	for (const w of warnings) region(w.region);
	if (warnings.length > 0) pages.add('/kualitas-data/');
	const kind = (p: string) => KINDS.findIndex((k) => p.startsWith(k));
	return [...pages].sort((a, b) => kind(a) - kind(b) || (a < b ? -1 : a > b ? 1 : 0));
}
