/** A region's zip: the expected files, deterministic bytes, and CSVs equal to the region's data. */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExportContext } from '../../../src/lib/export/context.ts';
import { regionZipPath } from '../../../src/lib/export/paths.ts';
import {
	regionBundleFiles,
	regionZip,
	zipTimestamp,
} from '../../../src/lib/export/region-bundle.ts';
import { regionBySlug, regionsWithFigures } from '../../../src/lib/export/tables.ts';
import { contentOfRow, csvOf, curatedContext, figureContent, readCsv } from './helpers.ts';

const FILES = [
	'figures.csv',
	'derived.csv',
	'checks.csv',
	'conflicts.csv',
	'metadata.json',
	'README.md',
];

let ctx: ExportContext;
beforeAll(async () => {
	ctx = await curatedContext();
});
const tz = process.env['TZ'];
afterEach(() => {
	process.env['TZ'] = tz;
});

describe('regionsWithFigures', () => {
	it('lists exactly the regions that have figures', () => {
		const codes = new Set(ctx.dataset.figures.map((f) => f.region));
		expect(new Set(regionsWithFigures(ctx).map((r) => r.code))).toEqual(codes);
	});
	it('finds a region by slug and refuses an unknown slug', () => {
		expect(regionBySlug(ctx, 'kabupaten-banyumas').code).toBe('33.02');
		expect(() => regionBySlug(ctx, 'atlantis')).toThrow(
			'no region with figures has the slug atlantis',
		);
	});
});

describe('regionZip', () => {
	it.each(['kabupaten-banyumas', 'kota-malang', 'indonesia'])(
		'%s: files, bytes, contents',
		(slug) => {
			const region = regionBySlug(ctx, slug);
			const zip = regionZip(ctx, region);
			expect(regionZip(ctx, region)).toEqual(zip);

			const files = unzipSync(zip);
			expect(Object.keys(files)).toEqual(FILES);
			const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
			expect(text('figures.csv')).toBe(csvOf(ctx, 'figures', region));

			const mine = ctx.dataset.figures.filter((f) => f.region === region.code);
			expect(mine.length).toBeGreaterThan(0);
			expect(readCsv(text('figures.csv')).rows.map(contentOfRow)).toEqual(mine.map(figureContent));

			const metadata = JSON.parse(text('metadata.json')) as {
				region: { code: string };
				data_version: string;
				sources: { id: string }[];
				citation: { text: string; bibtex: string };
			};
			expect(metadata.region.code).toBe(region.code);
			expect(metadata.data_version).toBe(ctx.dataset.version);
			expect(metadata.sources.map((s) => s.id)).toEqual(
				[...new Set(mine.map((f) => f.sourceId))].sort(),
			);
			expect(metadata.citation.bibtex).toMatch(/^@misc\{pantau-jamsostek-/);

			const readme = text('README.md');
			for (const needle of [
				region.name,
				metadata.citation.text,
				metadata.citation.bibtex,
				'CC-BY-4.0',
				'ODbL',
				'https://github.com/fityannugroho/idn-area-data',
				'| quote | string |',
			]) {
				expect(readme).toContain(needle);
			}
		},
	);
	it('gives the same bytes in any time zone', () => {
		const region = regionBySlug(ctx, 'kota-malang');
		process.env['TZ'] = 'UTC';
		const utc = regionZip(ctx, region);
		process.env['TZ'] = 'Asia/Jakarta';
		expect(regionZip(ctx, region)).toEqual(utc);
		process.env['TZ'] = 'America/Los_Angeles';
		expect(regionZip(ctx, region)).toEqual(utc);
	});
	it('stamps every entry with the data version day, not the clock', () => {
		const stamp = zipTimestamp('2025-11-30');
		expect([stamp.getFullYear(), stamp.getMonth() + 1, stamp.getDate(), stamp.getHours()]).toEqual([
			2025, 11, 30, 12,
		]);
		// A zip's local-header time and date fields (bytes 10–13) hold the DOS date and time.
		const zip = regionZip(ctx, regionBySlug(ctx, 'kota-malang'));
		const view = new DataView(zip.buffer, zip.byteOffset);
		const dosDate = view.getUint16(12, true);
		const version = ctx.dataset.version.split('-').map(Number);
		expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual(version);
	});
	it('bundles the same files as regionBundleFiles', () => {
		const region = regionBySlug(ctx, 'kota-malang');
		expect(Object.keys(regionBundleFiles(ctx, region))).toEqual(FILES);
	});
});

describe('regionZipPath', () => {
	it('gives the URL the static-files writer produces', () => {
		expect(regionZipPath({ slug: 'kota-malang' })).toBe('/data/wilayah/kota-malang.zip');
	});
});
