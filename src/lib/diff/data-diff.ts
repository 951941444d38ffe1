/**
 * Everything a change to data/ does: figures and sources added, removed and changed, new and
 * resolved warnings, and the pages affected. Pure: takes two datasets and their analyses.
 */
import type { Analysis } from '../schema/analysis.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { Region } from '../schema/region.ts';
import { diffAnalysis, type AnalysisDiff } from './analysis.ts';
import { diffFigures, type FigureDiff } from './figures.ts';
import { affectedPages } from './pages.ts';
import { diffSources, type SourceDiff } from './sources.ts';

/** The comparison of two versions of the data. */
export interface DataDiff {
	figures: FigureDiff;
	sources: SourceDiff;
	analysis: AnalysisDiff;
	/** Affected page paths (Indonesian; each has an `/en/` twin). */
	pages: string[];
	/** Regions of both versions by code, for names in reports. */
	regions: ReadonlyMap<string, Region>;
}

/** One version of the data: the dataset and what was computed from it. */
export interface DataVersion {
	dataset: Dataset;
	analysis: Analysis;
}

/** True when nothing in the comparison changed. */
export function isEmptyDiff(d: DataDiff): boolean {
	const { figures: f, sources: s, analysis: a } = d;
	return (
		[f.added, f.removed, f.changed, s.added, s.removed, s.changed].every((l) => l.length === 0) &&
		[a.newMismatches, a.resolvedMismatches, a.newConflicts, a.resolvedConflicts].every(
			(l) => l.length === 0,
		)
	);
}

/** Compares the data before a change with the data after it. */
export function diffData(before: DataVersion, after: DataVersion): DataDiff {
	const figures = diffFigures(before.dataset.figures, after.dataset.figures);
	const sources = diffSources(before.dataset.sources, after.dataset.sources);
	const analysis = diffAnalysis(before.analysis, after.analysis);
	const regions = new Map([...before.dataset.regions, ...after.dataset.regions]);
	return {
		figures,
		sources,
		analysis,
		pages: affectedPages(figures, sources, analysis, regions),
		regions,
	};
}
