/**
 * Measuring `extract`: the corpus split, scoring proposals against truth rows, the totals and
 * the reports, on tiny in-memory cases (the corpus itself is only read by eval-extract).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	corpusHalf,
	evaluateCorpus,
	parseCorpusIds,
	scoreArticle,
	tally,
	wrongLabel,
	type ArticleScore,
	type Evaluation,
	type Proposal,
	type Row,
} from '../../../src/lib/extract/evaluate.ts';
import { evaluationJson, formatEvaluation } from '../../../src/lib/extract/evaluate-report.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';

describe('corpusHalf', () => {
	/** [source id, first hex digit of its SHA-256, half] */
	const cases: [string, string, 'tuning' | 'held-out'][] = [
		['x6', '0', 'held-out'],
		['x5', '2', 'held-out'],
		['x4', '7', 'held-out'],
		['x2', '8', 'tuning'],
		['x10', '9', 'tuning'],
		['a', 'c', 'tuning'],
		['x11', 'f', 'tuning'],
		['kupastuntas-2025-10-31', '2', 'held-out'],
		['banyumas-ucj-2025', 'a', 'tuning'],
	];
	const firstCorpus = new Set(cases.map(([id]) => id));
	it.each(cases)('%s (sha256 %s…) is %s', (id, _, half) => {
		expect(corpusHalf(id, firstCorpus)).toBe(half);
	});
	it('puts an article outside the first corpus in the second held-out set, whatever its hash', () => {
		expect(corpusHalf('a', new Set(['x6']))).toBe('held-out-2');
		expect(corpusHalf('x6', new Set(['a']))).toBe('held-out-2');
	});
});

describe('parseCorpusIds', () => {
	it('reads one id per line, skipping comments and blank lines', () => {
		expect([...parseCorpusIds('# frozen\r\nb-2025\n\n  a-2024 \n')]).toEqual(['b-2025', 'a-2024']);
	});
});

const truthRow = (over: Partial<Row> = {}): Row => ({
	value: 31.6,
	indicator: 'coverage_rate',
	region: '33.02',
	period: '2025-03',
	quote: 'q',
	...over,
});
const proposal = (over: Partial<Proposal> = {}): Proposal => ({
	...truthRow(),
	confidence: 0.9,
	...over,
});

/** A score in short form: counts and the label of every wrong proposal, in text order. */
const short = (s: ArticleScore) => ({
	right: s.right,
	misses: s.misses.length,
	high: s.high,
	highRight: s.highRight,
	wrong: s.wrong.map(wrongLabel),
});

describe('scoreArticle', () => {
	/** [what, proposals, truth rows, expected] */
	const cases: [string, Proposal[], Row[], ReturnType<typeof short>][] = [
		[
			'all four fields equal: right',
			[proposal()],
			[truthRow()],
			{ right: 1, misses: 0, high: 1, highRight: 1, wrong: [] },
		],
		[
			'values equal up to float noise',
			[proposal({ value: 0.1 + 0.2 })],
			[truthRow({ value: 0.3 })],
			{ right: 1, misses: 0, high: 1, highRight: 1, wrong: [] },
		],
		[
			'other columns (quote) do not count',
			[proposal({ quote: 'another clause' })],
			[truthRow()],
			{ right: 1, misses: 0, high: 1, highRight: 1, wrong: [] },
		],
		[
			'wrong indicator',
			[proposal({ indicator: 'active_participants' })],
			[truthRow()],
			{ right: 0, misses: 1, high: 1, highRight: 0, wrong: ['indicator'] },
		],
		[
			'wrong region and period',
			[proposal({ region: '33', period: '2025-04-11', confidence: 0.5 })],
			[truthRow()],
			{ right: 0, misses: 1, high: 0, highRight: 0, wrong: ['region + period'] },
		],
		[
			'all three wrong',
			[proposal({ indicator: 'x', region: '', period: '2024' })],
			[truthRow()],
			{ right: 0, misses: 1, high: 1, highRight: 0, wrong: ['indicator + region + period'] },
		],
		[
			'value not in truth',
			[proposal({ value: 31.7 })],
			[truthRow()],
			{ right: 0, misses: 1, high: 1, highRight: 0, wrong: ['value not in truth'] },
		],
		[
			'counted against the closest row with the value',
			[proposal({ period: '2025' })],
			[truthRow({ indicator: 'x', period: '2024' }), truthRow({ period: '2024' })],
			{ right: 0, misses: 2, high: 1, highRight: 0, wrong: ['period'] },
		],
		[
			'each truth row matched once: the surer copy is right, the other a duplicate',
			[proposal({ confidence: 0.6 }), proposal({ confidence: 0.9 })],
			[truthRow()],
			{ right: 1, misses: 0, high: 1, highRight: 1, wrong: ['duplicate'] },
		],
		[
			'two truth rows alike (other breakdowns): two proposals both right',
			[proposal(), proposal({ confidence: 0.4 })],
			[truthRow(), truthRow({ quote: 'PU' })],
			{ right: 2, misses: 0, high: 1, highRight: 1, wrong: [] },
		],
		[
			'no proposals: every row missed',
			[],
			[truthRow(), truthRow({ value: 5 })],
			{ right: 0, misses: 2, high: 0, highRight: 0, wrong: [] },
		],
		[
			'no truth rows: every proposal has a value not in truth',
			[proposal(), proposal({ value: 2 })],
			[],
			{
				right: 0,
				misses: 0,
				high: 2,
				highRight: 0,
				wrong: ['value not in truth', 'value not in truth'],
			},
		],
		[
			'confidence 0.8 exactly counts as sure',
			[proposal({ confidence: 0.8 }), proposal({ value: 1, confidence: 0.79 })],
			[truthRow()],
			{ right: 1, misses: 0, high: 1, highRight: 1, wrong: ['value not in truth'] },
		],
	];
	it.each(cases)('%s', (_, proposals, truth, expected) => {
		expect(short(scoreArticle('x', proposals, truth, 'tuning'))).toEqual(expected);
	});

	it('lists wrong proposals in text order and names the row they were closest to', () => {
		const s = scoreArticle(
			'x',
			[proposal({ value: 7, confidence: 0.2 }), proposal({ period: '2025', confidence: 0.9 })],
			[truthRow()],
			'tuning',
		);
		expect(s.wrong.map((w) => w.proposal.value)).toEqual([7, 31.6]);
		expect(s.wrong[1]).toMatchObject({ kind: 'fields', fields: ['period'], closest: truthRow() });
	});
});

