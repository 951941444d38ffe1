/** The pure helpers of `npm run bench`: statistics, page types, requests, logs, budgets. */
import { describe, expect, it } from 'vitest';
import { judgeBudgets, KB } from '../../../src/lib/bench/budgets.ts';
import { parseBuildLog } from '../../../src/lib/bench/build-log.ts';
import { pageRequests, requestCount } from '../../../src/lib/bench/html.ts';
import { outputKind, pageType } from '../../../src/lib/bench/page-type.ts';
import { searchEstimate } from '../../../src/lib/bench/pagefind.ts';
import { formatReport } from '../../../src/lib/bench/report.ts';
import type { BenchResult, BuildRun, PipelineRun } from '../../../src/lib/bench/result.ts';
import { best, percentile, summarise } from '../../../src/lib/bench/stats.ts';

describe('statistics', () => {
	it.each([
		[[], 0.5, 0],
		[[7], 0.5, 7],
		[[1, 2, 3, 4], 0.5, 2],
		[[5, 1, 4, 2, 3], 0.5, 3],
		[Array.from({ length: 100 }, (_, i) => i + 1), 0.95, 95],
		[Array.from({ length: 20 }, (_, i) => i + 1), 0.95, 19],
		[[3, 1, 2], 1, 3],
	])('percentile(%j, %d) = %d (nearest rank)', (values, q, expected) => {
		expect(percentile(values, q)).toBe(expected);
	});

	it('summarises and picks the best run', () => {
		expect(summarise([4, 1, 3, 2])).toEqual({ count: 4, total: 10, median: 2, p95: 4, max: 4 });
		expect(summarise([])).toEqual({ count: 0, total: 0, median: 0, p95: 0, max: 0 });
		expect(best([3.2, 2.9, 3.5])).toBe(2.9);
		expect(best([])).toBe(0);
	});
});

describe('pageType', () => {
	it.each([
		['/wilayah/kota-malang/index.html', 'region'],
		['/en/wilayah/kota-malang/index.html', 'region'],
		['/wilayah/kota-malang/angka/index.html', 'region-figures'],
		['/en/wilayah/kota-malang/angka/index.html', 'region-figures'],
		['/wilayah/index.html', 'other'],
		['/sumber/liputan6-2025-11-29/index.html', 'source'],
		['/en/indikator/coverage_rate/index.html', 'indicator'],
		['/indikator/coverage_rate/jawa-timur/index.html', 'indicator-province'],
		['/indikator/index.html', 'other'],
		['/sumber/tahun/2025/index.html', 'source-year'],
		['/en/sumber/tahun/2025/index.html', 'source-year'],
		['/sumber/index.html', 'other'],
		['/bandingkan/coverage_rate/index.html', 'compare'],
		['/bandingkan/index.html', 'other'],
		['/embed/kota-malang/coverage/index.html', 'embed'],
		['/en/embed/kota-malang/coverage/index.html', 'embed'],
		['/index.html', 'other'],
		['/404.html', 'other'],
		['/kualitas-data/index.html', 'other'],
	])('%s is %s', (path, type) => {
		expect(pageType(path)).toBe(type);
	});
});

describe('pageRequests', () => {
	const html = [
		'<html><head>',
		'<link rel="canonical" href="https://x/wilayah/a/">',
		'<link rel="stylesheet" href="/_astro/Base.css">',
		"<link rel='stylesheet' href='/_astro/Chart.css'>",
		'<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
		'<link rel="alternate" type="application/rss+xml" href="/rss.xml">',
		'<script type="application/ld+json">{"@type":"Dataset"}</script>',
		'</head><body>',
		'<img src="/a.png" alt=""><img src="data:image/png;base64,xx" alt="">',
		'<svg><text>no request</text></svg>',
		'</body></html>',
	].join('\n');

	it('finds stylesheets and icons, ignores JSON-LD, data: images and other links', () => {
		const r = pageRequests(html);
		expect(r).toEqual({
			stylesheets: ['/_astro/Base.css', '/_astro/Chart.css'],
			scripts: [],
			inlineScripts: [],
			images: ['/favicon.svg', '/a.png'],
		});
		expect(requestCount(r)).toBe(5);
	});

	it('counts external and inline scripts that run code', () => {
		const r = pageRequests(
			'<script type="module" src="/_astro/page.js"></script><script>console.log(1)</script>',
		);
		expect(r.scripts).toEqual(['/_astro/page.js']);
		expect(r.inlineScripts).toEqual(['console.log(1)']);
		expect(requestCount(r)).toBe(2);
	});
});

