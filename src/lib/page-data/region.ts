/** Everything a region page shows, computed once per region from the index. */
import type { CheckResult, Conflict, DerivedFigure } from '../schema/analysis.ts';
import type { Figure } from '../schema/figure.ts';
import type { Region } from '../schema/region.ts';
import { seriesKey } from '../schema/series.ts';
import type { Source } from '../schema/source.ts';
import type { StageComparison } from '../schema/analysis.ts';
import { NATIONAL_CODE } from '../schema/region.ts';
import { buildHeadline, coverage, type FigureRef, type Headline } from './headline.ts';
import { figureOrder, newestFirst, oneYearBefore, type Dated } from './select.ts';
import type { SiteIndex } from './site-index.ts';

export interface RegionPage {
	region: Region;
	/** The province of a regency or city. */
	parent: Region | null;
	/** For a province: its regencies and cities that have data. */
	children: Region[];
	/** For a province: all its regencies and cities (each has a page). */
	allChildren: Region[];
	/**
	 * The latest coverage of the regions around this one, for context: its province, the BPJS
	 * office areas covering it, and the nation (each only when it has a coverage figure).
	 */
	around: { region: Region; relation: 'province' | 'area' | 'nation'; coverage: FigureRef }[];
	/** For a BPJS office area: the provinces it covers. */
	covers: Region[];
	/** BPJS office areas covering this province. */
	coveredBy: Region[];
	/** Every reported figure of the region, in reading order. */
	figures: Figure[];
	derived: DerivedFigure[];
	checks: CheckResult[];
	conflicts: Conflict[];
	/** Plans beside their allocation and realisation. */
	stages: StageComparison[];
	/** Every source used, newest first, with the region's figures read from it. */
	sources: { source: Source; figures: Figure[] }[];
	/**
	 * True when the region has figures (see hasFiguresPage): every figure, derived figure and
	 * check is then listed, with its anchor, on the region's figures page.
	 */
	figuresPage: boolean;
	/** The newest reported figure of each series, in reading order. */
	latest: Figure[];
	headline: Headline;
	/** End of the newest actual figure's period (YYYY-MM-DD), or null. */
	newest: string | null;
	/** True when the newest actual figure ends more than a year before the data version. */
	outdated: boolean;
}

/** Checks that fail come first, then those within rounding, then passes. */
const STATUS_ORDER: Record<CheckResult['status'], number> = {
	mismatch: 0,
	within_rounding: 1,
	pass: 2,
};

/**
 * Every region with figures lists them on its figures page (`/wilayah/<slug>/angka/`): the
 * region page tells the story (answer, charts, graded checks, sources) and stays short on a
 * phone; the audit material (every figure with its quote, derived figures, every check's
 * arithmetic) is one link away, each row the permalink target of its id.
 */
export function hasFiguresPage(figures: number, derived: number): boolean {
	return figures + derived > 0;
}

/** The newest item of each group, in the order of the list. */
function newestOfEach<T extends Dated>(items: readonly T[], key: (item: T) => string): T[] {
	const newest = new Map<string, T>();
	for (const item of items) {
		const k = key(item);
		const current = newest.get(k);
		if (!current || newestFirst(item, current) < 0) newest.set(k, item);
	}
	const chosen = new Set(newest.values());
	return items.filter((item) => chosen.has(item));
}

/** Newest source first: by accessed, then published date, then id. */
export function sourceOrder(a: Source, b: Source): number {
	return (
		b.accessed.localeCompare(a.accessed) ||
		b.published.localeCompare(a.published) ||
		a.id.localeCompare(b.id)
	);
}

/** The latest coverage of a region, from the index. */
function coverageOf(code: string, index: SiteIndex): FigureRef | null {
	return coverage(index.figuresByRegion.get(code) ?? [], index.derivedByRegion.get(code) ?? []);
}

/** Province, covering BPJS office areas and nation, each with its latest coverage. */
function regionsAround(
	region: Region,
	parent: Region | null,
	index: SiteIndex,
): RegionPage['around'] {
	const province = region.kind === 'province' ? region : parent;
	const candidates: {
		region: Region | null | undefined;
		relation: 'province' | 'area' | 'nation';
	}[] = [
		{ region: region.kind === 'province' ? null : parent, relation: 'province' },
		...(province ? (index.coveredBy.get(province.code) ?? []) : []).map((area) => ({
			region: area,
			relation: 'area' as const,
		})),
		{
			region: region.code === NATIONAL_CODE ? null : index.dataset.regions.get(NATIONAL_CODE),
			relation: 'nation',
		},
	];
	const around: RegionPage['around'] = [];
	for (const { region: r, relation } of candidates) {
		if (!r) continue;
		const found = coverageOf(r.code, index);
		if (found) around.push({ region: r, relation, coverage: found });
	}
	return around;
}

/** Builds the page of one region; a region without figures gets what is known around it. */
export function buildRegionPage(region: Region, index: SiteIndex): RegionPage {
	const order = figureOrder(index.indicatorRank);
	const figures = [...(index.figuresByRegion.get(region.code) ?? [])].sort(order);
	const derived = [...(index.derivedByRegion.get(region.code) ?? [])].sort(order);
	const { regions, sources } = index.dataset;
	const bySource = new Map<string, Figure[]>();
	for (const f of figures) {
		const list = bySource.get(f.sourceId);
		if (list) list.push(f);
		else bySource.set(f.sourceId, [f]);
	}
	const newest =
		figures
			.filter((f) => f.basis === 'actual')
			.map((f) => f.period.end)
			.sort()
			.at(-1) ?? null;
	const withData = (r: Region | undefined): r is Region =>
		r !== undefined && index.figuresByRegion.has(r.code);
	const parent = region.parent === null ? null : (regions.get(region.parent) ?? null);
	const allChildren =
		region.kind === 'province' ? (index.childrenByProvince.get(region.code) ?? []) : [];
	return {
		region,
		parent,
		children: allChildren.filter(withData),
		allChildren,
		around: regionsAround(region, parent, index),
		covers: region.covers.map((c) => regions.get(c)).filter((r): r is Region => r !== undefined),
		coveredBy: index.coveredBy.get(region.code) ?? [],
		figures,
		derived,
		checks: [...(index.checksByRegion.get(region.code) ?? [])].sort(
			(a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.id.localeCompare(b.id),
		),
		conflicts: index.conflictsByRegion.get(region.code) ?? [],
		stages: index.stagesByRegion.get(region.code) ?? [],
		sources: [...bySource.entries()]
			.map(([id, list]) => ({ source: sources.get(id), figures: list }))
			.filter((s): s is { source: Source; figures: Figure[] } => s.source !== undefined)
			.sort((a, b) => sourceOrder(a.source, b.source)),
		figuresPage: index.figuresPageRegions.has(region.code),
		latest: newestOfEach(figures, seriesKey),
		headline: buildHeadline(figures, derived, index),
		newest,
		outdated: newest !== null && newest < oneYearBefore(index.dataset.version),
	};
}
