/**
 * A synthetic national data set for benchmarks and tests: every province and regency, one
 * source per region and year, figures whose quotes print their values in Indonesian number
 * forms, and a known number of planted mismatches and conflicts. Deterministic for a seed.
 * Every source title starts with "SYNTHETIC" so it can never pass for real data.
 */
import type { Region } from '../schema/region.ts';
import { FIGURE_COLUMNS } from '../schema/figure-row.ts';

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

interface Row {
	region: string;
	indicator: string;
	segment?: string;
	program?: string;
	funding?: string;
	basis?: string;
	plan?: string;
	period: string;
	value: number;
	quote: string;
}

function toCsv(rows: Row[]): string {
	const lines = [FIGURE_COLUMNS.join(',')];
	for (const r of rows) {
		const cells = [
			r.region,
			r.indicator,
			r.segment ?? '',
			r.program ?? '',
			r.funding ?? '',
			'',
			r.basis ?? '',
			r.plan ?? '',
			r.period,
			r.value,
			'',
			r.quote,
			'',
		];
		lines.push(cells.map(csvCell).join(','));
	}
	return `${lines.join('\n')}\n`;
}

const SEGMENTS = ['PU', 'BPU', 'JAKON'] as const;
const PROGRAMS = ['JHT', 'JKK', 'JKM', 'JP', 'JKP'] as const;

/** The figures of one region and year, all consistent with each other. */
function regionYear(
	region: string,
	year: number,
	rnd: () => number,
	plantMismatch: boolean,
): Row[] {
	const rows: Row[] = [];
	const snapshot = `${year}-12`;
	const workers = SEGMENTS.map(() => 20_000 + Math.floor(rnd() * 400_000));
	const active = workers.map((w) => Math.floor(w * (0.1 + rnd() * 0.7)));
	const totalWorkers = workers.reduce((a, b) => a + b, 0);
	const totalActive = active.reduce((a, b) => a + b, 0);
	let coverage = Math.round((totalActive / totalWorkers) * 10_000) / 100;
	if (plantMismatch) coverage = Math.min(99.99, Math.round((coverage + 3) * 100) / 100);
	rows.push({
		region,
		indicator: 'coverage_rate',
		period: snapshot,
		value: coverage,
		quote: `cakupan kepesertaan mencapai ${decimal(coverage, 2)} persen`,
	});
	rows.push({
		region,
		indicator: 'active_participants',
		period: snapshot,
		value: totalActive,
		quote: `sebanyak ${grouped(totalActive)} peserta aktif`,
	});
	rows.push({
		region,
		indicator: 'workers_in_scope',
		period: snapshot,
		value: totalWorkers,
		quote: `dari total sasaran ${grouped(totalWorkers)} pekerja`,
	});
	SEGMENTS.forEach((segment, i) => {
		rows.push({
			region,
			indicator: 'active_participants',
			segment,
			period: snapshot,
			value: active[i] ?? 0,
			quote: `${grouped(active[i] ?? 0)} orang peserta segmen ${segment}`,
		});
		rows.push({
			region,
			indicator: 'workers_in_scope',
			segment,
			period: snapshot,
			value: workers[i] ?? 0,
			quote: `potensi ${grouped(workers[i] ?? 0)} pekerja segmen ${segment}`,
		});
	});

	const participants = 1_000 + Math.floor(rnd() * 30_000);
	const months = 12;
	const budget = participants * 16_800 * months;
	rows.push({
		region,
		indicator: 'contribution_aid_participants',
		funding: 'APBD',
		period: String(year),
		value: participants,
		quote: `bantuan iuran bagi ${grouped(participants)} peserta`,
	});
	rows.push({
		region,
		indicator: 'contribution_aid_months',
		funding: 'APBD',
		period: String(year),
		value: months,
		quote: `selama ${months} bulan`,
	});
	rows.push({
		region,
		indicator: 'contribution_aid_monthly_contribution',
		funding: 'APBD',
		period: String(year),
		value: 16_800,
		quote: 'iuran Rp16.800 per bulan',
	});
	rows.push({
		region,
		indicator: 'contribution_aid_budget',
		funding: 'APBD',
		period: String(year),
		value: budget,
		quote: `anggaran sebesar Rp${grouped(budget)}`,
	});

	const claimPeriod = `${year}-01-01/${year}-12-31`;
	let amountTotal = 0;
	let claimantTotal = 0;
	for (const program of PROGRAMS) {
		const claimants = 10 + Math.floor(rnd() * 5_000);
		const amount = claimants * (1_000_000 + Math.floor(rnd() * 20_000_000));
		amountTotal += amount;
		claimantTotal += claimants;
		rows.push({
			region,
			indicator: 'claims_amount',
			program,
			period: claimPeriod,
			value: amount,
			quote: `klaim ${program} sebesar Rp${grouped(amount)}`,
		});
		rows.push({
			region,
			indicator: 'claims_claimants',
			program,
			period: claimPeriod,
			value: claimants,
			quote: `kepada ${grouped(claimants)} peserta program ${program}`,
		});
	}
	rows.push({
		region,
		indicator: 'claims_amount',
		period: claimPeriod,
		value: amountTotal,
		quote: `total klaim Rp${grouped(amountTotal)}`,
	});
	rows.push({
		region,
		indicator: 'claims_claimants',
		period: claimPeriod,
		value: claimantTotal,
		quote: `kepada ${grouped(claimantTotal)} peserta`,
	});
	rows.push({
		region,
		indicator: 'employers_registered',
		period: snapshot,
		value: 100 + Math.floor(rnd() * 9_000),
		quote: '',
	});
	const last = rows.at(-1);
	if (last) last.quote = `${grouped(last.value)} badan usaha terdaftar`;
	const wage = 2_000_000 + Math.floor(rnd() * 3_000_000);
	rows.push({
		region,
		indicator: 'minimum_wage',
		period: String(year),
		value: wage,
		quote: `UMK ditetapkan Rp${grouped(wage)}`,
	});
	return rows;
}

function sourceJson(title: string, publisher: string, published: string, accessed: string): string {
	return `${JSON.stringify({ title, publisher, published, accessed, language: 'id', kind: 'report', note: 'SYNTHETIC data generated by scripts/synth.ts for benchmarks; not real figures.' }, null, '\t')}\n`;
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
			if (y === 0) {
				const target = 30 + Math.floor(rnd() * 6_000) / 100;
				rows.push({
					region: region.code,
					indicator: 'coverage_rate',
					basis: 'target',
					plan: 'RPJPD',
					period: '2045',
					value: target,
					quote: `target cakupan ${decimal(target, 2)} persen pada 2045`,
				});
			}
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
			if (plant) {
				mismatches++;
				const active = rows.find((r) => r.indicator === 'active_participants' && !r.segment);
				if (active) {
					const other = active.value + 1_000;
					const twin: Row = {
						...active,
						value: other,
						quote: `tercatat ${grouped(other)} peserta aktif`,
					};
					sources.push({
						id: `${id}-b`,
						json: sourceJson(
							`SYNTHETIC Berita Jamsostek ${region.name} ${year}`,
							'Media Kedua SINTETIS',
							published,
							`${year + 1}-01-16`,
						),
						csv: toCsv([twin]),
						figures: 1,
					});
					figures += 1;
					conflicts++;
				}
			}
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
