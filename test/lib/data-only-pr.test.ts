/**
 * A maintainer's data-only pull request must pass CI: whatever valid sources data/ holds, one
 * more valid source (test/fixtures/extra-source/, SYNTHETIC) appended to a copy of it loads
 * without issues, counts every row, is analysed, and gets region pages and routes like every
 * other. Assertions are properties that hold for any valid data, never data/'s contents.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/analyse.ts';
import { defaultDataDir, loadDataset } from '../../src/lib/load/load-dataset.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/page-data/site-index.ts';
import { regionFiguresPathsOf, regionPathsOf, sourcePathsOf } from '../../src/lib/routes.ts';
import type { Dataset } from '../../src/lib/schema/dataset.ts';

const EXTRA = 'contoh-2025-09-30';
let dir: string;
let before: Dataset;
let after: Dataset;
let index: SiteIndex;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pantau-data-pr-'));
	cpSync(defaultDataDir(), dir, { recursive: true });
	cpSync(`test/fixtures/extra-source/${EXTRA}`, join(dir, 'sources', EXTRA), { recursive: true });
	before = (await loadDataset(defaultDataDir())).dataset;
	const loaded = await loadDataset(dir);
	expect(loaded.issues).toEqual([]);
	after = loaded.dataset;
	index = buildSiteIndex({ dataset: after, analysis: analyse(after) });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data/ with one more valid source', () => {
	it('publishes every row: rows read = figures accepted + rows rejected, none rejected', () => {
		const { rowsRead, figuresAccepted, rowsRejected } = after.accounting;
		expect(rowsRead).toBe(figuresAccepted + rowsRejected);
		expect(rowsRejected).toBe(0);
		expect(figuresAccepted).toBe(before.accounting.figuresAccepted + 4);
		expect(after.sources.size).toBe(before.sources.size + 1);
	});

	it('gives the new source a page and its region a page with its figures', () => {
		expect(sourcePathsOf(index, 'id').some((p) => p.params.id === EXTRA)).toBe(true);
		const region = regionPathsOf(index, 'id').find((p) => p.props.page.region.code === '64.09');
		const ids = region?.props.page.figures.map((f) => f.sourceId) ?? [];
		expect(ids).toContain(EXTRA);
		expect(
			regionFiguresPathsOf(index, 'en').some((p) => p.props.page.region.code === '64.09'),
		).toBe(true);
	});

	it('checks the new payers against their total like any other source', () => {
		const sums = index.analysis.checks.filter(
			(c) => c.rule === 'parts_sum' && c.sourceIds.includes(EXTRA),
		);
		expect(sums.map((c) => [c.reported, c.expected, c.status])).toEqual([[16000, 16000, 'pass']]);
	});
});
