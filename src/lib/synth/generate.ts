/**
 * A synthetic national data set for benchmarks and tests: every province and regency, one
 * source per region and year, figures whose quotes print their values in Indonesian number
 * forms, and a known number of planted mismatches and conflicts. Deterministic for a seed.
 * Every source title starts with "SYNTHETIC" so it can never pass for real data.
 */
import {
	INSURANCE_PROGRAMS,
	type Basis,
	type Funding,
	type Plan,
	type Program,
	type Segment,
} from '../schema/enums.ts';
import { FIGURE_COLUMNS, type FigureColumn } from '../schema/figure-row.ts';
import type { Region } from '../schema/region.ts';

export interface SynthOptions {
	/** Regions to cover (official provinces and regencies plus `ID`). */
	regions: readonly Region[];
	/** First year; the set covers `years` years from it. */
	firstYear: number;
	years: number;
	/** Stop once at least this many figures are written (default: all regions × years). */
	maxFigures?: number;
	seed: number;
	/** One source in every `plantEvery` gets a mismatching percentage and a conflicting twin. */
	plantEvery: number;
}

export interface SynthSource {
	id: string;
	json: string;
	csv: string;
	figures: number;
}

export interface SynthManifest {
	seed: number;
	sources: number;
	figures: number;
	/** Coverage rates printed 3 points away from their own counts. */
	plantedMismatches: number;
	/** Second sources reporting another value for the same series and period. */
	plantedConflicts: number;
}

/** mulberry32: a small, fast, seedable PRNG (also draws report/sample.ts's spot checks). */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Indonesian grouping: 1842248232 → "1.842.248.232". */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** Indonesian decimals: 31.36 → "31,36". */
const decimal = (n: number, places: number) => n.toFixed(places).replace('.', ',');

