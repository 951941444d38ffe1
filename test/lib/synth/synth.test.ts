/**
 * The synthetic national data set (src/lib/synth): valid, deterministic, marked SYNTHETIC,
 * and its planted mismatches and conflicts are exactly what analyse() finds.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { Analysis } from '../../../src/lib/schema/analysis.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';
import type { Region } from '../../../src/lib/schema/region.ts';
import {
	generateSynthetic,
	type SynthManifest,
	type SynthOptions,
	type SynthSource,
} from '../../../src/lib/synth/generate.ts';
import { syntheticRegions } from '../../../src/lib/synth/write.ts';

let regions: Region[];
let options: SynthOptions;
let sources: SynthSource[];
let manifest: SynthManifest;
let dir: string;
let dataset: Dataset;
let analysis: Analysis;

/** Sources whose coverage was planted 3 points off: the ones with a conflicting `-b` twin. */
const plantedIds = () =>
	sources.filter((s) => s.id.endsWith('-b')).map((s) => s.id.slice(0, -'-b'.length));

beforeAll(async () => {
	regions = await syntheticRegions();
	// One source in ten is planted, so a small set still has several of each.
	options = { regions, firstYear: 2015, years: 10, maxFigures: 3000, seed: 7, plantEvery: 10 };
	({ sources, manifest } = generateSynthetic(options));
	dir = mkdtempSync(join(tmpdir(), 'pantau-synth-test-'));
	copyFileSync('data/indicators.csv', join(dir, 'indicators.csv'));
	copyFileSync('data/areas.csv', join(dir, 'areas.csv'));
	for (const source of sources) {
		mkdirSync(join(dir, 'sources', source.id), { recursive: true });
		writeFileSync(join(dir, 'sources', source.id, 'source.json'), source.json);
		writeFileSync(join(dir, 'sources', source.id, 'figures.csv'), source.csv);
	}
	const loaded = await loadDataset(dir);
	expect(loaded.issues).toEqual([]);
	dataset = loaded.dataset;
	analysis = analyse(dataset);
});

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('generateSynthetic', () => {
	it('writes about the figures asked for, all accepted by loadDataset', () => {
		expect(manifest.figures).toBeGreaterThanOrEqual(3000);
		expect(manifest.figures).toBeLessThan(3100);
		expect(manifest.sources).toBe(sources.length);
		expect(dataset.figures).toHaveLength(manifest.figures);
		expect(dataset.accounting).toEqual({
			rowsRead: manifest.figures,
			figuresAccepted: manifest.figures,
			rowsRejected: 0,
		});
	});

	it('is deterministic for a seed, and another seed gives other values', () => {
		const again = generateSynthetic(options);
		expect(again.manifest).toEqual(manifest);
		expect(again.sources.map((s) => s.json + s.csv).join('\n')).toBe(
			sources.map((s) => s.json + s.csv).join('\n'),
		);
		const other = generateSynthetic({ ...options, seed: 8 });
		expect(other.sources.map((s) => s.csv)).not.toEqual(sources.map((s) => s.csv));
	});

	it('marks every source SYNTHETIC', () => {
		for (const source of sources)
			expect((JSON.parse(source.json) as { title: string }).title).toContain('SYNTHETIC');
		for (const source of dataset.sources.values()) expect(source.title).toContain('SYNTHETIC');
	});

	it('plants mismatches and conflicts in one source in `plantEvery`', () => {
		expect(manifest.plantedMismatches).toBeGreaterThanOrEqual(5);
		expect(manifest.plantedConflicts).toBe(manifest.plantedMismatches);
		expect(plantedIds()).toHaveLength(manifest.plantedMismatches);
	});
});

describe('analyse() on the synthetic set', () => {
	it('finds exactly the planted mismatches: coverage rates of the planted sources', () => {
		const mismatches = analysis.checks.filter((c) => c.status === 'mismatch');
		expect(mismatches).toHaveLength(manifest.plantedMismatches);
		expect(mismatches.every((c) => c.rule === 'coverage_rate')).toBe(true);
		expect(mismatches.map((c) => c.sourceIds).sort()).toEqual(
			plantedIds()
				.map((id) => [id])
				.sort(),
		);
		// The planted rate is 3 points above what its own counts give.
		for (const c of mismatches) expect(c.difference).toBeCloseTo(3, 1);
	});

	it('finds exactly the planted conflicts: each planted source against its twin', () => {
		expect(analysis.conflicts).toHaveLength(manifest.plantedConflicts);
		const pairs = analysis.conflicts.map((k) =>
			k.figureIds.map((id) => dataset.figures.find((f) => f.id === id)?.sourceId).sort(),
		);
		expect(pairs.sort()).toEqual(
			plantedIds()
				.map((id) => [id, `${id}-b`])
				.sort(),
		);
		expect(analysis.conflicts.every((k) => k.indicator === 'active_participants')).toBe(true);
	});

	it('finds every other check agreeing (coverage rates printed to two decimals may round)', () => {
		const others = analysis.checks.filter((c) => c.status !== 'mismatch');
		expect(others.length).toBeGreaterThan(manifest.plantedMismatches);
		for (const c of others) {
			if (c.status === 'pass') continue;
			expect(c.status).toBe('within_rounding');
			expect(c.rule).toBe('coverage_rate');
		}
	});
});
