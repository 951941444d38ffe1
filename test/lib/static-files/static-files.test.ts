/**
 * The files written beside Astro: markup escapes every piece of data, embed pages carry a
 * policy that allows exactly their stylesheet, every chart and region gets its files, and
 * a region's zip holds the same tables as its single downloads.
 */
import { chartInput } from '../../../src/lib/chart/series.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { embedPageHtml, regionBack } from '../../../src/lib/chart/embed-page.ts';
import { figureMarkup } from '../../../src/lib/chart/figure-markup.ts';
import type { ChartInput } from '../../../src/lib/chart/datum.ts';
import type { ChartModel } from '../../../src/lib/chart/model.ts';
import { compareChart } from '../../../src/lib/chart/compare-model.ts';
import { provinceMap } from '../../../src/lib/chart/map-model.ts';
import { regionCharts } from '../../../src/lib/chart/region-charts.ts';
import { svgMarkup } from '../../../src/lib/chart/svg-markup.ts';
import { CSP_DIRECTIVES } from '../../../src/config.ts';
import { exportContext } from '../../../src/lib/export/context.ts';
import { regionZipPath } from '../../../src/lib/export/paths.ts';
import { readCsv } from '../export/helpers.ts';
import { regionsWithFigures } from '../../../src/lib/export/tables.ts';
import { chartFiles } from '../../../src/lib/static-files/chart-files.ts';
import { regionDownloads, siteDownloads } from '../../../src/lib/static-files/downloads.ts';
import { minifyCss, readChartStyles } from '../../../src/lib/static-files/styles.ts';
import { writeStaticFiles } from '../../../src/lib/static-files/write.ts';
import { must, realDataset } from '../chart/fixture.ts';

const SITE = 'https://pantau-jamsostek.github.io';
const HOSTILE = `<script>alert("x")</script> & 'quotes' <img src=x onerror=alert(1)>`;

async function curated(): Promise<ChartInput> {
	const dataset = await realDataset();
	return chartInput({ dataset, analysis: analyse(dataset) });
}

type Node = {
	nodeName: string;
	childNodes?: Node[];
	value?: string;
	attrs?: { name: string; value: string }[];
};

/** Every element of a parsed tree, depth first. */
function elements(node: Node): Node[] {
	return [node, ...(node.childNodes ?? []).flatMap(elements)];
}

/** Concatenated text of a node. */
function text(node: Node): string {
	return node.nodeName === '#text'
		? (node.value ?? '')
		: (node.childNodes ?? []).map(text).join('');
}

/** A chart of Kota Malang with hostile words everywhere text goes. */
async function hostileModel(): Promise<ChartModel> {
	const input = await curated();
	const model = must(regionCharts(input, must(input.dataset.regions.get('35.73')), 'id')[0]);
	return {
		...model,
		title: HOSTILE,
		takeaway: HOSTILE,
		description: HOSTILE,
		flags: [HOSTILE],
		sources: [
			{ id: 's', title: HOSTILE, publisher: HOSTILE, href: `/sumber/"><script>x</script>/` },
		],
		table: {
			caption: HOSTILE,
			columns: [HOSTILE, HOSTILE],
			rows: [
				{
					header: HOSTILE,
					cells: [{ text: HOSTILE }, { text: '', links: [{ text: HOSTILE, href: '/a"b' }] }],
				},
			],
		},
	};
}

