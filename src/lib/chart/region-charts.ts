/**
 * Every chart of one region that has data, in reading order: coverage, participants by
 * segment, contribution aid (by segment, then budgets), claims, scholarships.
 */
import type { Locale } from '../format/locale.ts';
import type { Region } from '../schema/region.ts';
import { aidChart } from './aid-model.ts';
import { claimsChart } from './claims-model.ts';
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

/** The charts of a region; each model's uid is `ch-<slug>-<chart id>`. */
export function regionCharts(input: ChartInput, region: Region, locale: Locale): ChartModel[] {
	const code = region.code;
	const segments = selectSegments(input, code);
	const scholarships = selectScholarships(input, code);
	const claims = selectClaims(input, code, scholarships === null);
	const coverage = selectCoverage(input, code);
	// A single coverage value is a number (the page's answer), not a line.
	const coveragePeriods = new Set(
		[...coverage.reported, ...coverage.derived, ...coverage.targets].map((d) => d.period.text),
	);
	// One bar is not a comparison: a breakdown is drawn only with at least two parts.
	const compares = (parts: readonly unknown[]) => parts.length > 1;
	const charts = [
		coveragePeriods.size > 1 ? coverageChart(input, region, coverage, locale) : null,
		segments && compares(segments.parts)
			? segmentsChart(input, region, segments, locale, false)
			: null,
		...selectAidSegments(input, code)
			.filter((s) => compares(s.parts))
			.map((s) => segmentsChart(input, region, s, locale, true)),
		...selectAid(input, code).map((s) => aidChart(input, region, s, locale)),
		claims && compares(claims.amount.parts)
			? claimsChart(input, region, claims, locale, false)
			: null,
		scholarships && compares(scholarships.amount.parts)
			? claimsChart(input, region, scholarships, locale, true)
			: null,
	];
	return charts
		.filter((c): c is ChartModel => c !== null)
		.map((c) => ({ ...c, uid: `ch-${region.slug}-${c.id}` }));
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
