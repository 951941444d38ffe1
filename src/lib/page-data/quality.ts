/**
 * The data-quality page: every mismatch and conflict, and how many checks passed. When there
 * are too many for one page (a national data set), the page keeps the national, provincial
 * and BPJS-area ones and each province's regencies and cities get a page of their own
 * (`/kualitas-data/<province>/`), as crowded indicator pages do.
 */
import type { CheckResult, Conflict, StageComparison } from '../schema/analysis.ts';
import type { Region } from '../schema/region.ts';
import { byProvince, provincesOf } from './by-province.ts';
import type { SiteIndex } from './site-index.ts';

/**
 * Most mismatches, conflicts and plan–realisation pairs the page lists before its regencies'
 * and cities' ones move to pages per province. Set for reading, not bytes: on a phone an item
 * takes a third of a screen to a whole one (both quotes), and the real record's 151 items made
 * a page of 101,080 px at 360 px, which nobody scans.
 */
export const QUALITY_PAGE_ROWS = 40;

export interface QualityCounts {
	checks: number;
	pass: number;
	withinRounding: number;
	mismatch: number;
	conflicts: number;
}

/** A province whose regencies' and cities' items have a page of their own. */
export interface ProvinceItems {
	province: Region;
	/** Mismatches, conflicts and plan–realisation pairs on its page. */
	items: number;
}

export interface QualityPage {
	mismatches: CheckResult[];
	conflicts: Conflict[];
	/** Plans beside their allocation and realisation. */
	stages: StageComparison[];
	/** Checks and conflicts of the page's scope: the site, or a province's regencies and cities. */
	counts: QualityCounts;
	/** On a province's page, that province; null on the site-wide page. */
	province: Region | null;
	/** Provinces with a page of their own; empty when every item is on this page. */
	provinces: ProvinceItems[];
}

export interface QualityPages {
	page: QualityPage;
	/** One per province of {@link QualityPage.provinces}, in that order. */
	provincePages: (QualityPage & { province: Region })[];
}

const byRegionThenId = <T extends { region: string; id: string }>(a: T, b: T) =>
	a.region.localeCompare(b.region, 'en') || a.id.localeCompare(b.id);

function countsOf(checks: readonly CheckResult[], conflicts: readonly Conflict[]): QualityCounts {
	const count = (status: CheckResult['status']) => checks.filter((c) => c.status === status).length;
	return {
		checks: checks.length,
		pass: count('pass'),
		withinRounding: count('within_rounding'),
		mismatch: count('mismatch'),
		conflicts: conflicts.length,
	};
}

/** Every failed cross-check and conflict, by region code then id, and past `maxRows` the split. */
export function buildQualityPages(index: SiteIndex, maxRows = QUALITY_PAGE_ROWS): QualityPages {
	const { checks } = index.analysis;
	const mismatches = checks.filter((c) => c.status === 'mismatch').sort(byRegionThenId);
	const conflicts = [...index.analysis.conflicts].sort(byRegionThenId);
	const stages = [...index.analysis.stages].sort(byRegionThenId);
	const whole = {
		mismatches,
		conflicts,
		stages,
		counts: countsOf(checks, conflicts),
		province: null,
	};
	if (mismatches.length + conflicts.length + stages.length <= maxRows) {
		return { page: { ...whole, provinces: [] }, provincePages: [] };
	}
	const regions = index.dataset.regions;
	const m = byProvince(mismatches, regions);
	const c = byProvince(conflicts, regions);
	const st = byProvince(stages, regions);
	const allChecks = byProvince(checks, regions).moved;
	const provinces = provincesOf(m.moved, c.moved, st.moved);
	const provincePages = provinces.map((province) => {
		const here = c.moved.get(province) ?? [];
		return {
			mismatches: m.moved.get(province) ?? [],
			conflicts: here,
			stages: st.moved.get(province) ?? [],
			counts: countsOf(allChecks.get(province) ?? [], here),
			province,
			provinces: [],
		};
	});
	return {
		page: {
			...whole,
			mismatches: m.kept,
			conflicts: c.kept,
			stages: st.kept,
			provinces: provincePages.map((p) => ({
				province: p.province,
				items: p.mismatches.length + p.conflicts.length + p.stages.length,
			})),
		},
		provincePages,
	};
}
