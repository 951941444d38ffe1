/**
 * The data diff on two in-memory versions of test/fixtures/valid/basic: one figure's value
 * corrected, one period corrected, one removed, one added, the source's link changed, a new
 * source; warnings from synthetic analyses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { diffAnalysis } from '../../../src/lib/diff/analysis.ts';
import { diffData, isEmptyDiff, type DataVersion } from '../../../src/lib/diff/data-diff.ts';
import { diffFigures } from '../../../src/lib/diff/figures.ts';
import { mdText, renderDiffMarkdown } from '../../../src/lib/diff/markdown.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { Analysis, CheckResult, Conflict } from '../../../src/lib/schema/analysis.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';
import { parsePeriod, type Period } from '../../../src/lib/schema/period.ts';
import { figureId } from '../../../src/lib/schema/series.ts';

const EMPTY: Analysis = { derived: [], checks: [], conflicts: [], stages: [] };
const SOURCE = 'contoh-2025-04-11';

let before: Dataset;
let after: Dataset;

function period(text: string): Period {
	const p = parsePeriod(text);
	if (typeof p === 'string') throw new Error(p);
	return p;
}

/** `f` with other fields; the id follows series, period and source as loadDataset makes it. */
function edited(f: Figure, over: Partial<Figure>): Figure {
	const g = { ...f, ...over };
	return { ...g, id: figureId(g, g.period.text, g.sourceId) };
}

beforeAll(async () => {
	({ dataset: before } = await loadDataset('test/fixtures/valid/basic'));
	const [coverage, active, scope, pu, target, budget] = before.figures;
	if (!coverage || !active || !scope || !pu || !target || !budget)
		throw new Error('fixture changed');
	const source = before.sources.get(SOURCE);
	if (!source) throw new Error('fixture changed');
	after = {
		...before,
		sources: new Map([
			[SOURCE, { ...source, url: 'https://example.org/berita/cakupan-banyumas-2' }],
			['baru-2025-05-01', { ...source, id: 'baru-2025-05-01', title: 'Berita baru | penting' }],
		]),
		figures: [
			{ ...coverage, value: 31.7, quote: 'baru mencapai 31,7 persen' },
			edited(active, { period: period('2025-04') }),
			scope,
			target,
			budget,
			edited(pu, {
				segment: 'BPU',
				value: 35814,
				quote: '35.814 orang pekerja bukan penerima upah',
			}),
		],
	};
});

describe('diffFigures', () => {
	it('matches by id, and pairs a lone removal and addition of one series as a period change', () => {
		const d = diffFigures(before.figures, after.figures);
		expect(d.changed.map((c) => [c.after.indicator, c.fields])).toEqual([
			['coverage_rate', ['value', 'quote']],
			['active_participants', ['period']],
		]);
		expect(d.added.map((f) => [f.indicator, f.segment, f.value])).toEqual([
			['active_participants', 'BPU', 35814],
		]);
		expect(d.removed.map((f) => [f.indicator, f.segment, f.value])).toEqual([
			['active_participants', 'PU', 159475],
		]);
	});

	it('finds nothing between identical versions', () => {
		expect(diffFigures(before.figures, before.figures)).toEqual({
			added: [],
			removed: [],
			changed: [],
		});
		const same = diffData(
			{ dataset: before, analysis: EMPTY },
			{ dataset: before, analysis: EMPTY },
		);
		expect(isEmptyDiff(same)).toBe(true);
		expect(renderDiffMarkdown(same, { ref: 'main' })).toBe(
			'## Data changes compared with `main`\n\nNo changes to the data.\n',
		);
	});
});

const check = (id: string, status: CheckResult['status']): CheckResult => ({
	id,
	rule: 'percent_of_counts',
	severity: status === 'pass' ? 'agrees' : status === 'within_rounding' ? 'rounding' : 'large',
	plain: { id: 'Artikel menyebut x, tetapi y.', en: 'The article gives x, but y.' },
	status,
	region: '33.02',
	sourceIds: [SOURCE],
	reportedId: 'f-x',
	inputIds: [],
	unit: 'percent',
	reported: 31.6,
	expected: 31.36,
	difference: 0.24,
	tolerance: 0.05,
	arithmetic: { id: '214.687 ÷ 684.654 = 31,36%', en: '214,687 / 684,654 = 31.36%' },
	message: { id: 'Tidak cocok.', en: 'The article gives 31.6%, but 214,687 / 684,654 = 31.36%.' },
});
const conflict = (id: string): Conflict => ({
	id,
	region: '33.02',
	indicator: 'coverage_rate',
	period: '2025-03',
	figureIds: ['f-a', 'f-b'],
	message: { id: 'Dua sumber berbeda.', en: 'Two sources differ: 31.6% and 32%.' },
});

