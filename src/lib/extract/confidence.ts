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

const INTERCEPT = 0.13;
const TIER: Readonly<Record<Tier, number>> = {
	specific: 0.04,
	near: 0.33,
	sentence: 0.2,
	earlier: -0.13,
	guess: -0.44,
};
const PERIOD: Readonly<Record<PeriodSource, number>> = {
	clause: 0.15,
	sentence: 0.29,
	earlier: 0,
	article: -0.44,
	none: -0.44,
};
const REGION: Readonly<Record<RegionSource, number>> = {
	named: 0.09,
	main: -0.26,
	national: 0.17,
};
/** Indicators whose rows reviewers keep more or less often than the rest. */
const INDICATOR: Readonly<Record<string, number>> = {
	active_participants: -0.29,
	contribution_aid_budget: 0.37,
	contribution_aid_participants: 0.01,
	registered_participants: -0.19,
	workers_in_scope: 0.26,
	uncovered_workers: 0.12,
	claims_amount: 0.12,
	claims_claimants: -0.11,
	claims_count: -0.08,
	coverage_rate: -0.12,
};
const OTHER_INDICATOR = -0.08;
const UNREAD = -0.06;
const BASIS = 0.05;
/** A figure stated twice in the article is more often a real one. */
export const STATED_AGAIN = 0.4;

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
 * Rows less likely than this to be right are not proposed: on the tuning half four in five of
 * the rows between 0.2 and 0.35 were wrong (refit after the period rule, period-rule.ts).
 */
export const MIN_CONFIDENCE = 0.35;