describe('parseBuildLog', () => {
	const output = [
		'\u001b[32m00:51:04\u001b[39m [build] ✓ Completed in 302ms.',
		' generating static routes ',
		'00:51:35   ├─ /wilayah/aceh/index.html (+20ms) ',
		'00:51:35   ├─ /en/wilayah/aceh/index.html (+30ms) ',
		'00:51:35   ├─ /wilayah/aceh/angka/index.html (+5ms) ',
		'00:51:36   ├─ /data/wilayah/aceh.zip (+27ms) ',
		'00:51:36   ├─ /data/wilayah/aceh/figures.csv (+4ms) ',
		'00:51:36   ├─ /embed/aceh/coverage.svg (+2ms) ',
		'00:51:36   ├─ /sumber/y/index.htmlstatic files: 13834 files, 1228.5 MB in 55.3 s',
		'00:51:36   └─ /sumber/x/index.html (+1.5s) ',
		'00:54:27 [build] 7103 page(s) built in 6.77s',
		'  Indexed 2646 pages',
		'Finished in 42.038 seconds',
	].join('\n');

	it('reads page count, timings and time per route type', () => {
		expect(parseBuildLog(output)).toEqual({
			pagesBuilt: 7103,
			astroSeconds: 6.77,
			pagefindSeconds: 42.038,
			pagefindPages: 2646,
			staticFiles: { files: 13834, megabytes: 1228.5, seconds: 55.3 },
			routeMs: {
				region: { routes: 2, ms: 50 },
				'region-figures': { routes: 1, ms: 5 },
				'download-zip': { routes: 1, ms: 27 },
				download: { routes: 1, ms: 4 },
				'embed-svg': { routes: 1, ms: 2 },
				source: { routes: 1, ms: 1500 },
			},
		});
	});

	it.each([
		['850ms', 0.85],
		['6.77s', 6.77],
		['2m 15s', 135],
		['12m', 720],
	])('reads a build time of %s', (time, seconds) => {
		expect(parseBuildLog(`[build] 3 page(s) built in ${time}`).astroSeconds).toBeCloseTo(
			seconds,
			6,
		);
	});
});

describe('searchEstimate', () => {
	const files = [
		{ path: 'pagefind-entry.json', bytes: 400, gzip: 200 },
		{ path: 'pagefind.js', bytes: 47_000, gzip: 15_000 },
		{ path: 'pagefind-ui.js', bytes: 126_000, gzip: 40_000 },
		{ path: 'pagefind-ui.css', bytes: 14_000, gzip: 3_000 },
		{ path: 'wasm.id.pagefind', bytes: 57_000 },
		{ path: 'wasm.en.pagefind', bytes: 59_000 },
		{ path: 'pagefind.id_8b9d.pf_meta', bytes: 10_000 },
		{ path: 'pagefind.en_73bf.pf_meta', bytes: 11_000 },
		{ path: 'index/id_1.pf_index', bytes: 30_000 },
		{ path: 'index/id_2.pf_index', bytes: 20_000 },
		{ path: 'index/id_3.pf_index', bytes: 40_000 },
		{ path: 'index/en_1.pf_index', bytes: 90_000 },
		{ path: 'fragment/id_1.pf_fragment', bytes: 1_000 },
		{ path: 'fragment/id_2.pf_fragment', bytes: 3_000 },
	];

	it('adds entry, pagefind.js, wasm and metadata of the language, a median chunk and fragment', () => {
		const e = searchEstimate(files, 'id');
		expect(e.parts).toEqual({
			'pagefind-entry.json': 200,
			'pagefind.js': 15_000,
			'wasm.id.pagefind': 57_000,
			'metadata (.pf_meta)': 10_000,
			'index chunk (median)': 30_000,
			'fragment (median)': 1_000,
		});
		expect(e.firstQueryBytes).toBe(113_200);
		expect(e.firstQueryWorstBytes).toBe(82_200 + 40_000 + 3_000);
		expect(e.uiBytes).toBe(43_000);
		expect(e.files).toBe(files.length);
		expect(e.totalBytes).toBe(files.reduce((s, f) => s + f.bytes, 0));
	});
});

