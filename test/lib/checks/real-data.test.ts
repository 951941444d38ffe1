/**
 * analyse() on the five seed articles, frozen in test/fixtures/valid/seeds/: the inconsistencies a careful reader of the
 * articles finds are flagged as mismatches, and the figures that do add up are not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { Analysis, CheckResult, CheckStatus } from '../../../src/lib/schema/analysis.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';

let dataset: Dataset;
let analysis: Analysis;

beforeAll(async () => {
	const loaded = await loadDataset('test/fixtures/valid/seeds');
	expect(loaded.issues).toEqual([]);
	dataset = loaded.dataset;
	analysis = analyse(dataset);
});

/** The checks of `rule` in `region` whose reported figure is `indicator` with `value`. */
function checksOf(region: string, rule: string, indicator: string, value: number): CheckResult[] {
	return analysis.checks.filter((c) => {
		const figure = dataset.figures.find((f) => f.id === c.reportedId);
		return (
			c.region === region &&
			c.rule === rule &&
			figure?.indicator === indicator &&
			c.reported === value
		);
	});
}

/** [what, region, rule, reported indicator, reported value, status, expected, arithmetic (id)] */
const expectations: [string, string, string, string, number, CheckStatus, number, string][] = [
	[
		'Banyumas: 31,6 persen vs 214.687 / 684.654',
		'33.02',
		'coverage_rate',
		'coverage_rate',
		31.6,
		'mismatch',
		31.357,
		'214.687 ÷ 684.654 = 31,36%',
	],
	[
		'Malang: claimants by programme sum to 33.582, not 33.522',
		'35.73',
		'parts_sum',
		'claims_claimants',
		33522,
		'mismatch',
		33582,
		'28.760 + 3.362 + 445 + 581 + 434 = 33.582',
	],
	[
		'Malang: sekitar 32 persen vs 178.611 terdaftar / 420 ribu',
		'35.73',
		'coverage_rate',
		'coverage_rate',
		32,
		'mismatch',
		42.526,
		'178.611 ÷ 420.000 = 42,53%',
	],
	[
		'Malang: Rp 5,3 miliar vs 25.808 × Rp16.800 × 12',
		'35.73',
		'budget_product',
		'contribution_aid_budget',
		5.3e9,
		'mismatch',
		5202892800,
		'25.808 × Rp16.800 × 12 = Rp5.202.892.800',
	],
	[
		'Metro: naik sekitar 8,38 persen',
		'18.72',
		'budget_change',
		'contribution_aid_budget_change',
		8.38,
		'within_rounding',
		8.3799,
		'(Rp1.842.248.232 − Rp1.699.805.664) ÷ Rp1.699.805.664 = +8,3799%',
	],
	[
		'Metro: PU sekitar 45,18 persen',
		'18.72',
		'participant_share',
		'contribution_aid_participant_share',
		45.18,
		'within_rounding',
		45.1786,
		'3.364 ÷ 7.446 = 45,179%',
	],
	[
		'Metro: BPU sekitar 54,82 persen',
		'18.72',
		'participant_share',
		'contribution_aid_participant_share',
		54.82,
		'within_rounding',
		54.8214,
		'4.082 ÷ 7.446 = 54,821%',
	],
	[
		'Metro: PU + BPU = 7.446 aid recipients',
		'18.72',
		'parts_sum',
		'contribution_aid_participants',
		7446,
		'pass',
		7446,
		'3.364 + 4.082 = 7.446',
	],
	[
		'Metro: rata-rata sekitar Rp42 juta',
		'18.72',
		'claims_average',
		'claims_average',
		42e6,
		'pass',
		42e6,
		'Rp924 juta ÷ 22 = Rp42 juta',
	],
	[
		'Metro: sekitar Rp247 ribu per peserta per tahun',
		'18.72',
		'aid_per_participant_year',
		'contribution_aid_per_participant_year',
		247000,
		'within_rounding',
		247414.48,
		'Rp1.842.248.232 ÷ 7.446 = Rp247.414',
	],
	[
		'Metro: kira-kira 3 kasus per 1.000 peserta',
		'18.72',
		'claims_per_1000',
		'claims_per_1000',
		3,
		'within_rounding',
		2.9546,
		'22 ÷ 7.446 × 1.000 = 2,95',
	],
	[
		'Banyumas: PU + BPU + JAKON = 214.687 active participants',
		'33.02',
		'parts_sum',
		'active_participants',
		214687,
		'pass',
		214687,
		'159.475 + 35.814 + 19.398 = 214.687',
	],
	[
		'Banyumas: 469.967 not yet protected',
		'33.02',
		'uncovered_workers',
		'uncovered_workers',
		469967,
		'pass',
		469967,
		'684.654 − 214.687 = 469.967',
	],
	[
		'Banyumas: non-ASN sekitar 23,5 persen',
		'33.02',
		'coverage_rate',
		'coverage_rate',
		23.5,
		'within_rounding',
		23.5534,
		'12.171 ÷ 51.674 = 23,55%',
	],
	[
		'Banyumas: extreme poor kurang dari satu persen',
		'33.02',
		'coverage_rate',
		'coverage_rate',
		1,
		'pass',
		0.8963,
		'1.999 ÷ 223.022 = 0,9%',
	],
	[
		'Malang: claims paid by programme sum to Rp530,9 miliar of Rp531,1 miliar',
		'35.73',
		'parts_sum',
		'claims_amount',
		531.1e9,
		'within_rounding',
		530.9e9,
		'Rp437,3 miliar + Rp66,4 miliar + Rp19,6 miliar + Rp5,1 miliar + Rp2,5 miliar = Rp530,9 miliar',
	],
	[
		'Malang: scholarships by level sum to Rp5,41 miliar of Rp5,4 miliar',
		'35.73',
		'parts_sum',
		'claims_amount',
		5.4e9,
		'within_rounding',
		5.4075e9,
		'Rp79,5 juta + Rp519 juta + Rp426 juta + Rp783 juta + Rp3,6 miliar = Rp5,41 miliar',
	],
	[
		'Malang: 1.113 children by level',
		'35.73',
		'parts_sum',
		'claims_claimants',
		1113,
		'pass',
		1113,
		'48 + 335 + 201 + 251 + 278 = 1.113',
	],
	[
		'Trenggalek: 26,04 persen from the segment rates and counts',
		'35.03',
		'coverage_from_segments',
		'coverage_rate',
		26.04,
		'within_rounding',
		25.965,
		'(38.595 + 14.468 + 17.407) ÷ (38.595 ÷ 43,2% + 14.468 ÷ 9,0% + 17.407 ÷ 81,7%) = 25,965%',
	],
];

