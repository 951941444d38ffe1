/**
 * Everything a change to data/ does: indicators and areas, figures and sources added, removed
 * and changed, new and resolved warnings, and the pages affected. Pure: takes two datasets,
 * their analyses and their registry files as text.
 */
import type { Analysis } from '../schema/analysis.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { Region } from '../schema/region.ts';
import { diffAnalysis, type AnalysisDiff } from './analysis.ts';
import { diffFigures, type FigureDiff } from './figures.ts';
import { affectedPages } from './pages.ts';
import {
	diffRegistry,
	EMPTY_REGISTRY,
	isEmptyTableDiff,
	type Registry,
	type RegistryDiff,
} from './registry.ts';
import { diffSources, type SourceDiff } from './sources.ts';

/** The comparison of two versions of the data. */
export interface DataDiff {
	/** `indicators.csv` and `areas.csv`, row by row. */
	registry: RegistryDiff;
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
	/** The registry files as written; none (no change reported) when left out. */
	registry?: Registry;
}

/** True when nothing in the comparison changed. */
export function isEmptyDiff(d: DataDiff): boolean {
	const { figures: f, sources: s, analysis: a } = d;
	return (
		isEmptyTableDiff(d.registry.indicators) &&
		isEmptyTableDiff(d.registry.areas) &&
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
	const registry = diffRegistry(
		before.registry ?? EMPTY_REGISTRY,
		after.registry ?? EMPTY_REGISTRY,
	);
	const regions = new Map([...before.dataset.regions, ...after.dataset.regions]);
	return {
		registry,
		figures,
		sources,
		analysis,
		pages: affectedPages(
			figures,
			sources,
			analysis,
			regions,
			registryPages(registry, before, after),
		),
		regions,
	};
}

/**
 * What registry changes touch: the page of every indicator added, removed or changed (each
 * indicator has one), and of every area changed that has figures (only those have a page).
 */
function registryPages(
	registry: RegistryDiff,
	before: DataVersion,
	after: DataVersion,
): { indicators: string[]; regions: string[] } {
	const keys = (d: RegistryDiff[keyof RegistryDiff]) => [
		...d.added.map((r) => r.key),
		...d.removed.map((r) => r.key),
		...d.changed.map((c) => c.key),
	];
	const withFigures = new Set(
		[...before.dataset.figures, ...after.dataset.figures].map((f) => f.region),
	);
	return {
		indicators: keys(registry.indicators),
		regions: keys(registry.areas).filter((code) => withFigures.has(code)),
	};
}
