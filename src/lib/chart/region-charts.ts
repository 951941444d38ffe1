/**
 * Every chart of one region that has data, in reading order: coverage, participants by
 * segment, contribution aid (by segment, then per payer its summary in words, its budget
 * and its workers covered), claims (amount, then recipients), scholarships (amount, then
 * children). Each chart shows one unit.
 */
import type { Locale } from '../format/locale.ts';
import type { Region } from '../schema/region.ts';
import { aidCharts, aidSummary, type AidSummary } from './aid-model.ts';
import { claimsCharts } from './claims-model.ts';
import { coverageChart } from './coverage-model.ts';
import type { ChartInput } from './datum.ts';
import type { ChartModel } from './model.ts';
import { segmentsChart } from './segments-model.ts';
import {
	selectAid,
	selectAidSegments,
	selectClaims,
	selectCoverage,
	selectScholarships,
	selectSegments,
} from './series.ts';

/** One item of a region's chart section: a chart, or the aid of one payer in words. */
export type StoryItem =
	{ kind: 'chart'; model: ChartModel } | { kind: 'summary'; summary: AidSummary };

/**
 * The chart section of a region in reading order; every uid is `ch-<slug>-<id>`. The
 * summaries carry what no chart draws (the contribution per worker per month, single values).
 */
export function regionStory(input: ChartInput, region: Region, locale: Locale): StoryItem[] {
	const code = region.code;
	const segments = selectSegments(input, code);
	const scholarships = selectScholarships(input, code);
	const claims = selectClaims(input, code, scholarships === null);
	const coverage = selectCoverage(input, code);
	// A single coverage value is a number (the page's answer), not a line.
	const coveragePeriods = new Set(
		[...coverage.reported, ...coverage.derived, ...coverage.targets].map((d) => d.period.text),
	);
	// One bar is not a comparison: a breakdown is drawn only with at least two parts (claims
	// and scholarships check it per unit).
	const compares = (parts: readonly unknown[]) => parts.length > 1;
	const chart = (model: ChartModel | null): StoryItem[] =>
		model ? [{ kind: 'chart', model: { ...model, uid: `ch-${region.slug}-${model.id}` } }] : [];
	const summary = (s: AidSummary | null): StoryItem[] =>
		s ? [{ kind: 'summary', summary: { ...s, uid: `ch-${region.slug}-${s.id}` } }] : [];
	return [
		...chart(coveragePeriods.size > 1 ? coverageChart(input, region, coverage, locale) : null),
		...chart(
			segments && compares(segments.parts)
				? segmentsChart(input, region, segments, locale, false)
				: null,
		),
		...selectAidSegments(input, code)
			.filter((s) => compares(s.parts))
			.flatMap((s) => chart(segmentsChart(input, region, s, locale, true))),
		// Per payer: the words first (cost per worker per month, single values), then one
		// chart per unit.
		...selectAid(input, code).flatMap((s) => [
			...summary(aidSummary(input, region, s, locale)),
			...aidCharts(input, region, s, locale).flatMap(chart),
		]),
		...(claims ? claimsCharts(input, region, claims, locale, false).flatMap(chart) : []),
		...(scholarships ? claimsCharts(input, region, scholarships, locale, true).flatMap(chart) : []),
	];
}

/** The charts of a region (no summaries); each model's uid is `ch-<slug>-<chart id>`. */
export function regionCharts(input: ChartInput, region: Region, locale: Locale): ChartModel[] {
	return regionStory(input, region, locale).flatMap((item) =>
		item.kind === 'chart' ? [item.model] : [],
	);
}

/** One chart of a region by id, or null. */
export function regionChart(
	input: ChartInput,
	region: Region,
	chartId: string,
	locale: Locale,
): ChartModel | null {
	return regionCharts(input, region, locale).find((c) => c.id === chartId) ?? null;
}
