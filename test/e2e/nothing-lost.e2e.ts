/**
 * Nothing is lost between data/ and what readers get: every figure has its anchor on a
 * page of its region and its row in the downloads, and the counts add up
 * (rows read = figures published + rows rejected).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unescapeSpreadsheetText } from '../../src/lib/export/csv.ts';
import { loadDataset } from '../../src/lib/load/load-dataset.ts';
import { DIST } from './pages.ts';

const { dataset, issues } = await loadDataset('data');

/** The anchors (`id="…"`) of a region's own pages: its page and, if any, its full figures page. */
function regionAnchors(slug: string, prefix: string): Set<string> {
	const ids = new Set<string>();
	for (const page of [
		`${prefix}/wilayah/${slug}/index.html`,
		`${prefix}/wilayah/${slug}/angka/index.html`,
	]) {
		const file = join(DIST, page);
		if (!existsSync(file)) continue;
		for (const m of readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)) ids.add(m[1] ?? '');
	}
	return ids;
}

describe('nothing lost', () => {
	it('data/ is valid and every row read is accounted for', () => {
		expect(issues).toEqual([]);
		const { rowsRead, figuresAccepted, rowsRejected } = dataset.accounting;
		expect(rowsRead).toBe(figuresAccepted + rowsRejected);
		expect(figuresAccepted).toBe(dataset.figures.length);
	});

	it.each(['', '/en'])('every figure has its anchor on its region page (%s)', (prefix) => {
		const missing: string[] = [];
		const bySlug = new Map<string, Set<string>>();
		for (const figure of dataset.figures) {
			const slug = dataset.regions.get(figure.region)?.slug ?? '?';
			if (!bySlug.has(slug)) bySlug.set(slug, regionAnchors(slug, prefix));
			if (!bySlug.get(slug)?.has(figure.id))
				missing.push(`${figure.id} (${figure.location.file}:${figure.location.line})`);
		}
		expect(missing).toEqual([]);
	});

	it('the downloads hold exactly the figures of data/, values and quotes unchanged', () => {
		const zip = unzipSync(readFileSync(join(DIST, 'data/pantau-jamsostek.zip')));
		const csv = Papa.parse<Record<string, string>>(
			strFromU8(zip['figures.csv'] ?? new Uint8Array()),
			{
				header: true,
				skipEmptyLines: true,
			},
		);
		expect(csv.errors).toEqual([]);
		const expected = new Map(dataset.figures.map((f) => [f.id, f]));
		expect(csv.data.length).toBe(dataset.figures.length);
		for (const row of csv.data) {
			const figure = expected.get(row['id'] ?? '');
			expect(figure, `unknown id ${row['id']} in figures.csv`).toBeDefined();
			expect(Number(row['value'])).toBe(figure?.value);
			expect(unescapeSpreadsheetText(row['quote'] ?? '')).toBe(figure?.quote);
		}
		expect(new Set(csv.data.map((r) => r['id'])).size).toBe(dataset.figures.length);
	});
});
