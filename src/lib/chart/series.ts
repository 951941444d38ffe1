/**
 * Selecting the values each chart needs from the dataset and its analysis. Pure functions of
 * a ChartInput; every list comes back in a stable order.
 */
import { group } from 'd3-array';
import { NATIONAL_CODE } from '../schema/region.ts';
import { furthestStage } from '../derive/stages.ts';
import { PARTICIPATION_SEGMENTS, type Funding, type Segment } from '../schema/enums.ts';
import type { Period } from '../schema/period.ts';
import {
	byPeriod,
	fromDerived,
	fromFigure,
	mismatchesByFigure,
	newest,
	type ChartData,
	type ChartInput,
	type Datum,
} from './datum.ts';

/** Every value a chart can draw, as datums, looked up by region and by indicator. */
export interface ChartIndex {
	/** Every reported and derived value of each region (reported first, then derived). */
	byRegion: ReadonlyMap<string, readonly Datum[]>;
	/** Every reported value of each indicator, in data set order. */
	reportedByIndicator: ReadonlyMap<string, readonly Datum[]>;
}

/**
 * Turns every reported and derived figure into a datum once, and groups them: built with the
 * site's data (site-data.ts) and carried by every ChartInput.
 */
export function indexChartData(input: ChartData): ChartIndex {
	const mismatches = mismatchesByFigure(input.analysis.checks);
	const figureById = new Map(input.dataset.figures.map((f) => [f.id, f]));
	const reported = input.dataset.figures.map((f) =>
		fromFigure(input, f, mismatches.get(f.id) ?? null),
	);
	const derived = input.analysis.derived.map((d) => fromDerived(d, figureById));
	return {
		byRegion: group([...reported, ...derived], (d) => d.region),
		reportedByIndicator: group(reported, (d) => d.indicator),
	};
}

/** The data with its chart index: what every chart is drawn from. */
export function chartInput(data: ChartData): ChartInput {
	return { ...data, charts: indexChartData(data) };
}

const NONE: readonly Datum[] = [];

/** Every reported and derived value of a region (reported first, then derived). */
export function regionData(input: ChartInput, region: string): readonly Datum[] {
	return input.charts.byRegion.get(region) ?? NONE;
}

/** True when a value has no segment, program, funding or level breakdown. */
export function isPlain(d: Datum): boolean {
	return d.segment === null && d.program === null && d.funding === null && d.level === null;
}

const isPart = (s: Segment | null) => s !== null && PARTICIPATION_SEGMENTS.includes(s);

/** Reported coverage, derived coverage and coverage targets of a region. */
export interface CoverageSeries {
	reported: Datum[];
	derived: Datum[];
	/** Targets and baselines, each with its plan. */
	targets: Datum[];
}

/**
 * Reported values that say the same thing — same basis, plan, period, value and qualifier, and
 * no failed check — as one point with all their sources: outlets repeat a press release, and
 * six identical diamonds for one province's 2025 target drew six labels on top of each other.
 * The first of each repeat stands for it (its id is the point's permalink).
 */
export function mergeRepeats(data: readonly Datum[]): Datum[] {
	const merged = new Map<string, Datum>();
	const kept: Datum[] = [];
	for (const d of data) {
		if (d.derived || d.mismatch) {
			kept.push(d);
			continue;
		}
		const key = [d.basis, d.plan, d.period.text, d.value, d.qualifier].join('|');
		const first = merged.get(key);
		if (first) {
			for (const id of d.sourceIds) if (!first.sourceIds.includes(id)) first.sourceIds.push(id);
			continue;
		}
		const copy = { ...d, sourceIds: [...d.sourceIds] };
		merged.set(key, copy);
		kept.push(copy);
	}
	return kept;
}

/** The coverage series of a region (no breakdown), each list oldest first. */
export function selectCoverage(input: ChartInput, region: string): CoverageSeries {
	const all = regionData(input, region)
		.filter((d) => d.indicator === 'coverage_rate' && isPlain(d))
		.sort(byPeriod);
	return {
		reported: mergeRepeats(all.filter((d) => !d.derived && d.basis === 'actual')),
		derived: all.filter((d) => d.derived && d.basis === 'actual'),
		targets: mergeRepeats(
			all.filter((d) => !d.derived && (d.basis === 'target' || d.basis === 'baseline')),
		),
	};
}

/** Parts of one whole at one period, with the whole when it was reported. */
export interface PartsSeries {
	indicator: string;
	funding: Funding | null;
	period: Period;
	parts: Datum[];
	total: Datum | null;
}

/** Reported actual values of one indicator without program and level breakdown. */
function actuals(input: ChartInput, region: string, indicator: string): Datum[] {
	return regionData(input, region).filter(
		(d) =>
			d.indicator === indicator &&
			!d.derived &&
			d.basis === 'actual' &&
			d.program === null &&
			d.level === null,
	);
}

/** The newest period's segment parts of an indicator, per funding (null funding first). */
function segmentParts(input: ChartInput, region: string, indicator: string): PartsSeries[] {
	const list = actuals(input, region, indicator);
	const byFunding = group(list, (d) => d.funding ?? '');
	const result: PartsSeries[] = [];
	for (const [, group] of [...byFunding].sort(([a], [b]) => a.localeCompare(b))) {
		const parts = group.filter((d) => isPart(d.segment));
		const last = newest(parts);
		if (!last) continue;
		const atPeriod = (d: Datum) => d.period.text === last.period.text;
		result.push({
			indicator,
			funding: last.funding,
			period: last.period,
			parts: parts
				.filter(atPeriod)
				.sort(
					(a, b) =>
						PARTICIPATION_SEGMENTS.indexOf(a.segment as Segment) -
						PARTICIPATION_SEGMENTS.indexOf(b.segment as Segment),
				),
			total: group.find((d) => d.segment === null && atPeriod(d)) ?? null,
		});
	}
	return result;
}

