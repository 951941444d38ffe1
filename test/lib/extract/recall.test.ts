/**
 * Recall of the extractor on the five seed articles: for every figure curated from
 * an article, some candidate must carry the same value and a quote containing the number as
 * the curated quote prints it. Prints recall per article and overall; asserts ≥ 0.9 overall.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCandidates, type Candidate } from '../../../src/lib/extract/candidates.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import { quoteStatesValue } from '../../../src/lib/parse/indonesian-number.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';

const ARTICLES = 'test/fixtures/articles';
/** Seed article → the source curated from it (see test/fixtures/articles/README.md). */
const SEEDS: [file: string, sourceId: string][] = [
	['000-kupastuntas-2025-10-31.txt', 'kupastuntas-2025-10-31'],
	['001-liputan6-2025-11-29.txt', 'liputan6-2025-11-29'],
	['002-bidiknasional-2024-11-13.txt', 'bidiknasional-2024-11-13'],
	['003-insidepontianak-2024-11-15.txt', 'insidepontianak-2024-11-15'],
	['004-banyumas-ucj-2025.txt', 'banyumas-ucj-2025'],
];

const sameValue = (a: number, b: number) =>
	Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

let dataset: Dataset;
const results = new Map<string, { candidates: Candidate[]; figures: Figure[] }>();

beforeAll(async () => {
	({ dataset } = await loadDataset('test/fixtures/valid/seeds'));
	for (const [file, sourceId] of SEEDS) {
		const text = readFileSync(join(ARTICLES, file), 'utf8');
		const { candidates } = extractCandidates(text, {
			regions: dataset.regions,
			indicators: dataset.indicators,
		});
		results.set(sourceId, {
			candidates,
			figures: dataset.figures.filter((f) => f.sourceId === sourceId),
		});
	}
});

/** The number as the curated quote prints it ("Rp 5,3 miliar", "belum ada"). */
function printed(f: Figure): string {
	const unit = dataset.indicators.get(f.indicator)?.unit ?? 'count';
	return quoteStatesValue(f.quote, f.value, unit)?.raw ?? String(f.value);
}

/** Columns compared, for information, between a found candidate and its curated row. */
const FIELDS = [
	'region',
	'indicator',
	'segment',
	'program',
	'funding',
	'level',
	'basis',
	'plan',
	'period',
	'qualifier',
] as const;

/** The curated row's cell for a column, as the draft writes it. */
function cell(f: Figure, field: (typeof FIELDS)[number]): string {
	if (field === 'period') return f.period.text;
	if (field === 'basis') return f.basis === 'actual' ? '' : f.basis;
	return f[field] ?? '';
}

function match(f: Figure, candidates: readonly Candidate[]): Candidate | undefined {
	const raw = printed(f);
	const found = candidates.filter((c) => sameValue(c.value, f.value) && c.quote.includes(raw));
	return found.find((c) => c.indicator === f.indicator) ?? found[0];
}

describe('extract recall on the seed articles', () => {
	it('finds at least 90% of the curated figures with value and number as printed', () => {
		let total = 0;
		let hits = 0;
		let indicatorHits = 0;
		const agree = new Map<string, number>(FIELDS.map((k) => [k, 0]));
		const lines: string[] = [];
		for (const [, sourceId] of SEEDS) {
			const { candidates, figures } = results.get(sourceId) ?? { candidates: [], figures: [] };
			expect(figures.length, sourceId).toBeGreaterThan(0);
			const missed: string[] = [];
			let found = 0;
			let right = 0;
			for (const f of figures) {
				const c = match(f, candidates);
				if (c === undefined) missed.push(`${f.indicator}=${f.value} «${printed(f)}»`);
				else found++;
				if (c?.indicator === f.indicator) right++;
				for (const k of FIELDS) if (c && c[k] === cell(f, k)) agree.set(k, (agree.get(k) ?? 0) + 1);
			}
			total += figures.length;
			hits += found;
			indicatorHits += right;
			lines.push(
				`  ${sourceId}: ${found}/${figures.length} = ${(found / figures.length).toFixed(3)}` +
					` (indicator also right: ${right}); ${candidates.length} candidates` +
					(missed.length > 0 ? `; missed ${missed.join(', ')}` : ''),
			);
		}
		console.log(
			[
				'extract recall per article:',
				...lines,
				`  overall: ${hits}/${total} = ${(hits / total).toFixed(3)}; indicator also right: ${indicatorHits}/${total} = ${(indicatorHits / total).toFixed(3)}`,
				`  columns agreeing with the curated row: ${[...agree].map(([k, n]) => `${k} ${n}`).join(', ')} (of ${total})`,
			].join('\n'),
		);
		expect(hits / total).toBeGreaterThanOrEqual(0.9);
	});

	it('proposes quotes that check-data reads the value from', () => {
		for (const [sourceId, { candidates }] of results) {
			for (const c of candidates) {
				const unit = dataset.indicators.get(c.indicator)?.unit;
				if (unit === undefined) continue;
				expect(quoteStatesValue(c.quote, c.value, unit), `${sourceId}: ${c.quote}`).toBeDefined();
			}
		}
	});

	it('proposes no years, times, view counters or legal citations', () => {
		const candidates = [...results.values()].flatMap((r) => r.candidates);
		// Years, "52" (view counter), "PP 44/2015", "SE Nomor 37 Tahun 2022", "Nomor 2 Tahun 2021"…
		for (const value of [2015, 2021, 2022, 2023, 2024, 2025, 2045, 52, 44, 37]) {
			expect(
				candidates.map((c) => c.value),
				String(value),
			).not.toContain(value);
		}
		expect(candidates.filter((c) => /WIB|ago/.test(c.quote))).toEqual([]);
	});
});