const score = (over: Partial<ArticleScore>): ArticleScore => ({
	sourceId: 'x',
	half: 'tuning',
	truth: 0,
	proposals: 0,
	right: 0,
	high: 0,
	highRight: 0,
	misses: [],
	wrong: [],
	...over,
});

describe('tally', () => {
	it('adds up articles, with precision and recall as ratios', () => {
		const a = scoreArticle(
			'a',
			[proposal(), proposal({ value: 9 })],
			[truthRow(), truthRow({ value: 5 })],
			'tuning',
		);
		const b = scoreArticle(
			'b',
			[proposal({ indicator: 'x', confidence: 0.3 })],
			[truthRow()],
			'tuning',
		);
		const t = tally([a, b]);
		expect(t).toMatchObject({
			articles: 2,
			truth: 3,
			proposals: 3,
			right: 1,
			precision: { count: 1, of: 3 },
			recall: { count: 1, of: 3 },
			high: { proposals: 2, right: 1, precision: { count: 1, of: 2, value: 0.5 } },
		});
		expect(t.precision.value).toBeCloseTo(1 / 3);
		expect(t.wrong).toMatchObject({ indicator: 1, 'value not in truth': 1, duplicate: 0 });
		expect(Object.values(t.wrong).reduce((n, k) => n + k, 0)).toBe(t.proposals - t.right);
	});

	it('gives no precision without proposals and no recall without truth rows (missing, not zero)', () => {
		const t = tally([score({ truth: 0, proposals: 0 })]);
		expect(t.precision.value).toBeNull();
		expect(t.recall.value).toBeNull();
		expect(t.high.precision.value).toBeNull();
		expect(tally([]).articles).toBe(0);
	});
});

// The first call loads the extractor's rules: seconds on a busy machine, not a hang.
describe('evaluateCorpus', { timeout: 20_000 }, () => {
	const FIRST = new Set(['contoh-2025-04-11']);
	let dataset: Dataset;
	beforeAll(async () => {
		({ dataset } = await loadDataset('test/fixtures/valid/basic'));
	});

	it("runs extract with the source's published date and scores against its figures", () => {
		const e = evaluateCorpus(
			[
				{
					sourceId: 'contoh-2025-04-11',
					text: '\uFEFFCakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Banyumas baru mencapai 31,6 persen.',
				},
				{ sourceId: 'tidak-ada-2025-01-01', text: 'Sebanyak 12 peserta.' },
			],
			dataset,
			FIRST,
		);
		expect(e.skipped).toEqual([
			{
				sourceId: 'tidak-ada-2025-01-01',
				reason: 'its source.json did not load (run npm run check-data)',
			},
		]);
		const [s] = e.scores;
		expect(s).toMatchObject({
			sourceId: 'contoh-2025-04-11',
			half: 'held-out',
			truth: 6,
			right: 0,
		});
		// Without a date in the text, a stock is as of the month of the published date 2025-04-11.
		expect(s?.wrong.map((w) => [wrongLabel(w), w.proposal.period])).toEqual([
			['period', '2025-04'],
		]);
	});

	it('matches a proposal that gets all four fields right', () => {
		const e = evaluateCorpus(
			[
				{
					sourceId: 'contoh-2025-04-11',
					text: 'Hingga Maret 2025, cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Banyumas baru mencapai 31,6 persen.',
				},
			],
			dataset,
			FIRST,
		);
		expect(e.scores[0]).toMatchObject({ right: 1, proposals: 1 });
	});
});

