/**
 * Lighthouse (mobile preset, run offline against the local server) on the home page and a
 * region page in each language: Performance, Accessibility, Best Practices and SEO all 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { DIST } from './pages.ts';
import { serveDir, type RunningServer } from './serve.ts';

const PAGES = ['/', '/en/', '/wilayah/kota-malang/', '/en/wilayah/kota-malang/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

let server: RunningServer;
let chrome: chromeLauncher.LaunchedChrome;

beforeAll(async () => {
	server = await serveDir(DIST);
	chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
});
afterAll(async () => {
	chrome?.kill();
	await server?.close();
});

describe('Lighthouse', () => {
	it.each(PAGES)('%s scores 100 in every category', async (path) => {
		const result = await lighthouse(server.url + path, {
			port: chrome.port,
			onlyCategories: CATEGORIES,
			output: 'json',
			logLevel: 'error',
		});
		const categories = result?.lhr.categories ?? {};
		const scores = Object.fromEntries(
			CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
		);
		const failing = Object.values(result?.lhr.audits ?? {})
			.filter(
				(a) =>
					a.score !== null &&
					a.score < 1 &&
					a.scoreDisplayMode !== 'informative' &&
					a.scoreDisplayMode !== 'manual',
			)
			.map((a) => `${a.id}: ${a.title}`);
		expect({
			path,
			scores,
			failing:
				scores['performance'] === 100 && Object.values(scores).every((s) => s === 100)
					? []
					: failing,
		}).toEqual({
			path,
			scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
			failing: [],
		});
	});
});
