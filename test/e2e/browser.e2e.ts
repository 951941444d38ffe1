/**
 * Every page type, both languages, phone and desktop widths, in Debian's Chromium: the checks
 * of browser-check.ts. Screenshots go to test-results/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { atEveryViewport, checkInBrowser } from './browser-check.ts';
import { launchChromium } from './chromium.ts';
import { DIST, pageCases } from './pages.ts';
import { serveDir, type RunningServer } from './serve.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	mkdirSync('test-results/screenshots', { recursive: true });
	server = await serveDir(DIST);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('pages in a real browser', () => {
	it.each(atEveryViewport(pageCases()))('$type ($locale, $viewport) $path', (c) =>
		checkInBrowser(browser, server.url, c),
	);
});