describe('chart markup', () => {
	it('lists up to three sources open under a chart and folds more behind their count', async () => {
		const model = await hostileModel();
		const source = (i: number) => ({
			id: `s${i}`,
			title: `Judul ${i}`,
			publisher: 'Outlet',
			href: `/sumber/s${i}/`,
		});
		const withSources = (n: number) =>
			figureMarkup({ ...model, sources: Array.from({ length: n }, (_, i) => source(i)) }, 'id', 2);
		expect(withSources(3)).toContain('<p class="chart-source">Sumber: ');
		expect(withSources(3)).not.toContain('<details class="chart-source">');
		const folded = withSources(4);
		expect(folded).toContain('<details class="chart-source"><summary>Sumber (4)</summary>');
		expect(folded.match(/href="\/sumber\/s\d\/"/g)).toHaveLength(4);
	});

	it('keeps data as text: no element or attribute comes from a title, quote or table', async () => {
		const model = await hostileModel();
		const tree = parseFragment(figureMarkup(model, 'id', 2)) as unknown as Node;
		const names = new Set(elements(tree).map((n) => n.nodeName));
		expect(names.has('script')).toBe(false);
		expect(names.has('img')).toBe(false);
		expect(
			elements(tree)
				.flatMap((n) => n.attrs ?? [])
				.map((a) => a.name),
		).not.toContain('onerror');
		const heading = must(elements(tree).find((n) => n.nodeName === 'h2'));
		expect(text(heading)).toBe(HOSTILE);
		const links = elements(tree).filter((n) => n.nodeName === 'a');
		expect(links.map((a) => a.attrs?.find((x) => x.name === 'href')?.value)).toEqual([
			'/sumber/"><script>x</script>/',
			'/a"b',
		]);
	});

	it('names each drawing by its title and description and draws every mark', async () => {
		const model = await hostileModel();
		const svg = svgMarkup(model.scenes.wide, {
			uid: 'u',
			title: model.title,
			description: model.description,
			role: 'img',
		});
		const tree = parseFragment(svg) as unknown as Node;
		const root = must(elements(tree).find((n) => n.nodeName === 'svg'));
		const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
		expect(attr(root, 'aria-labelledby')).toBe('u-title');
		expect(text(must(elements(tree).find((n) => attr(n, 'id') === 'u-title')))).toBe(HOSTILE);
		expect(text(must(elements(tree).find((n) => attr(n, 'id') === 'u-desc')))).toBe(HOSTILE);
		expect(attr(root, 'xmlns')).toBeUndefined();
		const drawn = elements(tree).filter((n) =>
			['rect', 'circle', 'line', 'path', 'text'].includes(n.nodeName),
		);
		// The two pattern lines are not marks.
		expect(drawn.length - 2).toBeGreaterThan(10);
	});
});

describe('embed page', () => {
	it('links the shared stylesheet, allows styles from its own site only and no script', async () => {
		const input = await curated();
		const region = must(input.dataset.regions.get('35.73'));
		const model = must(regionCharts(input, region, 'en')[0]);
		const html = embedPageHtml(model, 'en', regionBack(region, 'en'), {
			site: SITE,
			stylesheet: '/pantau/embed/gaya.css',
			csp: CSP_DIRECTIVES,
		});
		const tree = parse(html) as unknown as Node;
		const all = elements(tree);
		const meta = must(all.find((n) => n.attrs?.some((a) => a.value === 'content-security-policy')));
		const policy = must(meta.attrs?.find((a) => a.name === 'content')).value;
		expect(policy).toContain("style-src 'self'");
		expect(policy).toContain("script-src 'self'");
		expect(policy).not.toContain('unsafe-inline');
		expect(all.some((n) => n.nodeName === 'style')).toBe(false);
		const sheets = all.filter((n) =>
			n.attrs?.some((a) => a.name === 'rel' && a.value === 'stylesheet'),
		);
		expect(sheets.map((n) => n.attrs?.find((a) => a.name === 'href')?.value)).toEqual([
			'/pantau/embed/gaya.css',
		]);
		expect(all.some((n) => n.nodeName === 'script')).toBe(false);
		const canonical = must(
			all.find((n) => n.attrs?.some((a) => a.name === 'rel' && a.value === 'canonical')),
		);
		expect(canonical.attrs?.find((a) => a.name === 'href')?.value).toBe(
			`${SITE}/en/wilayah/kota-malang/`,
		);
		expect(all.find((n) => n.nodeName === 'html')?.attrs).toContainEqual({
			name: 'lang',
			value: 'en',
		});
	});
});