describe('the reports', () => {
	const wrongTuning = scoreArticle(
		'tuning-article',
		[proposal({ period: '2025' })],
		[truthRow()],
		'tuning',
	);
	const heldOut = scoreArticle(
		'held-out-article',
		[proposal(), proposal({ value: 3, quote: 'held-out quote' })],
		[truthRow()],
		'held-out',
	);
	const sealed = scoreArticle(
		'sealed-article',
		[proposal({ value: 7, quote: 'sealed quote' })],
		[truthRow()],
		'held-out-2',
	);
	const e: Evaluation = {
		scores: [wrongTuning, heldOut, sealed],
		skipped: [{ sourceId: 'lost', reason: 'no data/sources/lost/ folder' }],
	};

	it('prints totals per half and overall, and wrong proposals by label', () => {
		const text = formatEvaluation(e, { half: 'all', verbose: false, corpus: 'corpus' });
		const lines = text.split('\n');
		expect(lines[0]).toBe('extract measured on corpus: 3 articles scored, 1 skipped.');
		expect(lines.find((l) => l.startsWith('tuning'))).toMatch(
			/^tuning\s+1\s+1\s+1\s+0\s+0\.0% \(0\/1\)\s+0\.0% \(0\/1\)\s+1\s+0\.0% \(0\/1\)$/,
		);
		expect(lines.find((l) => l.startsWith('held-out '))).toMatch(
			/^held-out\s+1\s+1\s+2\s+1\s+50\.0% \(1\/2\)\s+100\.0% \(1\/1\)\s+2\s+50\.0% \(1\/2\)$/,
		);
		expect(lines.find((l) => l.startsWith('held-out-2'))).toMatch(
			/^held-out-2\s+1\s+1\s+1\s+0\s+0\.0% \(0\/1\)/,
		);
		expect(lines.find((l) => l.startsWith('all'))).toMatch(
			/^all\s+3\s+3\s+4\s+1\s+25\.0% \(1\/4\)/,
		);
		expect(lines.find((l) => l.startsWith('period'))).toMatch(/^period\s+1\s+0\s+0\s+1$/);
		expect(lines.find((l) => l.startsWith('value not in truth'))).toMatch(/\s+0\s+1\s+1\s+2$/);
		expect(text).toContain('  lost: no data/sources/lost/ folder');
		expect(text).not.toContain('Articles:');
	});

	it('prints "–" for a precision with nothing to divide', () => {
		const text = formatEvaluation(
			{ scores: [score({ truth: 2, misses: [truthRow(), truthRow()] })], skipped: [] },
			{ half: 'tuning', verbose: false, corpus: 'c' },
		);
		expect(text.split('\n').find((l) => l.startsWith('tuning'))).toMatch(
			/\s–\s+0\.0% \(0\/2\)\s+0\s+–$/,
		);
	});

	it('lists first-corpus articles of the chosen half when verbose, never the sealed ones', () => {
		for (const half of ['all', 'tuning', 'held-out', 'held-out-2'] as const) {
			const text = formatEvaluation(e, { half, verbose: half !== 'held-out-2', corpus: 'c' });
			const json = evaluationJson(e, { half, verbose: half !== 'held-out-2', corpus: 'c' });
			for (const out of [text, json]) {
				expect(out).not.toContain('sealed-article');
				expect(out).not.toContain('sealed quote');
			}
		}
		const tuning = formatEvaluation(e, { half: 'tuning', verbose: true, corpus: 'c' });
		expect(tuning).not.toContain('held-out-article');
		const heldOutOnly = formatEvaluation(e, { half: 'held-out', verbose: true, corpus: 'c' });
		expect(heldOutOnly).toContain('  held-out-article: 1 truth rows, 2 proposals, 1 right');
		expect(heldOutOnly).not.toContain('tuning-article');
		const text = formatEvaluation(e, { half: 'all', verbose: true, corpus: 'c' });
		expect(text).toContain(
			'  tuning-article: 1 truth rows, 1 proposals, 0 right\n' +
				'    missed: coverage_rate 33.02 2025-03 = 31.6 «q»\n' +
				'    wrong (period): coverage_rate 33.02 2025 = 31.6; truth coverage_rate 33.02 2025-03 = 31.6; confidence 0.90 «q»\n',
		);
		expect(text).toContain('(held-out-2 articles are not listed)');
	});

	it('gives the chosen half as JSON', () => {
		const json = JSON.parse(evaluationJson(e, { half: 'held-out', verbose: false, corpus: 'c' }));
		expect(Object.keys(json.halves)).toEqual(['held-out']);
		expect(json.halves['held-out']).toMatchObject({ articles: 1, right: 1, proposals: 2 });
		expect(json).not.toHaveProperty('articles');
	});
});
