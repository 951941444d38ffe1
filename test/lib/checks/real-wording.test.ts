/**
 * Classes of real article that the seed articles did not show (issue: what real articles need
 * from the data model), on test/fixtures/valid/real-wording/: a share of a base other than the
 * workers in scope, a change of a percentage, two payers for one region, and a plan beside
 * its allocation from another outlet. Quotes are real wording; ids and sources are synthetic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { Analysis, CheckResult } from '../../../src/lib/schema/analysis.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';

let dataset: Dataset;
let analysis: Analysis;

beforeAll(async () => {
	const loaded = await loadDataset('test/fixtures/valid/real-wording');
	expect(loaded.issues).toEqual([]);
	dataset = loaded.dataset;
	analysis = analyse(dataset);
});

const figure = (id: string) => dataset.figures.find((f) => f.id === id);
const checksOf = (rule: string): CheckResult[] => analysis.checks.filter((c) => c.rule === rule);

describe('a share of a stated base (part and whole declared in indicators.csv)', () => {
	it('flags "9,24 persen" of ASN against 974 ÷ 10.345 = 9,415%', () => {
		const [share] = checksOf('share');
		expect(share).toMatchObject({ status: 'mismatch', reported: 9.24 });
		expect(share?.expected).toBeCloseTo((974 / 10345) * 100, 6);
		expect(share?.arithmetic.id).toBe('974 ÷ 10.345 = 9,415%');
	});
	it('does not check a share whose whole the source gives for another period', () => {
		expect(checksOf('share').map((c) => c.reported)).toEqual([9.24]);
	});
});

describe('a change of a percentage ("naik 2,42 persen menjadi 9,24 persen")', () => {
	it('is read in percentage points against the two levels, within the rounding of "7 persen"', () => {
		const [change] = checksOf('level_change');
		expect(change).toMatchObject({ reported: 2.42, status: 'within_rounding' });
		expect(change?.expected).toBeCloseTo(9.24 - 7, 9);
		expect(change?.message.en).toContain('percentage points');
	});
});

describe('two payers for the same workers', () => {
	it('keeps both rows and checks their sum against the total the source gives', () => {
		const payers = dataset.figures
			.filter((f) => f.indicator === 'contribution_aid_participants' && f.region === '64.09')
			.map((f) => f.funding);
		expect(payers).toEqual(expect.arrayContaining(['APBD_KABKOTA', 'APBD_PROV', null]));
		const sums = checksOf('parts_sum');
		expect(sums).toHaveLength(1);
		expect(sums[0]).toMatchObject({ reported: 16000, expected: 16000, status: 'pass' });
		expect(sums[0]?.message.id).toContain('pembayar');
	});
});

describe('a plan beside its allocation', () => {
	it('is neither a conflict nor a change: the stages are paired in words, with dates', () => {
		expect(analysis.conflicts).toEqual([]);
		const budget = analysis.stages.find((s) => s.indicator === 'contribution_aid_budget');
		expect(budget?.figureIds.map((id) => figure(id)?.basis)).toEqual(['planned', 'allocated']);
		expect(budget?.message.id).toContain(
			'rencana sekitar Rp1,008 miliar (Contoh News, Nov 2024) → alokasi Rp3 miliar (Contoh Pos, Mar 2025)',
		);
		expect(budget?.message.en).toContain('not a rise or a fall');
	});
	it('writes reported amounts with the places their source printed', () => {
		const budget = analysis.stages.find((s) => s.indicator === 'contribution_aid_budget');
		expect(budget?.message.en).toContain('about IDR 1.008 billion');
		expect(budget?.message.en).not.toContain('1.01');
	});
});
