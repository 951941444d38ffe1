/**
 * Page types that only a large data set produces — the home page's ranking cut to its ends, a
 * region's figures page, a crowded indicator's page and its province pages, the sources index
 * split by year and a year page, the capped changes page, the data-quality page and a
 * province's data-quality page — built from a small SYNTHETIC set generated into a temporary
 * folder (data/ has none of them), then put through the site's gates: html-validate, and in
 * Chromium axe, console, requests, phone width and skip link (browser-check.ts). Takes about
 * two minutes: half building, half axe.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSynthetic } from '../../src/lib/synth/write.ts';
import { checkInBrowser, VIEWPORTS } from './browser-check.ts';
import { buildSite } from './build.ts';
import { htmlProblems } from './html-check.ts';
import { launchChromium } from './chromium.ts';
import { first, inBothLocales, type PageCase } from './pages.ts';
import { serveDir, type RunningServer } from './serve.ts';

// Three years of the first ~740 regions' sources: past the sources index's 500 rows, the
// indicator pages' 500 latest values and the region pages' 80 rows, in about 30 s of build;
// a problem planted in every fifth source passes the data-quality page's 200 items.
const SYNTH = { seed: 1, years: 3, figures: 20_000, plantEvery: 5 };
/** The top of each page is enough to look at: full-page shots of these pages are slow. */
const SCREENSHOT = { prefix: 'scale-', fullPage: false };

const dataDir = mkdtempSync(join(tmpdir(), 'pantau-scale-data-'));
const out = mkdtempSync(join(tmpdir(), 'pantau-scale-site-'));
let cases: PageCase[] = [];
let server: RunningServer;
let browser: Browser;

/** Sorted sub-folder names of a built folder. */
function folders(path: string): string[] {
	const dir = join(out, path);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
}

/** The first path `${route}<name>/${suffix}/` that was built, as a URL path. */
function firstWith(route: string, suffix: string): string | undefined {
	const name = folders(route).find((n) => existsSync(join(out, route, n, suffix, 'index.html')));
	return name === undefined ? undefined : `${route}${name}/${suffix}/`;
}

/** The first indicator page that links province pages. */
function crowdedIndicator(): string | undefined {
	const id = folders('/indikator/').find((n) => first(`/indikator/${n}/`, out) !== undefined);
	return id === undefined ? undefined : `/indikator/${id}/`;
}

beforeAll(async () => {
	await writeSynthetic({ out: dataDir, dataDir: 'data', ...SYNTH });
	buildSite(dataDir, out);
	const indicator = crowdedIndicator();
	cases = inBothLocales(
		[
			['home-ranking-cut', '/', 200],
			['region-figures', firstWith('/wilayah/', 'angka'), 200],
			['indicator-crowded', indicator, 200],
			['indicator-province', indicator && first(indicator, out), 200],
			['sources-by-year', '/sumber/', 200],
			['source-year', first('/sumber/tahun/', out), 200],
			['changes-capped', '/perubahan/', 200],
			['quality-crowded', '/kualitas-data/', 200],
			['quality-province', first('/kualitas-data/', out), 200],
		],
		out,
	);
	mkdirSync('test-results/screenshots', { recursive: true });
	server = await serveDir(out);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(dataDir, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
});

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

describe('a synthetic national-scale build', () => {
	it('has every page type that only scale produces', () => {
		expect(cases.map((c) => c.type)).toContain('indicator-province');
		expect(html('/sumber/')).toContain('href="/sumber/tahun/');
		expect(html('/perubahan/')).toContain('href="/sumber/"');
		expect(html('/')).toContain('href="/bandingkan/coverage_rate/"');
		expect(html('/kualitas-data/')).toContain('href="/kualitas-data/aceh/"');
		for (const c of cases) expect(existsSync(join(out, c.path, 'index.html')), c.path).toBe(true);
	});

	it('marks the synthetic data as such on every page type', () => {
		for (const c of cases) expect(html(c.path), c.path).toMatch(/synthetic|sintetis/i);
	});

	it('passes html-validate on every scale page type', async () => {
		const files = cases.map((c) => join(out, c.path, 'index.html'));
		expect(await htmlProblems(files)).toEqual([]);
	});

	it('passes the browser checks on every scale page type', async () => {
		// At phone width only: axe takes 3–12 s on these long pages, and the desktop layout is
		// the same stylesheet the site's gates already check at both widths.
		const phone = { viewport: 'phone', size: VIEWPORTS.phone };
		for (const c of cases) {
			await checkInBrowser(browser, server.url, { ...c, ...phone }, SCREENSHOT);
		}
	}, 900_000);
});
