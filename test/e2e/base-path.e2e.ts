/**
 * The site served under a path, as GitHub Pages serves a project site (`/<repo>/`): the site
 * of data/ built with PANTAU_BASE=/pantau/ and PANTAU_SITE_URL=https://example.org into a
 * temporary folder's `pantau/`, and that folder served, so the site answers under /pantau/ and
 * nothing answers at the root. On a sample of pages (home, a region, a source, search, the
 * methodology's Markdown, data, the map embed) and on the feed, the sitemap and robots.txt,
 * every internal link, asset, embed snippet, canonical and hreflang URL and JSON-LD URL starts
 * with /pantau/ (or https://example.org/pantau/) and resolves to a file (and anchor); every page
 * links only under /pantau/; search's results lead under /pantau/; and the browser checks
 * (axe, console errors, failed requests, skip link) pass on three pages.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeValues, unescapeHtml } from '../site/dist.ts';
import { checkInBrowser, VIEWPORTS } from './browser-check.ts';
import { buildSite } from './build.ts';
import { launchChromium } from './chromium.ts';
import { first } from './pages.ts';
import { serveDir, type RunningServer } from './serve.ts';

const BASE = '/pantau/';
const ORIGIN = 'https://example.org';
const root = mkdtempSync(join(tmpdir(), 'pantau-base-path-'));
/** The built site: served at /pantau/ since `root` is served. */
const site = join(root, 'pantau');
let server: RunningServer;
let browser: Browser;
/** Sampled files, as paths below the site (`/wilayah/kota-malang/`). */
let sample: string[] = [];

