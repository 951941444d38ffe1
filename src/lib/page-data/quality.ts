/** The data-quality page: every mismatch and conflict, and how many checks passed. */
import type { CheckResult, Conflict } from '../schema/analysis.ts';
import type { SiteIndex } from './site-index.ts';

export interface QualityPage {
	mismatches: CheckResult[];
	conflicts: Conflict[];
	counts: { checks: number; pass: number; withinRounding: number; mismatch: number };
}

/** Collects every failed cross-check and conflict, ordered by region code then id. */
export function buildQualityPage(index: SiteIndex): QualityPage {
	const { checks, conflicts } = index.analysis;
	const byRegion = <T extends { region: string; id: string }>(a: T, b: T) =>
		a.region.localeCompare(b.region, 'en') || a.id.localeCompare(b.id);
	const count = (status: CheckResult['status']) => checks.filter((c) => c.status === status).length;
	return {
		mismatches: checks.filter((c) => c.status === 'mismatch').sort(byRegion),
		conflicts: [...conflicts].sort(byRegion),
		counts: {
			checks: checks.length,
			pass: count('pass'),
			withinRounding: count('within_rounding'),
			mismatch: count('mismatch'),
		},
	};
}