function csvCell(value: string | number): string {
	const s = String(value);
	return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A row of figures.csv as the generator writes it: the columns it fills, the rest empty. */
interface Row extends Partial<Record<FigureColumn, string | number>> {
	region: string;
	indicator: string;
	segment?: Segment;
	program?: Program;
	funding?: Funding;
	basis?: Basis;
	plan?: Plan;
	period: string;
	value: number;
	quote: string;
}

function toCsv(rows: Row[]): string {
	const lines = [FIGURE_COLUMNS.join(',')];
	for (const r of rows)
		lines.push(FIGURE_COLUMNS.map((column) => csvCell(r[column] ?? '')).join(','));
	return `${lines.join('\n')}\n`;
}

/** Three of the participation segments: the synthetic set has no migrant workers. */
const SEGMENTS: readonly Segment[] = ['PU', 'BPU', 'JAKON'];
/** The sum of the rows' values. */
const total = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Coverage in December: the rate, active participants and workers in scope, in total and per
 * segment. A planted mismatch prints the rate 3 points above what the counts give.
 */
function coverageRows(region: string, year: number, rnd: () => number, plantMismatch: boolean) {
	const period = `${year}-12`;
	const workers = SEGMENTS.map(() => 20_000 + Math.floor(rnd() * 400_000));
	const active = workers.map((w) => Math.floor(w * (0.1 + rnd() * 0.7)));
	const [totalWorkers, totalActive] = [total(workers), total(active)];
	let coverage = Math.round((totalActive / totalWorkers) * 10_000) / 100;
	if (plantMismatch) coverage = Math.min(99.99, Math.round((coverage + 3) * 100) / 100);
	const rows: Row[] = [
		{
			region,
			indicator: 'coverage_rate',
			period,
			value: coverage,
			quote: `cakupan kepesertaan mencapai ${decimal(coverage, 2)} persen`,
		},
		{
			region,
			indicator: 'active_participants',
			period,
			value: totalActive,
			quote: `sebanyak ${grouped(totalActive)} peserta aktif`,
		},
		{
			region,
			indicator: 'workers_in_scope',
			period,
			value: totalWorkers,
			quote: `dari total sasaran ${grouped(totalWorkers)} pekerja`,
		},
	];
	SEGMENTS.forEach((segment, i) => {
		const [activeHere, workersHere] = [active[i] ?? 0, workers[i] ?? 0];
		rows.push(
			{
				region,
				indicator: 'active_participants',
				segment,
				period,
				value: activeHere,
				quote: `${grouped(activeHere)} orang peserta segmen ${segment}`,
			},
			{
				region,
				indicator: 'workers_in_scope',
				segment,
				period,
				value: workersHere,
				quote: `potensi ${grouped(workersHere)} pekerja segmen ${segment}`,
			},
		);
	});
	return rows;
}

/** Contribution aid from the regional budget: participants × Rp16.800 × 12 months. */
function aidRows(region: string, year: number, rnd: () => number): Row[] {
	const participants = 1_000 + Math.floor(rnd() * 30_000);
	const months = 12;
	const contribution = 16_800;
	const budget = participants * contribution * months;
	const aid = { region, funding: 'APBD', period: String(year) } as const;
	return [
		{
			...aid,
			indicator: 'contribution_aid_participants',
			value: participants,
			quote: `bantuan iuran bagi ${grouped(participants)} peserta`,
		},
		{
			...aid,
			indicator: 'contribution_aid_months',
			value: months,
			quote: `selama ${months} bulan`,
		},
		{
			...aid,
			indicator: 'contribution_aid_monthly_contribution',
			value: contribution,
			quote: `iuran Rp${grouped(contribution)} per bulan`,
		},
		{
			...aid,
			indicator: 'contribution_aid_budget',
			value: budget,
			quote: `anggaran sebesar Rp${grouped(budget)}`,
		},
	];
}

/** The year's claims, amount and claimants, per programme and in total. */
function claimRows(region: string, year: number, rnd: () => number): Row[] {
	const period = `${year}-01-01/${year}-12-31`;
	const rows: Row[] = [];
	let amountTotal = 0;
	let claimantTotal = 0;
	for (const program of INSURANCE_PROGRAMS) {
		const claimants = 10 + Math.floor(rnd() * 5_000);
		const amount = claimants * (1_000_000 + Math.floor(rnd() * 20_000_000));
		amountTotal += amount;
		claimantTotal += claimants;
		rows.push(
			{
				region,
				indicator: 'claims_amount',
				program,
				period,
				value: amount,
				quote: `klaim ${program} sebesar Rp${grouped(amount)}`,
			},
			{
				region,
				indicator: 'claims_claimants',
				program,
				period,
				value: claimants,
				quote: `kepada ${grouped(claimants)} peserta program ${program}`,
			},
		);
	}
	rows.push(
		{
			region,
			indicator: 'claims_amount',
			period,
			value: amountTotal,
			quote: `total klaim Rp${grouped(amountTotal)}`,
		},
		{
			region,
			indicator: 'claims_claimants',
			period,
			value: claimantTotal,
			quote: `kepada ${grouped(claimantTotal)} peserta`,
		},
	);
	return rows;
}

/** Registered employers in December and the year's minimum wage. */
function employerAndWageRows(region: string, year: number, rnd: () => number): Row[] {
	const employers = 100 + Math.floor(rnd() * 9_000);
	const wage = 2_000_000 + Math.floor(rnd() * 3_000_000);
	return [
		{
			region,
			indicator: 'employers_registered',
			period: `${year}-12`,
			value: employers,
			quote: `${grouped(employers)} badan usaha terdaftar`,
		},
		{
			region,
			indicator: 'minimum_wage',
			period: String(year),
			value: wage,
			quote: `UMK ditetapkan Rp${grouped(wage)}`,
		},
	];
}

/**
 * The figures of one region and year, all consistent with each other (but for a planted
 * mismatch). The order of the steps is the order of the random draws: keep it.
 */
function regionYear(
	region: string,
	year: number,
	rnd: () => number,
	plantMismatch: boolean,
): Row[] {
	const coverage = coverageRows(region, year, rnd, plantMismatch);
	const aid = aidRows(region, year, rnd);
	const claims = claimRows(region, year, rnd);
	const others = employerAndWageRows(region, year, rnd);
	return [...coverage, ...aid, ...claims, ...others];
}

/** A coverage target for 2045 in the regional long-term plan. */
function targetRow(region: string, rnd: () => number): Row {
	const target = 30 + Math.floor(rnd() * 6_000) / 100;
	return {
		region,
		indicator: 'coverage_rate',
		basis: 'target',
		plan: 'RPJPD',
		period: '2045',
		value: target,
		quote: `target cakupan ${decimal(target, 2)} persen pada 2045`,
	};
}

function sourceJson(title: string, publisher: string, published: string, accessed: string): string {
	return `${JSON.stringify({ title, publisher, published, accessed, language: 'id', kind: 'report', note: 'SYNTHETIC data generated by scripts/synth.ts for benchmarks; not real figures.' }, null, '\t')}\n`;
}

/**
 * A second source for a planted conflict: the total of active participants of `rows`, 1 000
 * higher; undefined when the rows have no such total.
 */
function conflictingTwin(
	rows: readonly Row[],
	id: string,
	name: string,
	year: number,
): SynthSource | undefined {
	const active = rows.find((r) => r.indicator === 'active_participants' && !r.segment);
	if (!active) return undefined;
	const other = active.value + 1_000;
	const twin: Row = { ...active, value: other, quote: `tercatat ${grouped(other)} peserta aktif` };
	return {
		id: `${id}-b`,
		json: sourceJson(
			`SYNTHETIC Berita Jamsostek ${name} ${year}`,
			'Media Kedua SINTETIS',
			`${year + 1}-01-15`,
			`${year + 1}-01-16`,
		),
		csv: toCsv([twin]),
		figures: 1,
	};
}

/** Generates the sources; the caller writes them (with the registry) into a folder. */
export function generateSynthetic(options: SynthOptions): {
	sources: SynthSource[];
	manifest: SynthManifest;
} {
	const rnd = random(options.seed);
	const sources: SynthSource[] = [];
	let figures = 0;
	let mismatches = 0;
	let conflicts = 0;
	const max = options.maxFigures ?? Number.POSITIVE_INFINITY;
	outer: for (let y = 0; y < options.years; y++) {
		const year = options.firstYear + y;
		const published = `${year + 1}-01-15`;
		for (const region of options.regions) {
			if (figures >= max) break outer;
			const plant = sources.length % options.plantEvery === options.plantEvery - 1;
			const rows = regionYear(region.code, year, rnd, plant);
			if (y === 0) rows.push(targetRow(region.code, rnd));
			// The id ends with the publication date, as every source id must (validate/source.ts).
			const id = `synth-${region.code.replace(/\./g, '-').toLowerCase()}-${year}-${published}`;
			sources.push({
				id,
				json: sourceJson(
					`SYNTHETIC Laporan Jamsostek ${region.name} ${year}`,
					'Pembangkit Data SINTETIS',
					published,
					`${year + 1}-01-16`,
				),
				csv: toCsv(rows),
				figures: rows.length,
			});
			figures += rows.length;
			if (!plant) continue;
			mismatches++;
			const twin = conflictingTwin(rows, id, region.name, year);
			if (!twin) continue;
			sources.push(twin);
			figures += twin.figures;
			conflicts++;
		}
	}
	return {
		sources,
		manifest: {
			seed: options.seed,
			sources: sources.length,
			figures,
			plantedMismatches: mismatches,
			plantedConflicts: conflicts,
		},
	};
}
