/**
 * Search finds what the search page promises (a region, a publisher, a person quoted, an
 * indicator) although the index leaves out the figure tables and chart drawings
 * (pagefind.yml). Queried through Pagefind's own API in Debian's Chromium, on /cari/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { DIST } from './pages.ts';
import { serveDir, type RunningServer } from './serve.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	server = await serveDir(DIST);
	browser = await launchChromium();
	page = await browser.newPage();
	await page.goto(`${server.url}/cari/`, { waitUntil: 'load' });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** The URLs of every result for a query, as Pagefind returns them. */
async function search(query: string): Promise<string[]> {
	// A string, not a function: the test runner would rewrite a function's import().
	const script = `(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const found = await pagefind.search(${JSON.stringify(query)});
		return Promise.all(found.results.map(async (r) => (await r.data()).url));
	})()`;
	return (await page.evaluate(script)) as string[];
}

describe('search', () => {
	it.each([
		['a region', 'Malang', '/wilayah/kota-malang/'],
		['a publisher', 'Kupastuntas', '/sumber/kupastuntas-2025-10-31/'],
		['a person quoted', 'Ramdhoni', '/sumber/banyumas-ucj-2025/'],
		['an indicator', 'kepesertaan', '/indikator/coverage_rate/'],
	])('finds %s (%s)', async (_what, query, url) => {
		expect(await search(query)).toContain(url);
	});

	it('leaves the region figures pages out of the index', async () => {
		const urls = await search('Malang');
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.filter((u) => u.includes('/angka/'))).toEqual([]);
	});
});
