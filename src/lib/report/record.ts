/**
 * How much of the country the data covers, as `check-data` prints it: provinces with a recent
 * participant or coverage figure, regencies and cities with a coverage figure, the national
 * series by year, sources by publisher and kind, regions with a contribution-aid budget, and
 * per province how many of its regions have figures.
 */
import type { Analysis } from '../schema/analysis.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { Figure } from '../schema/figure.ts';
import { NATIONAL_CODE } from '../schema/region.ts';
import { isTotal } from '../page-data/select.ts';

/** A recent figure is one whose period ends in this year or later. */
export const RECENT_FROM = '2023-01-01';

const isRecentLevel = (f: Figure) =>
	f.basis === 'actual' &&
	isTotal(f) &&
	f.period.end >= RECENT_FROM &&
	(f.indicator === 'coverage_rate' || f.indicator === 'active_participants');

export interface RecordCoverage {
	provinces: { total: number; recent: string[]; missing: string[] };
	/** Regencies and cities with an actual coverage rate, reported or computed. */
	regenciesWithCoverage: string[];
	national: { activeYears: number[]; coverageYears: number[] };
	sources: { total: number; publishers: number; official: number; byYear: Map<string, number> };
	aidBudgetRegions: string[];
	/** Per province: its code, and how many of it and its regencies/cities have figures. */
	perProvince: { code: string; name: string; withFigures: number; regions: number }[];
}

/** Regions with an actual total coverage, reported or computed. */
function regionsWithCoverage(dataset: Dataset, analysis: Analysis): Set<string> {
	const coverage = new Set<string>();
	for (const f of dataset.figures)
		if (f.indicator === 'coverage_rate' && f.basis === 'actual' && isTotal(f))
			coverage.add(f.region);
	for (const d of analysis.derived)
		if (d.indicator === 'coverage_rate' && d.basis === 'actual' && d.segment === null)
			coverage.add(d.region);
	return coverage;
}

/** The years the nation has an actual total of `indicator` for, in order. */
function nationalYears(dataset: Dataset, indicator: string): number[] {
	const years = dataset.figures
		.filter(
			(f) =>
				f.region === NATIONAL_CODE &&
				f.indicator === indicator &&
				f.basis === 'actual' &&
				f.segment === null,
		)
		.map((f) => Number(f.period.end.slice(0, 4)));
	return [...new Set(years)].sort();
}

/** How many sources, publishers and official sources, and sources per year of publication. */
function sourceCounts(dataset: Dataset): RecordCoverage['sources'] {
	const sources = [...dataset.sources.values()];
	const byYear = new Map<string, number>();
	for (const s of sources)
		byYear.set(s.published.slice(0, 4), (byYear.get(s.published.slice(0, 4)) ?? 0) + 1);
	return {
		total: sources.length,
		publishers: new Set(sources.map((s) => s.publisher)).size,
		official: sources.filter((s) => s.kind === 'official').length,
		byYear,
	};
}

/** Measures the data against the real-data targets. */
export function recordCoverage(dataset: Dataset, analysis: Analysis): RecordCoverage {
	const regions = [...dataset.regions.values()];
	const provinces = regions.filter((r) => r.kind === 'province');
	const recent = new Set(dataset.figures.filter(isRecentLevel).map((f) => f.region));
	const withFigures = new Set(dataset.figures.map((f) => f.region));
	const coverage = regionsWithCoverage(dataset, analysis);
	const aid = dataset.figures.filter((f) => f.indicator === 'contribution_aid_budget');
	return {
		provinces: {
			total: provinces.length,
			recent: provinces.filter((p) => recent.has(p.code)).map((p) => p.code),
			missing: provinces.filter((p) => !recent.has(p.code)).map((p) => `${p.name} (${p.code})`),
		},
		regenciesWithCoverage: regions
			.filter((r) => (r.kind === 'regency' || r.kind === 'city') && coverage.has(r.code))
			.map((r) => r.code),
		national: {
			activeYears: nationalYears(dataset, 'active_participants'),
			coverageYears: nationalYears(dataset, 'coverage_rate'),
		},
		sources: sourceCounts(dataset),
		aidBudgetRegions: [...new Set(aid.map((f) => f.region))],
		perProvince: provinces.map((p) => {
			const own = [p, ...regions.filter((r) => r.parent === p.code)];
			return {
				code: p.code,
				name: p.name,
				withFigures: own.filter((r) => withFigures.has(r.code)).length,
				regions: own.length,
			};
		}),
	};
}

/** The lines check-data prints. */
export function summariseRecord(r: RecordCoverage): string[] {
	const years = [...r.sources.byYear.entries()].sort(([a], [b]) => b.localeCompare(a));
	return [
		'',
		'What the public record covers:',
		`  provinces with an active-participant or coverage figure for ${RECENT_FROM.slice(0, 4)} or later: ${r.provinces.recent.length} of ${r.provinces.total}${r.provinces.missing.length > 0 ? ` (none yet: ${r.provinces.missing.join(', ')})` : ''}`,
		`  regencies and cities with a coverage figure (reported or computed): ${r.regenciesWithCoverage.length}`,
		`  national active participants, years: ${r.national.activeYears.join(', ') || 'none'}`,
		`  national coverage, years: ${r.national.coverageYears.join(', ') || 'none'}`,
		`  sources: ${r.sources.total} from ${r.sources.publishers} publishers, ${r.sources.official} official; by year of publication: ${years.map(([y, n]) => `${y} ${n}`).join(', ')}`,
		`  regions with a contribution-aid budget: ${r.aidBudgetRegions.length}`,
		'  regions with figures per province (the province and its regencies and cities):',
		...r.perProvince.map((p) => `    ${p.code} ${p.name}: ${p.withFigures} of ${p.regions}`),
	];
}