describe('analyse() on the seed articles', () => {
	it.each(expectations)(
		'%s',
		(_what, region, rule, indicator, value, status, expected, arithmetic) => {
			const found = checksOf(region, rule, indicator, value);
			expect(found).toHaveLength(1);
			const [check] = found;
			expect(check?.status).toBe(status);
			expect(check?.expected).toBeCloseTo(expected, expected > 1000 ? -1 : 3);
			expect(check?.arithmetic.id).toBe(arithmetic);
			expect(check?.sourceIds).toHaveLength(1);
		},
	);

	it('states both numbers in every mismatch message', () => {
		for (const c of analysis.checks.filter((x) => x.status === 'mismatch')) {
			expect(c.message.id).toContain(c.arithmetic.id);
			expect(c.message.en).toContain(c.arithmetic.en);
			expect(c.message.en).toMatch(/^The (article|document|report|source) gives /);
		}
	});

	it('derives the coverage the Banyumas article should have printed', () => {
		const coverage = analysis.derived.find(
			(d) => d.region === '33.02' && d.rule === 'coverage_rate' && d.segment === null,
		);
		expect(coverage?.value).toBeCloseTo(31.357, 3);
		expect(coverage?.decimals).toBe(2);
	});

	it('derives the Malang aid per participant per month from Rp 5,3 miliar', () => {
		const perMonth = analysis.derived.find(
			(d) => d.region === '35.73' && d.rule === 'aid_per_participant_month',
		);
		expect(perMonth?.value).toBeCloseTo(5.3e9 / (25808 * 12), 6);
	});

	it('compares nothing across regions or sources', () => {
		for (const c of analysis.checks) {
			const regions = new Set(
				[c.reportedId, ...c.inputIds].map((id) => dataset.figures.find((f) => f.id === id)?.region),
			);
			expect([...regions]).toEqual([c.region]);
		}
	});

	it('lists conflicts only between sources on one series and period', () => {
		for (const k of analysis.conflicts) {
			const figures = k.figureIds.map((id) => dataset.figures.find((f) => f.id === id));
			expect(new Set(figures.map((f) => f?.sourceId)).size).toBeGreaterThan(1);
			expect(
				new Set(figures.map((f) => `${f?.region}|${f?.indicator}|${f?.period.text}`)).size,
			).toBe(1);
		}
	});

	it('is deterministic', () => {
		// Through JSON: check texts are written when read (LazyLabel), and its toJSON gives them.
		expect(JSON.parse(JSON.stringify(analyse(dataset)))).toEqual(
			JSON.parse(JSON.stringify(analysis)),
		);
		const ids = [...analysis.derived, ...analysis.checks].map((x) => x.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
