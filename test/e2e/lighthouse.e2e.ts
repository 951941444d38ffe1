/**
 * Lighthouse (mobile preset, run offline against the local server) on the home page and a
 * region page in each language. Accessibility, Best Practices and SEO are deterministic and
 * must be 100. The Performance score is simulated from the CPU time the page took on this
 * machine, so a loaded 2-core machine costs points that say nothing about the page: it is
 * printed, never gated. What makes it 100 on a quiet machine is gated instead, on what does
 * not depend on the machine: the bytes and requests the page loads, no script, and no
 * render-blocking resource.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { DIST } from './pages.ts';
import { serveDir, type RunningServer } from './serve.ts';

const PAGES = ['/', '/en/', '/wilayah/kota-malang/', '/en/wilayah/kota-malang/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** What a page may load (bytes transferred, requests) — far above today's pages. */
const MAX_BYTES = 150_000;
const MAX_REQUESTS = 5;

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

interface Run {
	scores: Record<string, number>;
	bytes: number;
	requests: number;
	scripts: number;
	renderBlocking: number;
	failing: string[];
}

/** One Lighthouse run: the four scores (0–100), what the page loaded, and failing audits. */
async function audit(path: string): Promise<Run> {
	const result = await lighthouse(server.url + path, {
		port: chrome.port,
		onlyCategories: CATEGORIES,
		output: 'json',
		logLevel: 'error',
	});
	const lhr = result?.lhr;
	const categories = lhr?.categories ?? {};
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
	);
	const audits = lhr?.audits ?? {};
	const requests = ((audits['network-requests']?.details as { items?: unknown[] } | undefined)
		?.items ?? []) as { resourceType?: string; url?: string }[];
	const blocking = audits['render-blocking-insight'] ?? audits['render-blocking-resources'];
	const blockingItems = (blocking?.details as { items?: unknown[] } | undefined)?.items ?? [];
	const failing = Object.values(audits)
		.filter(
			(a) =>
				a.score !== null &&
				a.score < 1 &&
				!['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode),
		)
		.map((a) => `${a.id}: ${a.displayValue ?? a.title}`);
	return {
		scores,
		bytes: audits['total-byte-weight']?.numericValue ?? Infinity,
		requests: requests.length,
		scripts: requests.filter((r) => r.resourceType === 'Script').length,
		renderBlocking: blockingItems.length,
		failing,
	};
}

describe('Lighthouse', () => {
	it.each(PAGES)(
		'%s: accessibility, best practices and SEO 100; light, script-free, nothing render-blocking',
		async (path) => {
			const run = await audit(path);
			console.log(
				`Lighthouse ${path}: performance ${run.scores['performance']} (simulated from this machine's CPU time; not gated), ${run.bytes} bytes in ${run.requests} requests`,
			);
			expect({
				path,
				accessibility: run.scores['accessibility'],
				bestPractices: run.scores['best-practices'],
				seo: run.scores['seo'],
				scripts: run.scripts,
				renderBlocking: run.renderBlocking,
				lightEnough: run.bytes <= MAX_BYTES && run.requests <= MAX_REQUESTS,
				failing: run.failing,
			}).toEqual({
				path,
				accessibility: 100,
				bestPractices: 100,
				seo: 100,
				scripts: 0,
				renderBlocking: 0,
				lightEnough: true,
				failing: expect.any(Array),
			});
		},
		300_000,
	);
});
