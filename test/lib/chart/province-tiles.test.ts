/** The tile map's layout data: every province once, in its own cell, with real codes. */
import { describe, expect, it } from 'vitest';
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS } from '../../../src/lib/chart/province-tiles.ts';
import { realDataset, must } from './fixture.ts';

describe('PROVINCE_TILES', () => {
	it('has 38 provinces with unique codes and abbreviations', () => {
		expect(PROVINCE_TILES).toHaveLength(38);
		expect(new Set(PROVINCE_TILES.map((t) => t.code)).size).toBe(38);
		expect(new Set(PROVINCE_TILES.map((t) => t.abbr)).size).toBe(38);
	});

	it('puts every tile in its own cell of the grid', () => {
		expect(new Set(PROVINCE_TILES.map((t) => `${t.col},${t.row}`)).size).toBe(38);
		for (const t of PROVINCE_TILES) {
			expect(t.col).toBeGreaterThanOrEqual(0);
			expect(t.col).toBeLessThan(TILE_COLUMNS);
			expect(t.row).toBeGreaterThanOrEqual(0);
			expect(t.row).toBeLessThan(TILE_ROWS);
		}
	});

	it('uses exactly the provinces of idn-area-data, including the new Papua provinces', async () => {
		const { regions } = await realDataset();
		const provinces = [...regions.values()].filter((r) => r.kind === 'province').map((r) => r.code);
		expect(PROVINCE_TILES.map((t) => t.code).sort()).toEqual(provinces.sort());
		for (const code of ['91', '92', '93', '94', '95', '96']) {
			expect(PROVINCE_TILES.some((t) => t.code === code)).toBe(true);
		}
	});

	it('runs west to east: Aceh first, Papua last, Java south of Kalimantan', () => {
		const at = new Map(PROVINCE_TILES.map((t) => [t.code, t]));
		const maxCol = Math.max(...PROVINCE_TILES.map((t) => t.col));
		expect(must(at.get('11')).col).toBe(0);
		expect(must(at.get('91')).col).toBe(maxCol);
		expect(must(at.get('32')).row).toBeGreaterThan(must(at.get('61')).row);
	});
});
