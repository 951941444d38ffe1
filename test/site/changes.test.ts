/**
 * The changes page (`/perubahan/`): its props builder over the site's data (newest first, every
 * source and figure present), and the built pages and feeds (anchors exist, feed links resolve).
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/config.ts';
import { analyse } from '../../src/lib/analyse.ts';
import { defaultDataDir, loadDataset } from '../../src/lib/load/load-dataset.ts';
import {
	buildChangesPage,
	changeAnchor,
	changesUrl,
	type ChangesPage,
} from '../../src/lib/page-data/changes.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/page-data/site-index.ts';
import { figureUrl, localePath, sourceUrl } from '../../src/lib/routes.ts';
import { attributeValues, builtFiles, elementById, ensureBuilt, fileOf, read } from './dist.ts';

const LOCALES = ['id', 'en'] as const;

let index: SiteIndex;
const pages = new Map<(typeof LOCALES)[number], ChangesPage>();

beforeAll(async () => {
	const { dataset, issues } = await loadDataset('test/fixtures/valid/seeds');
	expect(issues).toEqual([]);
	index = buildSiteIndex({ dataset, analysis: analyse(dataset) });
	for (const locale of LOCALES) pages.set(locale, buildChangesPage(index, locale));
});

const changesOf = (page: ChangesPage | undefined) => page?.days.flatMap((d) => d.changes) ?? [];

describe('buildChangesPage', () => {
	it('lists every source once, newest first: accessed, then published, then id', () => {
		const expected = [...index.dataset.sources.values()]
			.sort(
				(a, b) =>
					b.accessed.localeCompare(a.accessed) ||
					b.published.localeCompare(a.published) ||
					a.id.localeCompare(b.id),
			)
			.map((s) => s.id);
		expect(expected.length).toBeGreaterThan(1);
		for (const locale of LOCALES)
			expect(changesOf(pages.get(locale)).map((c) => c.source.id)).toEqual(expected);
	});

	it('groups the sources by access date, newest day first', () => {
		const days = pages.get('id')?.days ?? [];
		expect(days.length).toBeGreaterThan(0);
		expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
		expect(days.map((d) => d.date)).toEqual(
			days
				.map((d) => d.date)
				.sort()
				.reverse(),
		);
		for (const day of days) {
			expect(day.changes.length).toBeGreaterThan(0);
			for (const c of day.changes) expect(c.source.accessed).toBe(day.date);
		}
	});

	it('gives each source exactly the figures read from it, and counts them all', () => {
		for (const locale of LOCALES) {
			const page = pages.get(locale);
			const changes = changesOf(page);
			for (const c of changes) {
				const expected = index.dataset.figures
					.filter((f) => f.sourceId === c.source.id)
					.map((f) => f.id)
					.sort();
				expect(c.figures.map((f) => f.figure.id).sort(), c.source.id).toEqual(expected);
			}
			const total = changes.reduce((n, c) => n + c.figures.length, 0);
			expect(total).toBe(index.dataset.figures.length);
			expect(page?.figures).toBe(index.dataset.figures.length);
			expect(page?.sources).toBe(index.dataset.sources.size);
		}
	});

	it('lists only the newest sources when there are more than the limit, and counts the rest', () => {
		const all = changesOf(pages.get('id')).map((c) => c.source.id);
		const capped = buildChangesPage(index, 'id', 2);
		expect(changesOf(capped).map((c) => c.source.id)).toEqual(all.slice(0, 2));
		expect(capped.sources).toBe(2);
		expect(capped.older).toBe(index.dataset.sources.size - 2);
		expect(capped.figures).toBe(changesOf(capped).reduce((n, c) => n + c.figures.length, 0));
		expect(pages.get('id')?.older).toBe(0);
	});

	it('lists only the newest sources whose figures fit the figure limit, and the newest always', () => {
		const all = changesOf(pages.get('id'));
		const [first, second] = all;
		if (!first || !second) throw new Error('the fixture needs two sources');
		const twoFit = first.figures.length + second.figures.length;
		const fits = buildChangesPage(index, 'id', 50, twoFit);
		expect(changesOf(fits).map((c) => c.source.id)).toEqual(
			all.slice(0, 2).map((c) => c.source.id),
		);
		const oneShort = buildChangesPage(index, 'id', 50, twoFit - 1);
		expect(changesOf(oneShort).map((c) => c.source.id)).toEqual([first.source.id]);
		expect(oneShort.older).toBe(index.dataset.sources.size - 1);
		const none = buildChangesPage(index, 'id', 50, 0);
		expect(changesOf(none).map((c) => c.source.id)).toEqual([first.source.id]);
	});

	it('links each entry to its source page and each figure to its permalink, per locale', () => {
		for (const locale of LOCALES) {
			const changes = changesOf(pages.get(locale));
			expect(new Set(changes.map((c) => c.anchor)).size).toBe(changes.length);
			for (const c of changes) {
				expect(c.anchor).toBe(changeAnchor(c.source.id));
				expect(c.href).toBe(sourceUrl(c.source.id, locale));
				for (const { figure, href } of c.figures) {
					expect(href).toBe(
						figureUrl(figure, locale, index.dataset.regions, index.figuresPageRegions),
					);
					expect(href.startsWith(localePath('/wilayah/', locale))).toBe(true);
				}
			}
		}
	});

	it('maps the page per locale like every other page', () => {
		expect(changesUrl('id')).toBe('/perubahan/');
		expect(changesUrl('en')).toBe('/en/perubahan/');
		expect(changeAnchor('kupastuntas-2025-10-31')).toBe('s-kupastuntas-2025-10-31');
	});
});

describe('built changes page and feeds', () => {
	// The built site comes from the data folder: its changes are compared with that data's own.
	const built = new Map<(typeof LOCALES)[number], ChangesPage>();
	beforeAll(async () => {
		ensureBuilt();
		const { dataset } = await loadDataset(defaultDataDir());
		const builtIndex = buildSiteIndex({ dataset, analysis: analyse(dataset) });
		for (const locale of LOCALES) built.set(locale, buildChangesPage(builtIndex, locale));
	}, 600_000);

	/** A built URL (absolute on the site, or a path) resolves to a page and, if any, its anchor. */
	const resolves = (url: string): string | null => {
		if (!url.startsWith(`${SITE_URL}/`) && !url.startsWith('/')) return `${url}: not on the site`;
		const [path = '', anchor] = (url.startsWith('/') ? url : url.slice(SITE_URL.length)).split('#');
		if (!existsSync(fileOf(path))) return `${url}: no page`;
		if (anchor && !attributeValues(read(path), 'id').includes(anchor)) return `${url}: no anchor`;
		return null;
	};

	it('builds the page in both languages, each a twin of the other', () => {
		for (const locale of LOCALES) {
			const html = read(changesUrl(locale));
			expect(html).toContain(`<html lang="${locale}"`);
			const twin = changesUrl(locale === 'id' ? 'en' : 'id');
			expect(html).toContain(`class="lang-switch" href="${twin}"`);
			expect(html).toContain(`href="${localePath('/metodologi/', locale)}"`);
			expect(html).toContain(`href="${localePath('/data/', locale)}"`);
		}
	});

	it('has an entry per source with its source link and every figure permalink', () => {
		for (const locale of LOCALES) {
			const html = read(changesUrl(locale));
			for (const c of changesOf(built.get(locale))) {
				const entry = elementById(html, c.anchor);
				expect(entry, `${locale} #${c.anchor}`).not.toBeNull();
				const hrefs = attributeValues(entry ?? '', 'href');
				expect(hrefs).toContain(c.href);
				expect(hrefs).toEqual(expect.arrayContaining(c.figures.map((f) => f.href)));
				for (const f of c.figures) expect(resolves(f.href), f.href).toBeNull();
			}
		}
	});

	it('links the changes page from every page footer and lists it in the sitemap', () => {
		for (const locale of LOCALES)
			expect(read(localePath('/', locale))).toContain(`href="${changesUrl(locale)}"`);
		const sitemap = builtFiles('.xml')
			.filter((f) => f.startsWith('/sitemap-') && f !== '/sitemap-index.xml')
			.map(read)
			.join('\n');
		for (const locale of LOCALES) expect(sitemap).toContain(`${SITE_URL}${changesUrl(locale)}`);
	});

	it('points each feed at the changes page, and every item at a page that exists', () => {
		for (const locale of LOCALES) {
			const rss = read(localePath('/rss.xml', locale));
			const [channel = '', ...items] = rss.split('<item>');
			expect(channel).toContain(`<link>${SITE_URL}${changesUrl(locale)}</link>`);
			expect(items).toHaveLength(changesOf(built.get(locale)).length);
			for (const item of items) {
				const link = /<link>([^<]*)<\/link>/.exec(item)?.[1] ?? '';
				expect(resolves(link), `${locale} feed item ${link}`).toBeNull();
			}
		}
	});
});
