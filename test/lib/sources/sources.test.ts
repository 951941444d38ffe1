/** Source ids, URL comparison and the plan of a new source (no disk access). */
import { describe, expect, it } from 'vitest';
import type { ExistingSource } from '../../../src/lib/sources/existing.ts';
import { comparableUrl, sourceWithUrl } from '../../../src/lib/sources/existing.ts';
import {
	FIGURES_HEADER,
	planNewSource,
	type NewSourceInput,
} from '../../../src/lib/sources/create-source.ts';
import { newSourceId, publisherSlug } from '../../../src/lib/sources/source-id.ts';

describe('publisherSlug', () => {
	const cases: [string, string][] = [
		['Kupastuntas.co', 'kupastuntas'],
		['Liputan6.com', 'liputan6'],
		['Bidiknasional.com', 'bidiknasional'],
		['Insidepontianak.com', 'insidepontianak'],
		['www.detik.com', 'detik'],
		['https://radarmalang.jawapos.com/', 'radarmalang-jawapos'],
		['jatim.antaranews.com', 'jatim-antaranews'],
		['Kompas.co.id', 'kompas'],
		['Radar Malang (Jawapos.com)', 'radar-malang-jawapos'],
		['Pemerintah Kabupaten Trenggalek', 'pemerintah-kabupaten-trenggalek'],
		['BPS', 'bps'],
		['Tempo.co', 'tempo'],
		['—', ''],
	];
	for (const [publisher, slug] of cases) {
		it(`${publisher} → ${slug || '(empty)'}`, () => expect(publisherSlug(publisher)).toBe(slug));
	}
});

describe('newSourceId', () => {
	it('joins slug and published date', () => {
		expect(newSourceId('Kupastuntas.co', '2025-10-31', new Set())).toBe('kupastuntas-2025-10-31');
		expect(newSourceId('Kompas.com', '2025', new Set())).toBe('kompas-2025');
	});
	it('adds -2, -3 when the id is taken', () => {
		const taken = new Set(['kupastuntas-2025-10-31', 'kupastuntas-2025-10-31-2']);
		expect(newSourceId('Kupastuntas.co', '2025-10-31', taken)).toBe('kupastuntas-2025-10-31-3');
	});
	it('refuses a publisher without letters and a malformed date', () => {
		expect(() => newSourceId('…', '2025-10-31', new Set())).toThrow('has no letters or digits');
		expect(() => newSourceId('Kompas', '31/10/2025', new Set())).toThrow(
			'is not a valid source id',
		);
	});
});

describe('comparableUrl', () => {
	const cases: [string, string][] = [
		['https://www.Example.org/a/b/', 'example.org/a/b'],
		['http://example.org/a/b#top', 'example.org/a/b'],
		['https://example.org/a?utm_source=wa&id=3', 'example.org/a?id=3'],
		['not a url', 'not a url'],
	];
	for (const [url, key] of cases) it(url, () => expect(comparableUrl(url)).toBe(key));
});

const EXISTING: ExistingSource[] = [
	{
		id: 'kupastuntas-2025-10-31',
		file: 'data/sources/kupastuntas-2025-10-31/source.json',
		url: 'https://kupastuntas.co/a',
	},
	{
		id: 'liputan6-2025-11-29',
		file: 'data/sources/liputan6-2025-11-29/source.json',
		archivedUrl: 'https://web.archive.org/web/2025/https://liputan6.com/b',
	},
];

const INPUT: NewSourceInput = {
	title: 'Judul artikel',
	publisher: 'Kupastuntas.co',
	published: '2025-10-31',
	accessed: '2025-11-30',
	language: 'id',
	kind: 'news',
	url: 'https://kupastuntas.co/baru',
};

describe('sourceWithUrl', () => {
	it('finds a url or an archived_url', () => {
		expect(sourceWithUrl(EXISTING, 'https://www.kupastuntas.co/a/')?.source.id).toBe(
			'kupastuntas-2025-10-31',
		);
		expect(
			sourceWithUrl(EXISTING, 'https://web.archive.org/web/2025/https://liputan6.com/b')?.field,
		).toBe('archived_url');
		expect(sourceWithUrl(EXISTING, 'https://kupastuntas.co/b')).toBeUndefined();
	});
});

describe('planNewSource', () => {
	it('numbers the id past existing ones and writes the header', () => {
		const plan = planNewSource(INPUT, EXISTING);
		expect(plan).toMatchObject({
			ok: true,
			id: 'kupastuntas-2025-10-31-2',
			figuresCsv: FIGURES_HEADER,
		});
		if (!plan.ok) return;
		expect(plan.sourceJson.startsWith('{\n\t"title": "Judul artikel",\n\t"publisher"')).toBe(true);
		expect(plan.sourceJson.endsWith('}\n')).toBe(true);
	});

	it('accepts a source without url when a note says why', () => {
		const noUrl: NewSourceInput = { ...INPUT };
		delete noUrl.url;
		expect(planNewSource({ ...noUrl, note: 'Printed edition only.' }, [])).toMatchObject({
			ok: true,
			id: 'kupastuntas-2025-10-31',
		});
		expect(planNewSource(noUrl, [])).toEqual({
			ok: false,
			errors: [
				'url: url is missing — add an https:// url, or a note saying why the source has none',
			],
		});
	});

	it('refuses a known url, naming the source', () => {
		expect(planNewSource({ ...INPUT, url: 'https://kupastuntas.co/a' }, EXISTING)).toEqual({
			ok: false,
			errors: [
				'https://kupastuntas.co/a is already a source: kupastuntas-2025-10-31 (url in data/sources/kupastuntas-2025-10-31/source.json) — add the figures to that source instead of creating a new one',
			],
		});
	});

	it('refuses a taken or malformed explicit id', () => {
		const taken = planNewSource({ ...INPUT, id: 'liputan6-2025-11-29' }, EXISTING);
		expect(taken.ok ? [] : taken.errors[0]).toContain(
			'source id liputan6-2025-11-29 already exists',
		);
		const bad = planNewSource({ ...INPUT, id: 'Liputan 6' }, EXISTING);
		expect(bad.ok ? [] : bad.errors[0]).toContain('id "Liputan 6" is not valid');
	});

	it('reports schema problems by field', () => {
		const plan = planNewSource(
			{ ...INPUT, url: 'http://kupastuntas.co/x', accessed: '30-11-2025', kind: 'blog' },
			[],
		);
		expect(plan.ok ? [] : plan.errors).toEqual([
			'url: url "http://kupastuntas.co/x" is not an https: URL — only https:// links are allowed',
			'accessed: accessed "30-11-2025" is not a date — write YYYY-MM-DD',
			'kind: "blog" is not a known kind — allowed: news, official, report',
		]);
	});
});
