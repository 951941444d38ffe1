/**
 * Tests over the built site (dist/): every route in both languages, every figure on its
 * region page with anchor, source link and quote, every internal link and anchor resolves,
 * page structure, and nothing that depends on the build's clock.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import {
	comparePathsOf,
	getSiteIndex,
	indicatorPathsOf,
	localePath,
	regionPathsOf,
	sourcePathsOf,
} from '../../src/lib/routes.ts';
import type { SiteIndex } from '../../src/lib/page-data/site-index.ts';
import {
	attributeValues,
	builtFiles,
	elementById,
	ensureBuilt,
	fileOf,
	read,
	unescapeHtml,
} from './dist.ts';

let index: SiteIndex;
let pages: string[];

beforeAll(async () => {
	ensureBuilt();
	index = await getSiteIndex();
	pages = builtFiles('.html').filter(
		(p) => !p.startsWith('/embed/') && !p.startsWith('/en/embed/'),
	);
}, 600_000);

const LOCALES = ['id', 'en'] as const;

describe('routes', () => {
	it('builds every route in both languages', () => {
		const neutral = [
			'/',
			'/wilayah/',
			'/bandingkan/',
			'/indikator/',
			'/sumber/',
			'/kualitas-data/',
			'/metodologi/',
			'/data/',
			'/cari/',
			...regionPathsOf(index, 'id').map((p) => `/wilayah/${p.params.slug}/`),
			...comparePathsOf(index, 'id').map((p) => `/bandingkan/${p.params.id}/`),
			...indicatorPathsOf(index, 'id').map((p) => `/indikator/${p.params.id}/`),
			...sourcePathsOf(index, 'id').map((p) => `/sumber/${p.params.id}/`),
		];
		expect(neutral.length).toBeGreaterThan(20);
		const missing = LOCALES.flatMap((l) => neutral.map((p) => localePath(p, l))).filter(
			(p) => !existsSync(fileOf(p)),
		);
		expect(missing).toEqual([]);
	});

	it('builds the 404 page, feeds, sitemap, robots.txt and the search index', () => {
		for (const file of [
			'/404.html',
			'/rss.xml',
			'/en/rss.xml',
			'/sitemap-index.xml',
			'/robots.txt',
			'/pagefind/pagefind-ui.js',
		])
			expect(existsSync(fileOf(file)), file).toBe(true);
		expect(read('/robots.txt')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
	});

	it('lists every page in the sitemap with its two language twins as alternates', () => {
		const xml = builtFiles('.xml')
			.filter((f) => f.startsWith('/sitemap-') && f !== '/sitemap-index.xml')
			.map(read)
			.join('');
		const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => ({
			loc: m[1] ?? '',
			links: [...(m[2] ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(
				(l) => `${l[1] ?? ''} ${l[2] ?? ''}`,
			),
		}));
		const listed = new Set(entries.map((e) => e.loc));
		const expected = pages
			.filter((p) => p !== '/404.html')
			.map((p) => `${SITE_URL}${p.replace(/index\.html$/, '')}`);
		expect([...listed].sort()).toEqual(expected.sort());
		for (const { loc, links } of entries) {
			const path = loc.slice(SITE_URL.length).replace(/^\/en\//, '/');
			expect(links, loc).toEqual([
				`id-ID ${SITE_URL}${localePath(path, 'id')}`,
				`en-GB ${SITE_URL}${localePath(path, 'en')}`,
			]);
			for (const link of links) expect(listed.has(link.split(' ')[1] ?? ''), link).toBe(true);
		}
	});
});

describe('region pages', () => {
	it('exist for every region of the official list and of areas.csv, in both languages', () => {
		for (const region of index.allRegions)
			for (const locale of LOCALES)
				expect(
					existsSync(fileOf(localePath(`/wilayah/${region.slug}/`, locale))),
					region.slug,
				).toBe(true);
	});

	it('list every figure on the figures page with its anchor, its source link and its quote', () => {
		for (const region of index.regionsWithData) {
			for (const locale of LOCALES) {
				const path = localePath(`/wilayah/${region.slug}/angka/`, locale);
				const html = read(path);
				for (const f of index.figuresByRegion.get(region.code) ?? []) {
					const row = elementById(html, f.id);
					expect(row, `${path}#${f.id}`).not.toBeNull();
					const text = unescapeHtml(row ?? '');
					expect(text, `${path}#${f.id} source link`).toContain(
						`href="${localePath(`/sumber/${f.sourceId}/`, locale)}"`,
					);
					expect(text, `${path}#${f.id} quote`).toContain(f.quote);
				}
				for (const d of index.derivedByRegion.get(region.code) ?? [])
					expect(elementById(html, d.id), `${path}#${d.id}`).not.toBeNull();
				// One "report a problem" link under each table, the data version filled in.
				expect(unescapeHtml(html), `${path} report link`).toContain(
					`/issues/new?template=figure-problem.yml&title=`,
				);
				expect(unescapeHtml(html)).toContain(`&version=${index.dataset.version}`);
			}
		}
	});

	it('carry the data version, a citation, downloads and JSON-LD', () => {
		for (const region of index.regionsWithData) {
			const html = read(`/wilayah/${region.slug}/`);
			expect(html).toContain(index.dataset.version);
			expect(html).toContain('@misc{');
			expect(html).toContain(`href="/data/wilayah/${region.slug}.zip"`);
			const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
			expect(JSON.parse(ld?.[1] ?? 'null')).toMatchObject({ '@type': 'Dataset' });
			expect(html).toContain('data-pagefind-body');
		}
	});
});

describe('every page', () => {
	it('has lang, one h1, landmarks, skip link, canonical, hreflang twins and a CSP', () => {
		for (const page of pages) {
			const html = read(page);
			const where = page;
			expect(html, where).toMatch(/<html lang="(id|en)"/);
			expect(html.match(/<h1[\s>]/g), where).toHaveLength(1);
			for (const tag of ['<header', '<nav', '<main', '<footer']) expect(html, where).toContain(tag);
			expect(html, where).toContain('href="#main"');
			expect(html, where).toContain('http-equiv="content-security-policy"');
			if (page !== '/404.html')
				expect(html, where).toMatch(/<link rel="canonical" href="https:\/\//);
			expect(html, where).toContain('<meta name="description"');
			expect(html, where).toContain('<meta property="og:title"');
			if (page !== '/404.html')
				for (const lang of ['id', 'en', 'x-default'])
					expect(html, where).toContain(`hreflang="${lang}"`);
		}
	});

	it('has headings in order, and tables with a caption and scoped header cells', () => {
		for (const page of pages) {
			const html = read(page);
			let previous = 0;
			for (const m of html.matchAll(/<h([1-6])[\s>]/g)) {
				const level = Number(m[1]);
				expect(level, `${page}: h${level} after h${previous}`).toBeLessThanOrEqual(previous + 1);
				previous = level;
			}
			for (const table of html.match(/<table[\s\S]*?<\/table>/g) ?? []) {
				expect(table, page).toContain('<caption');
				for (const th of table.match(/<th[\s>][^>]*>?/g) ?? [])
					expect(th, page).toMatch(/scope="(col|row|colgroup|rowgroup)"/);
			}
		}
	});

	it('links only to pages, files and anchors that exist', () => {
		const ids = new Map<string, Set<string>>();
		const idsOf = (path: string) => {
			let set = ids.get(path);
			if (!set) {
				set = new Set(attributeValues(read(path), 'id'));
				ids.set(path, set);
			}
			return set;
		};
		const broken: string[] = [];
		for (const page of pages) {
			const html = read(page);
			const links = [...attributeValues(html, 'href'), ...attributeValues(html, 'src')];
			for (const raw of links) {
				const href = raw.startsWith(SITE_URL) ? raw.slice(SITE_URL.length) || '/' : raw;
				if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
				const [pathPart, anchor] = href.split('#');
				// A bare `#anchor` points into the page itself.
				const path =
					pathPart === ''
						? page.replace(/index\.html$/, '')
						: ((pathPart ?? '').split('?')[0] ?? '');
				if (!path.startsWith('/')) {
					broken.push(`${page}: relative link ${raw}`);
					continue;
				}
				if (!existsSync(fileOf(path))) {
					broken.push(`${page}: ${raw}`);
					continue;
				}
				if (anchor && path.endsWith('/') && !idsOf(path).has(anchor))
					broken.push(`${page}: ${raw} (no id="${anchor}")`);
			}
		}
		expect(broken).toEqual([]);
		// Thousands of pages (every region has one) take longer than the default 5 s to read.
	}, 120_000);

	it('links every page to its twin in the other language', () => {
		for (const page of pages) {
			if (page === '/404.html') continue;
			const path = page.replace(/index\.html$/, '');
			const isEn = path.startsWith('/en/');
			const twin = isEn ? path.slice(3) : `/en${path}`;
			expect(read(page), page).toContain(`class="lang-switch" href="${twin}"`);
		}
	});
});

describe('determinism', () => {
	it('contains no clock-dependent string', () => {
		const now = new Date();
		const today = now.toISOString().slice(0, 10);
		const forbidden =
			today === index.dataset.version
				? []
				: [today, formatDate(today, 'id'), formatDate(today, 'en')];
		const files = [...pages, ...builtFiles('.xml', '.txt')];
		for (const file of files) {
			const text = read(file);
			for (const s of forbidden) expect(text.includes(s), `${file} contains ${s}`).toBe(false);
			expect(text, `${file} has a timestamp`).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
			expect(text, file).not.toMatch(/<lastBuildDate>|<lastmod>/);
		}
	});

	it('dates feed items by the sources', () => {
		const rss = read('/rss.xml');
		// The feed lists the newest sources (as the changes page does), each linking its page.
		const links = [...rss.matchAll(/<link>[^<]*?(\/sumber\/[^<]+)<\/link>/g)].map((m) => m[1]);
		expect(links.length).toBeGreaterThan(0);
		const ids = new Set([...index.dataset.sources.keys()]);
		for (const link of links) expect(ids.has(link?.split('/')[2] ?? '')).toBe(true);
		expect(rss).toMatch(
			/<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT<\/pubDate>/,
		);
	});
});