describe('budgets', () => {
	const pipeline = (figures: number, ms: number): PipelineRun => ({
		label: 'synthetic',
		requested: figures,
		figures,
		runsMs: [ms],
		runsWallMs: [ms + 10],
		bestMs: ms,
		bestWallMs: ms + 10,
		loadMs: ms / 2,
		analyseMs: ms / 2,
		figuresPerSecond: (figures / ms) * 1000,
	});
	const summary = (median: number, max = median) => ({
		count: 10,
		total: median * 10,
		median,
		p95: max,
		max,
	});
	const build: BuildRun = {
		label: 'national',
		dataDir: '/tmp/x',
		figures: 150_000,
		ok: true,
		wallMs: 24_000,
		pagesBuilt: 20_000,
		htmlPages: 15_000,
		pagesPerSecond: 1000,
		peakRssBytes: 1.4e9,
		peakTreeRssBytes: 2.4e9,
		rssMethod: 'test',
		outputBytes: 0.99e9,
		outputFiles: 30_000,
		largestFile: { path: '/data/pantau-jamsostek.zip', bytes: 20 * 1024 * 1024 },
		outputKinds: [
			{ kind: 'html:region-figures', files: 1100, bytes: 0.6e9 },
			{ kind: 'data:site-zip', files: 1, bytes: 0.39e9 },
		],
		pageSizes: [],
		regionFirstLoad: {
			pages: 1108,
			htmlCssGzip: summary(18 * KB, 50 * KB),
			requests: summary(3),
			requestsExample: { page: '/wilayah/a/index.html', stylesheets: [], scripts: [], images: [] },
			scriptElements: 0,
			scriptBytes: 0,
		},
		search: {
			totalBytes: 1e8,
			files: 100,
			language: 'id',
			firstQueryBytes: 120 * KB,
			firstQueryWorstBytes: 200 * KB,
			parts: {},
			uiBytes: 40 * KB,
		},
		routeMs: {},
	};
	const result: Omit<BenchResult, 'budgets'> = {
		date: '2025-01-01T00:00:00.000Z',
		machine: { cpus: 2, cpuModel: 'test', memoryBytes: 8e9, node: 'v24', pinned: true },
		command: 'npm run bench',
		pipeline: [pipeline(50_000, 200), pipeline(100_000, 420), pipeline(200_000, 900)],
		builds: [build],
		checkData: { figures: 150_000, runsWallMs: [4900, 5100], bestWallMs: 4900 },
		floor: { pages: 20_000, wallMs: 10_000, ok: true },
	};

	it('passes a result within every budget', () => {
		const budgets = judgeBudgets(result);
		expect(budgets.filter((b) => !b.pass)).toEqual([]);
		expect(budgets.map((b) => b.id)).toEqual([
			'check-data',
			'pipeline-linear-100000',
			'pipeline-linear-200000',
			'floor-ratio',
			'process-rss',
			'tree-rss',
			'output-size',
			'largest-file',
			'region-median',
			'region-max',
			'region-requests',
			'region-js',
			'search-first-query',
		]);
	});

	it('fails each budget that is exceeded, and says what it measured', () => {
		const worse: Omit<BenchResult, 'budgets'> = {
			...result,
			pipeline: [pipeline(50_000, 200), pipeline(100_000, 500), pipeline(200_000, 2000)],
			checkData: { figures: 150_000, runsWallMs: [5001], bestWallMs: 5001 },
			builds: [
				{
					...build,
					wallMs: 25_001,
					peakRssBytes: 1.6e9,
					peakTreeRssBytes: 2.6e9,
					outputBytes: 1.01e9,
					largestFile: { path: '/data/x.csv', bytes: 25 * 1024 * 1024 + 1 },
					regionFirstLoad: {
						...(build.regionFirstLoad as NonNullable<BuildRun['regionFirstLoad']>),
						requests: summary(3, 4),
						scriptElements: 1,
						scriptBytes: 120,
					},
				},
			],
		};
		const failed = judgeBudgets(worse).filter((b) => !b.pass);
		expect(failed.map((b) => b.id)).toEqual([
			'check-data',
			'pipeline-linear-100000',
			'pipeline-linear-200000',
			'floor-ratio',
			'process-rss',
			'tree-rss',
			'output-size',
			'largest-file',
			'region-requests',
			'region-js',
		]);
		expect(failed[0]?.measured).toBe('5.0 s');
		expect(failed[3]?.measured).toBe('2.50 (25.0 s ÷ 10.0 s)');
		expect(failed[7]?.measured).toBe('25.0 MiB (/data/x.csv)');
	});

	it('fails what a failed build could not measure', () => {
		const failed = judgeBudgets({
			...result,
			builds: [{ ...build, ok: false, error: 'stopped after 1800 s' }],
		}).filter((b) => !b.pass);
		expect(failed.map((b) => b.id)).toEqual([
			'floor-ratio',
			'output-size',
			'largest-file',
			'region-size',
			'search-first-query',
		]);
		expect(failed[0]?.measured).toBe('not measured: stopped after 1800 s');
	});

	it('prints a report with every budget', () => {
		const text = formatReport({ ...result, budgets: judgeBudgets(result) });
		expect(text).toContain('13 of 13 budgets pass.');
		expect(text).toMatch(/PASS {2}check-data on the national set/);
		expect(text).toContain('largest file: /data/pantau-jamsostek.zip, 20.0 MiB');
		expect(text).toMatch(/html:region-figures +1,100 +600 MB +60\.6%/);
		expect(text).toContain('files: 30,000 (a goal of 20,000');
	});
});

describe('outputKind', () => {
	it.each([
		['wilayah/kota-malang/index.html', 'html:region'],
		['en/wilayah/kota-malang/angka/index.html', 'html:region-figures'],
		['sumber/x/index.html', 'html:source'],
		['data/pantau-jamsostek.zip', 'data:site-zip'],
		['data/wilayah/kota-malang.zip', 'data:region-zip'],
		['data/wilayah/kota-malang/figures.csv', 'data:other'],
		['embed/kota-malang/coverage.svg', 'embed:svg'],
		['en/embed/kota-malang/coverage.svg', 'embed:svg'],
		['embed/kota-malang/coverage/index.html', 'html:embed'],
		['pagefind/fragment/id_abc.pf_fragment', 'search-index'],
		['pagefind/pagefind-ui.css', 'search-index'],
		['favicon.svg', 'other'],
		['sitemap-0.xml', 'other'],
	])('%s is %s', (path, kind) => {
		expect(outputKind(path)).toBe(kind);
	});
});
