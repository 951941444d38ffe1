/**
 * One page in Debian's Chromium at one viewport: axe (WCAG 2.2 A/AA) finds nothing, no console
 * error, no failed or outside request, no horizontal scrolling on a phone, a working skip link
 * with visible focus; a screenshot (full page unless told) goes to test-results/screenshots/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import type { PageCase } from './pages.ts';

export const VIEWPORTS = {
	phone: { width: 360, height: 800 },
	desktop: { width: 1280, height: 800 },
};
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface BrowserCase extends PageCase {
	viewport: string;
	size: { width: number; height: number };
}

/** Every page case at every viewport. */
export function atEveryViewport(cases: PageCase[]): BrowserCase[] {
	return cases.flatMap((page) =>
		Object.entries(VIEWPORTS).map(([viewport, size]) => ({ ...page, viewport, size })),
	);
}

/** Opens `baseUrl + path` and asserts the checks above. */
export async function checkInBrowser(
	browser: Browser,
	baseUrl: string,
	{ type, locale, path, status, viewport, size }: BrowserCase,
	screenshot: { prefix: string; fullPage: boolean } = { prefix: '', fullPage: true },
): Promise<void> {
	const context = await browser.newContext({ viewport: size });
	const page = await context.newPage();
	const problems: string[] = [];
	const pageUrl = baseUrl + path;
	page.on('console', (msg) => {
		// Chromium logs the 404 status of a not-found page itself as an error: expected there.
		const expected404 = status === 404 && msg.location().url === pageUrl;
		if (msg.type() === 'error' && !expected404) problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
	await page.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.hostname !== '127.0.0.1') {
			problems.push(`request leaving 127.0.0.1: ${url.href}`);
			return route.abort();
		}
		return route.continue();
	});

	const response = await page.goto(pageUrl, { waitUntil: 'load' });
	expect(response?.status()).toBe(status);

	const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const violations = axe.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
	);
	expect(violations).toEqual([]);

	if (viewport === 'phone') {
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, 'horizontal scrolling on a 360 px phone').toBeLessThanOrEqual(0);
	}

	if (type !== 'embed') {
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			const style = el ? getComputedStyle(el) : null;
			const rect = el?.getBoundingClientRect();
			return {
				href: el?.getAttribute('href') ?? null,
				visible: !!rect && rect.width > 0 && rect.height > 0 && rect.top >= 0,
				focusRing:
					!!style &&
					((style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
						style.boxShadow !== 'none'),
			};
		});
		expect(skip.href, 'first Tab reaches the skip link').toMatch(/^#./);
		expect(skip.visible, 'the focused skip link is visible').toBe(true);
		expect(skip.focusRing, 'focus is visibly marked').toBe(true);
		await page.keyboard.press('Enter');
		const target = await page.evaluate((href) => {
			const el = document.querySelector(href);
			return { hash: location.hash, exists: !!el };
		}, skip.href ?? '#');
		expect(target).toEqual({ hash: skip.href, exists: true });
	}

	await page.screenshot({
		path: `test-results/screenshots/${screenshot.prefix}${type}-${locale}-${viewport}.png`,
		fullPage: screenshot.fullPage,
	});
	await context.close();
	expect(problems).toEqual([]);
}