describe('diffAnalysis', () => {
	it('reports new and resolved mismatches and conflicts by id and status', () => {
		const old: Analysis = {
			derived: [],
			checks: [
				check('c-1', 'mismatch'),
				check('c-2', 'mismatch'),
				check('c-3', 'pass'),
				check('c-4', 'pass'),
			],
			conflicts: [conflict('k-1')],
			stages: [],
		};
		const now: Analysis = {
			derived: [],
			checks: [
				check('c-1', 'mismatch'),
				check('c-3', 'mismatch'),
				check('c-4', 'within_rounding'),
				check('c-5', 'mismatch'),
			],
			conflicts: [conflict('k-2')],
			stages: [],
		};
		const d = diffAnalysis(old, now);
		expect(d.newMismatches.map((c) => c.id)).toEqual(['c-3', 'c-5']);
		expect(d.resolvedMismatches.map((r) => [r.before.id, r.after?.status])).toEqual([
			['c-2', undefined],
		]);
		expect(d.statusChanges.map((s) => [s.after.id, s.before.status, s.after.status])).toEqual([
			['c-4', 'pass', 'within_rounding'],
		]);
		expect(d.newConflicts.map((k) => k.id)).toEqual(['k-2']);
		expect(d.resolvedConflicts.map((k) => k.id)).toEqual(['k-1']);
	});
});

describe('diffData and its report', () => {
	let version: { old: DataVersion; now: DataVersion };
	beforeAll(() => {
		version = {
			old: { dataset: before, analysis: { ...EMPTY, checks: [check('c-1', 'mismatch')] } },
			now: {
				dataset: after,
				analysis: { ...EMPTY, checks: [check('c-1', 'pass')], conflicts: [conflict('k-9')] },
			},
		};
	});

	it('lists the pages of every region, source and indicator touched', () => {
		const d = diffData(version.old, version.now);
		expect(d.sources.added.map((s) => s.id)).toEqual(['baru-2025-05-01']);
		expect(d.sources.changed.map((c) => [c.after.id, c.fields])).toEqual([[SOURCE, ['url']]]);
		expect(d.pages).toEqual([
			'/wilayah/kabupaten-banyumas/',
			'/sumber/baru-2025-05-01/',
			`/sumber/${SOURCE}/`,
			'/indikator/active_participants/',
			'/indikator/coverage_rate/',
			'/bandingkan/active_participants/',
			'/bandingkan/coverage_rate/',
			'/kualitas-data/',
		]);
	});

	it('renders Markdown grouped by region and source, with warnings and pages', () => {
		const md = renderDiffMarkdown(diffData(version.old, version.now), {
			ref: 'main',
			problems: {
				before: [],
				after: [
					{ file: 'data/sources/x/figures.csv', line: 3, column: 7, message: 'value is empty' },
				],
			},
		});
		const lines = md.split('\n');
		expect(lines.slice(0, 6)).toEqual([
			'## Data changes compared with `main`',
			'',
			'> **Warning:** The changed data has 1 problem; rows with problems are left out of this comparison. Run `npm run check-data`.',
			'> - data/sources/x/figures.csv:3:7: value is empty',
			'',
			'**1 figure added, 1 removed, 2 changed · 1 source added, 0 removed, 1 changed · 0 new mismatches, 1 resolved · 1 new conflict, 0 resolved**',
		]);
		expect(md).toContain(
			'- added `baru-2025-05-01` — Berita baru \\| penting (Contoh News, 2025-04-11)',
		);
		expect(md).toContain(`- changed \`${SOURCE}\`: url`);
		expect(md).toContain(`#### Kabupaten Banyumas (33.02) — source \`${SOURCE}\``);
		expect(md).toMatch(
			/\| changed \| `f-\w+` \| coverage_rate \| {2}\| 2025-03 \| 31\.6 → 31\.7 \| cakupan .* → baru mencapai 31,7 persen \|/,
		);
		expect(md).toMatch(
			/\| changed \| `f-\w+` \| active_participants \| {2}\| 2025-03 → 2025-04 \| approx 214687 \|/,
		);
		expect(md).toMatch(/\| added \| `f-\w+` \| active_participants \| BPU \| 2025-03 \| 35814 \|/);
		expect(md).toMatch(
			/\| removed \| `f-\w+` \| active_participants \| PU \| 2025-03 \| 159475 \|/,
		);
		expect(md).toContain(
			'Resolved mismatches:\n\n- `c-1` Kabupaten Banyumas (33.02), percent_of_counts: The article gives 31.6%, but 214,687 / 684,654 = 31.36%. — now pass',
		);
		expect(md).toContain(
			'New conflicts:\n\n- `k-9` Kabupaten Banyumas (33.02), coverage_rate 2025-03: Two sources differ: 31.6% and 32%.',
		);
		expect(md).toContain(
			'### Pages affected\n\nEach also under `/en/`.\n\n- /wilayah/kabupaten-banyumas/',
		);
	});

	it('escapes Markdown in quotes and titles', () => {
		expect(mdText('a | b *c* [d](e) <script>\n`f`')).toBe(
			'a \\| b \\*c\\* \\[d\\](e) \\<script\\> \\`f\\`',
		);
	});
});