/**
 * Participants by segment (PU, BPU, JAKON, PMI) without funding: active participants, or
 * registered participants when the source gave no active counts by segment.
 */
export function selectSegments(input: ChartInput, region: string): PartsSeries | null {
	for (const indicator of ['active_participants', 'registered_participants']) {
		const series = segmentParts(input, region, indicator).find((s) => s.funding === null);
		if (series) return series;
	}
	return null;
}

/** Contribution-aid participants by segment, one series per funding. */
export function selectAidSegments(input: ChartInput, region: string): PartsSeries[] {
	return segmentParts(input, region, 'contribution_aid_participants');
}

/** Contribution aid of one funding: budgets, participants and cost per worker per month. */
export interface AidSeries {
	funding: Funding | null;
	budget: Datum[];
	participants: Datum[];
	perMonth: Datum[];
}

/** Contribution aid per funding (budgets actual or planned; derived cost per month included). */
export function selectAid(input: ChartInput, region: string): AidSeries[] {
	// One value per indicator, payer and period: a plan and its realisation of the same year
	// are two stages of one budget, never two bars or a change.
	const list = furthestStage(
		regionData(input, region).filter(
			(d) => d.program === null && d.level === null && !isPart(d.segment),
		),
		(d) => `${d.indicator}|${d.funding}|${d.segment}|${d.period.text}|${d.derived}`,
	);
	const of = (indicator: string, funding: string) =>
		list.filter((d) => d.indicator === indicator && (d.funding ?? '') === funding).sort(byPeriod);
	const fundings = [
		...new Set(
			list.filter((d) => d.indicator.startsWith('contribution_aid')).map((d) => d.funding ?? ''),
		),
	].sort();
	return fundings
		.map((f) => ({
			funding: (f === '' ? null : f) as Funding | null,
			budget: of('contribution_aid_budget', f).filter((d) => !d.derived),
			participants: of('contribution_aid_participants', f).filter((d) => !d.derived),
			perMonth: of('contribution_aid_monthly_contribution', f),
		}))
		.filter((s) => s.budget.length + s.participants.length + s.perMonth.length > 0);
}

/** Amounts and recipients of claims, split by program or by school level. */
export interface ClaimsSeries {
	funding: Funding | null;
	period: Period;
	amount: { parts: Datum[]; total: Datum | null };
	claimants: { parts: Datum[]; total: Datum | null };
}

/** Claims of the (funding, period) group with most values, split by `by`. */
function claims(
	input: ChartInput,
	region: string,
	keep: (d: Datum) => boolean,
	isTotal: (d: Datum) => boolean,
	isSplit: (d: Datum) => boolean,
): ClaimsSeries | null {
	const list = regionData(input, region).filter(
		(d) =>
			(d.indicator === 'claims_amount' || d.indicator === 'claims_claimants') &&
			!d.derived &&
			d.basis === 'actual' &&
			d.segment === null &&
			keep(d),
	);
	const groups = [...group(list, (d) => `${d.funding ?? ''}|${d.period.text}`).values()]
		.filter((g) => g.some(isSplit))
		.sort((a, b) => b.length - a.length || byPeriod(newest(b) as Datum, newest(a) as Datum));
	const chosen = groups[0];
	const first = chosen?.[0];
	if (!chosen || !first) return null;
	const pick = (indicator: string) => ({
		parts: chosen.filter((d) => d.indicator === indicator && isSplit(d)),
		total: chosen.find((d) => d.indicator === indicator && isTotal(d)) ?? null,
	});
	return {
		funding: first.funding,
		period: first.period,
		amount: pick('claims_amount'),
		claimants: pick('claims_claimants'),
	};
}

/**
 * Claims by program (with the all-program total when reported). Scholarships are a benefit
 * of JKK and JKM, not a program of their own: `withScholarships` false leaves them to the
 * scholarships chart.
 */
export function selectClaims(
	input: ChartInput,
	region: string,
	withScholarships = true,
): ClaimsSeries | null {
	return claims(
		input,
		region,
		(d) => d.level === null && (withScholarships || d.program !== 'BEASISWA'),
		(d) => d.program === null,
		(d) => d.program !== null,
	);
}

/** Scholarships (program BEASISWA) by school level (with their total when reported). */
export function selectScholarships(input: ChartInput, region: string): ClaimsSeries | null {
	return claims(
		input,
		region,
		(d) => d.program === 'BEASISWA',
		(d) => d.level === null,
		(d) => d.level !== null,
	);
}

/** Every region's newest plain actual value of an indicator, and the national one. */
export interface CompareSeries {
	indicator: string;
	/** Highest first; the national value is not among them. */
	rows: Datum[];
	national: Datum | null;
}

/** The newest reported, plain, actual value of `indicator` for every region. */
export function selectCompare(input: ChartInput, indicator: string): CompareSeries {
	const latest = new Map<string, Datum>();
	for (const d of input.charts.reportedByIndicator.get(indicator) ?? NONE) {
		if (d.basis !== 'actual' || !isPlain(d)) continue;
		const seen = latest.get(d.region);
		if (!seen || byPeriod(seen, d) < 0) latest.set(d.region, d);
	}
	const name = (code: string) => input.dataset.regions.get(code)?.name ?? code;
	const rows = [...latest.values()]
		.filter((d) => d.region !== NATIONAL_CODE)
		.sort((a, b) => b.value - a.value || name(a.region).localeCompare(name(b.region), 'id'));
	return { indicator, rows, national: latest.get(NATIONAL_CODE) ?? null };
}