/** The file a path below the site is served from (`/x/` → `x/index.html`). */
function fileOf(path: string): string {
	const clean = decodeURIComponent(path);
	return join(site, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const read = (path: string) => readFileSync(fileOf(path), 'utf8');

/**
 * Every URL a file names on this site: attributes (href, src, action, the search bundle), and
 * every absolute URL on the site's origin anywhere in the text (canonical, hreflang, JSON-LD,
 * the embed snippet's <iframe> code, feed and sitemap entries). External ones are left out.
 */
function siteUrls(text: string): string[] {
	const bundles = attributeValues(text, 'data-bundle').map((b) => `${b}pagefind-ui.js`);
	const attributes = ['href', 'src', 'action'].flatMap((a) => attributeValues(text, a));
	const absolute = [...unescapeHtml(text).matchAll(/https:\/\/example\.org[^\s"'<>&(){}[\]]*/g)];
	return [...attributes, ...bundles, ...absolute.map((m) => m[0])].flatMap((url) => {
		if (url.startsWith(ORIGIN)) return [url.slice(ORIGIN.length) || '/'];
		if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return [];
		return [url];
	});
}

/** Problems of one URL: not under the base path, or no such file, or no such anchor. */
function urlProblem(url: string): string | undefined {
	if (!url.startsWith(BASE)) return `not under ${BASE}: ${url}`;
	const [pathPart = '', anchor] = url.split('#');
	const path = (pathPart.split('?')[0] ?? '').slice(BASE.length - 1);
	if (!existsSync(fileOf(path))) return `no such file: ${url}`;
	if (anchor && path.endsWith('/') && !attributeValues(read(path), 'id').includes(anchor))
		return `no id="${anchor}": ${url}`;
	return undefined;
}

/** Every HTML page below the site, as paths (`/wilayah/x/index.html`), Pagefind's left out. */
function htmlPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (path !== join(site, 'pagefind')) walk(path);
			} else if (entry.name.endsWith('.html'))
				out.push(`/${relative(site, path).split(sep).join('/')}`);
		}
	};
	walk(site);
	return out;
}

beforeAll(async () => {
	buildSite('data', site, { PANTAU_BASE: BASE, PANTAU_SITE_URL: ORIGIN });
	const source = first('/sumber/', site);
	if (!source) throw new Error('no source page built');
	sample = [
		'/',
		'/en/',
		'/wilayah/kota-malang/',
		'/en/wilayah/kota-malang/',
		source,
		'/cari/',
		'/metodologi/',
		'/en/metodologi/',
		'/data/',
		'/embed/indonesia/map/',
		'/rss.xml',
		'/en/rss.xml',
		'/sitemap-index.xml',
		'/sitemap-0.xml',
		'/robots.txt',
	];
	mkdirSync('test-results/screenshots', { recursive: true });
	server = await serveDir(root);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('the site built under a base path (/pantau/)', () => {
	it('links, embeds and points only to files under /pantau/ on the sampled pages', () => {
		const problems: string[] = [];
		for (const path of sample) {
			const text = read(path);
			const urls = siteUrls(text);
			if (urls.length === 0) problems.push(`${path}: no link to the site at all`);
			for (const url of urls) {
				const problem = urlProblem(url);
				if (problem) problems.push(`${path}: ${problem}`);
			}
			// The default site URL never leaks into a build for another address.
			if (text.includes('pantau-jamsostek.github.io')) problems.push(`${path}: default site URL`);
		}
		expect(problems).toEqual([]);
	});

	it('names the base path in canonical, hreflang, feed, sitemap and download URLs', () => {
		const region = read('/wilayah/kota-malang/');
		expect(region).toContain(`<link rel="canonical" href="${ORIGIN}/pantau/wilayah/kota-malang/"`);
		expect(region).toContain(`hreflang="en" href="${ORIGIN}/pantau/en/wilayah/kota-malang/"`);
		expect(region).toContain('iframe src=&quot;https://example.org/pantau/embed/kota-malang/');
		expect(read('/rss.xml')).toContain(`<link>${ORIGIN}/pantau/perubahan/</link>`);
		expect(read('/sitemap-index.xml')).toContain(`<loc>${ORIGIN}/pantau/sitemap-0.xml</loc>`);
		expect(read('/robots.txt')).toContain(`Sitemap: ${ORIGIN}/pantau/sitemap-index.xml`);
		const zip = unzipSync(readFileSync(fileOf('/data/pantau-jamsostek.zip')));
		expect(strFromU8(zip['figures.csv'] ?? new Uint8Array())).toContain(
			`,${ORIGIN}/pantau/wilayah/`,
		);
		expect(strFromU8(zip['datapackage.json'] ?? new Uint8Array())).toContain(
			`"homepage": "${ORIGIN}/pantau/data/"`,
		);
	});

	it('links only under /pantau/ on every page', () => {
		const problems: string[] = [];
		for (const page of htmlPages()) {
			const html = read(page);
			for (const url of ['href', 'src', 'action'].flatMap((a) => attributeValues(html, a))) {
				const local = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url;
				if (/^[a-z][a-z0-9+.-]*:/i.test(local) || local.startsWith('#')) continue;
				if (!local.startsWith(BASE)) problems.push(`${page}: ${url}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('finds pages whose result links lead under /pantau/', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(`${server.url}${BASE}cari/?q=Malang`, { waitUntil: 'load' });
			const links = page.locator('.pagefind-ui__result-link');
			await links.first().waitFor({ timeout: 30_000 });
			const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
			expect(hrefs.length).toBeGreaterThan(0);
			// Pagefind's own URLs are relative to the site's root: the UI must add the base path.
			expect(hrefs.flatMap((href) => urlProblem(href ?? '') ?? [])).toEqual([]);
			expect(hrefs.some((href) => href?.startsWith('/pantau/wilayah/'))).toBe(true);
		} finally {
			await page.close();
		}
	});

	it.each([
		['home', '/'],
		['regency', '/wilayah/kota-malang/'],
		['search', '/cari/'],
	])('passes the browser checks on the %s page (%s)', (type, path) =>
		checkInBrowser(
			browser,
			server.url,
			{
				type,
				locale: 'id',
				path: `${BASE.slice(0, -1)}${path}`,
				status: 200,
				viewport: 'phone',
				size: VIEWPORTS.phone,
			},
			{ prefix: 'base-path-', fullPage: false },
		),
	);
});