describe('chart files', () => {
	it('gives every chart of every region with figures a page and an .svg in both languages', async () => {
		const input = await curated();
		const styles = readChartStyles(process.cwd());
		const files = [...chartFiles(input, { site: SITE, csp: CSP_DIRECTIVES, styles })];
		const paths = files.map((f) => f.path);
		expect(new Set(paths).size).toBe(paths.length);
		let charts = 0;
		for (const region of input.dataset.regions.values()) {
			for (const [locale, prefix] of [
				['id', ''],
				['en', '/en'],
			] as const) {
				for (const model of regionCharts(input, region, locale)) {
					charts++;
					expect(paths).toContain(`${prefix}/embed/${region.slug}/${model.id}/index.html`);
					expect(paths).toContain(`${prefix}/embed/${region.slug}/${model.id}.svg`);
				}
			}
		}
		expect(charts).toBeGreaterThan(10);
		// The national charts: the province map and one comparison per comparable indicator.
		let national = 0;
		for (const [locale, prefix] of [
			['id', ''],
			['en', '/en'],
		] as const) {
			const map = must(provinceMap(input, locale));
			expect(paths).toContain(`${prefix}/embed/indonesia/${map.id}/index.html`);
			national++;
			for (const indicator of input.dataset.indicators.keys()) {
				const model = compareChart(input, indicator, locale);
				if (!model) continue;
				expect(paths).toContain(`${prefix}/embed/indonesia/${model.id}.svg`);
				national++;
			}
		}
		expect(national).toBeGreaterThan(4);
		// Each chart's page and .svg, and the one stylesheet the pages share.
		expect(files).toHaveLength(2 * (charts + national) + 1);
		const sheet = must(files.find((f) => f.path === '/embed/gaya.css')).body as string;
		expect(sheet).toBe(`${styles.embed}${styles.svg}${styles.figure}`);
		const mapPage = must(files.find((f) => f.path === '/en/embed/indonesia/map/index.html'));
		expect(mapPage.body).toContain('<a href="/en/">');
		const compare = must(
			files.find((f) => f.path === '/embed/indonesia/compare-coverage_rate/index.html'),
		);
		expect(compare.body).toContain('<a href="/bandingkan/coverage_rate/">');
		const svg = must(files.find((f) => f.path === '/embed/kota-malang/coverage.svg'))
			.body as string;
		expect(
			svg.startsWith(
				'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
			),
		).toBe(true);
		expect(svg).toContain(`<style>${styles.svg}`);
		expect(svg).toContain('pantau-jamsostek.github.io');
	});

	it('minifies stylesheets without changing selectors', () => {
		expect(
			minifyCss(
				'/* note */\n.a .b,\n.c {\n\tcolor: red;\n}\n@media (min-width: 3rem) {\n\t.d { margin: 0 1px; }\n}\n',
			),
		).toBe('.a .b,.c{color:red;}@media (min-width:3rem){.d{margin:0 1px;}}');
	});
});

describe('downloads', () => {
	it('gives every region with figures one zip, and the regions together hold every figure once', async () => {
		const input = await curated();
		const ctx = exportContext(input, SITE);
		const files = new Map([...regionDownloads(ctx)].map((f) => [f.path, f.body]));
		const regions = regionsWithFigures(ctx);
		expect([...files.keys()]).toEqual(regions.map(regionZipPath));
		const ids: string[] = [];
		for (const region of regions) {
			const zip = unzipSync(must(files.get(regionZipPath(region))) as Uint8Array);
			expect(Object.keys(zip).sort()).toEqual([
				'README.md',
				'checks.csv',
				'conflicts.csv',
				'derived.csv',
				'figures.csv',
				'metadata.json',
			]);
			const { rows } = readCsv(strFromU8(must(zip['figures.csv'])));
			ids.push(...rows.map((r) => r['id'] ?? ''));
		}
		// Nothing lost, nothing twice: every figure is in exactly one region's download.
		expect(ids.sort()).toEqual(input.dataset.figures.map((f) => f.id).sort());
	});

	it('writes the whole data set as one zip: every table once, and the data package describing them', async () => {
		const input = await curated();
		const ctx = exportContext(input, SITE);
		const site = [...siteDownloads(ctx)];
		expect(site.map((f) => f.path)).toEqual(['/data/pantau-jamsostek.zip']);
		const zip = unzipSync(must(site[0]?.body) as Uint8Array);
		expect(Object.keys(zip)).toEqual([
			'figures.csv',
			'derived.csv',
			'checks.csv',
			'conflicts.csv',
			'datapackage.json',
		]);
		const pkg = JSON.parse(strFromU8(must(zip['datapackage.json']))) as {
			resources: { path: string }[];
		};
		expect(pkg.resources.map((r) => r.path)).toEqual(Object.keys(zip).slice(0, 4));
		expect(readCsv(strFromU8(must(zip['figures.csv']))).rows).toHaveLength(
			input.dataset.figures.length,
		);
		expect(readCsv(strFromU8(must(zip['derived.csv']))).rows).toHaveLength(
			input.analysis.derived.length,
		);
	});
});

describe('writeStaticFiles', () => {
	it('writes files under the folder and refuses paths that leave it or name a folder', () => {
		const out = mkdtempSync(join(tmpdir(), 'static-files-'));
		try {
			const summary = writeStaticFiles([{ path: '/a/b/c.txt', body: 'héllo' }], out);
			expect(readFileSync(join(out, 'a/b/c.txt'), 'utf8')).toBe('héllo');
			expect(summary).toEqual({ files: 1, bytes: 6 });
			expect(() => writeStaticFiles([{ path: '/../x', body: '' }], out)).toThrow(
				/must be absolute/,
			);
			expect(() => writeStaticFiles([{ path: '/dir/', body: '' }], out)).toThrow(/name a file/);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
