/**
 * The confidence of a proposed row: the share of rows like it that a reviewer kept as they
 * stood (value, indicator, region and period all right). It is a logistic model over how the
 * guesses were made, fitted on the tuning half of test/extract-corpus (see its README) with
 * `npm run eval-extract -- --half tuning`; refit it when the guessing rules change.
 */
import type { Tier } from './indicator.ts';
import type { PeriodSource } from './periods.ts';

/** Where the region came from: named beside the figure, the article's main region, or none. */
export type RegionSource = 'named' | 'main' | 'national';

/** What a row's confidence is read from. */
export interface ConfidenceFactors {
	tier: Tier;
	period: PeriodSource;
	region: RegionSource;
	indicator: string;
	/** check-data may not read the value in the quote. */
	unread: boolean;
	/** A target, plan or allocation rather than an actual figure. */
	basis: boolean;
}

const INTERCEPT = 0.22;
const TIER: Readonly<Record<Tier, number>> = {
	specific: 0.06,
	near: 0.5,
	sentence: 0.62,
	earlier: -0.27,
	guess: -0.91,
};
/** No article of the corpus lacks a date, so `none` takes the weight of `article`. */
const PERIOD: Readonly<Record<PeriodSource, number>> = {
	clause: 0.19,
	sentence: 0.54,
	earlier: -0.07,
	article: -0.66,
	none: -0.66,
};
const REGION: Readonly<Record<RegionSource, number>> = {
	named: 0.08,
	main: -0.47,
	national: 0.39,
};
/** Indicators whose rows reviewers keep more or less often than the rest. */
const INDICATOR: Readonly<Record<string, number>> = {
	active_participants: -0.21,
	contribution_aid_budget: 0.83,
	contribution_aid_participants: 0,
	registered_participants: -1.27,
	workers_in_scope: 0.81,
	uncovered_workers: 0.58,
	claims_amount: 0.21,
	claims_claimants: -0.37,
	claims_count: -0.27,
	coverage_rate: -0.27,
};
const OTHER_INDICATOR = -0.02;
const UNREAD = -0.8;
const BASIS = 0.06;
/** A figure stated twice in the article is more often a real one. */
export const STATED_AGAIN = 0.9;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The logit of a row's confidence. */
export function confidenceLogit(f: ConfidenceFactors): number {
	return (
		INTERCEPT +
		TIER[f.tier] +
		PERIOD[f.period] +
		REGION[f.region] +
		(INDICATOR[f.indicator] ?? OTHER_INDICATOR) +
		(f.unread ? UNREAD : 0) +
		(f.basis ? BASIS : 0)
	);
}

/** A logit as a confidence, rounded to hundredths. */
export function confidenceOf(logit: number): number {
	return round2(sigmoid(logit));
}

/**
 * Rows less likely than this to be right are not proposed: refit after the span-end and
 * whole-year period rules and the lapsed, "pemanfaatan", "penduduk bekerja" and "diikuti" cues,
 * 0.27 is the highest cut that raised precision without losing recall on either half.
 */
export const MIN_CONFIDENCE = 0.27;
