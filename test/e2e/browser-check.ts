/**
 * One page in Debian's Chromium at one viewport: axe (WCAG 2.2 A/AA) finds nothing, no console
 * error, no failed or outside request, no horizontal scrolling on a phone, a working skip link
 * with visible focus; a screenshot (full page unless told) goes to test-results/screenshots/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { officialRegions } from '../../src/lib/load/official-regions.ts';
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

/** Region pages, whose story must fit a phone: ten screens of 800 px. */
const REGION_TYPES = ['province', 'regency', 'region-without-figures'];
export const MAX_PHONE_HEIGHT = 8000;

/**
 * Words that are English and never Indonesian: none may appear in an Indonesian page's text
 * outside quotes, code, names (translate="no": publishers) and elements marked with another
 * language (English source titles).
 * "Coverage" is left out: it is part of a name, Universal Coverage Jamsostek.
 */
export const ENGLISH_ONLY = [
	'the',
	'and',
	'with',
	'which',
	'figures',
	'workers',
	'budget',
	'claims',
	'retrieved',
	'outlet',
	'named',
	'instead',
	'recorded',
	'because',
	'article',
	'source',
	'sources',
	'not',
	'reported',
];

/**
 * Words that are Indonesian and never English: none may appear in an English page's text
 * outside quotes, code, names (translate="no": publishers; data-names: source titles) and
 * elements marked with another language (Indonesian titles, the language switch). Official region
 * names are skipped as names. Left out: words that are part of other names (jaminan,
 * ketenagakerjaan: programme and agency; antara: the news agency; kabupaten, kota, provinsi)
 * and words English shares ("data", "program", "per", "total").
 */
export const INDONESIAN_ONLY = [
	'dan',
	'yang',
	'untuk',
	'dari',
	'dengan',
	'atau',
	'pada',
	'dalam',
	'oleh',
	'ini',
	'belum',
	'tidak',
	'sudah',
	'hingga',
	'menjadi',
	'menurut',
	'tahun',
	'bulan',
	'pekerja',
	'wilayah',
	'sumber',
	'angka',
	'nilai',
	'peserta',
	'kepesertaan',
	'cakupan',
	'anggaran',
	'iuran',
	'bantuan',
	'penerima',
	'dihitung',
	'dilaporkan',
	'rencana',
	'sekitar',
	'orang',
	'grafik',
	'tabel',
	'catatan',
	'lainnya',
	'semua',
	'unduh',
	'halaman',
	'juta',
	'miliar',
	'ribu',
	'persen',
];

/**
 * The official names of provinces, regencies and cities, longest first: names, not words
 * ("Kabupaten Pangkajene dan Kepulauan" is its name in English too). From the official list,
 * so a data-only pull request never adds one.
 */
async function regionNames(): Promise<string[]> {
	const names = (await officialRegions()).flatMap((r) => [r.name, r.nameEn]);
	return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/**
 * Runs in the page: the words of `words` in its visible text, outside quotes, code, names and
 * elements marked with a language other than `lang` (the page's own).
 */
function foreignWordsOnPage({
	words,
	lang,
	names,
}: {
	words: string[];
	lang: string;
	names: string[];
}): string[] {
	// [data-names]: text that names sources and publishers (titles, conflict sentences); what
	// data adds there must not fail a data-only pull request, and the template words around
	// the names are checked by the unit tests of their messages.
	const skip = `blockquote, q, code, pre, script, style, [translate="no"], [data-names], [lang]:not([lang="${lang}"])`;
	const found = new Set<string>();
	const wanted = new Set(words);
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (!parent || parent.closest(skip)) continue;
		// An address is not a word of the page: citations and source links print URLs.
		let text = (node.textContent ?? '').replace(/\bhttps?:\/\/\S+/g, ' ');
		for (const name of names) if (text.includes(name)) text = text.split(name).join(' ');
		for (const word of text.toLowerCase().match(/[a-z]+/g) ?? [])
			if (wanted.has(word))
				found.add(`${word} (in "${(node.textContent ?? '').trim().slice(0, 60)}")`);
	}
	return [...found];
}

/**
 * Runs in the page: pairs of labels (SVG `text`) that overlap by more than a pixel each way,
 * in every drawing shown at this width, once every folded section is open. The layouts place
 * labels with estimated text widths (chart/text-metrics.ts); this measures the real ones.
 */
function overlappingChartLabels(): string[] {
	for (const details of document.querySelectorAll('details')) details.open = true;
	const found: string[] = [];
	for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
		if (getComputedStyle(svg).display === 'none' || svg.getBoundingClientRect().width === 0)
			continue;
		const labels = [...svg.querySelectorAll('text')]
			.map((text) => ({ text: text.textContent ?? '', box: text.getBoundingClientRect() }))
			.filter(({ box }) => box.width > 0 && box.height > 0);
		for (const [i, a] of labels.entries()) {
			for (const b of labels.slice(i + 1)) {
				const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
				const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
				if (across > 1 && down > 1) found.push(`"${a.text}" overlaps "${b.text}"`);
			}
		}
	}
	return found;
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
		if (REGION_TYPES.includes(type)) {
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(
				height,
				`${path}: a region page fits ${MAX_PHONE_HEIGHT} px on a phone`,
			).toBeLessThanOrEqual(MAX_PHONE_HEIGHT);
		}
	}

	if (locale === 'id') {
		const english = await page.evaluate(foreignWordsOnPage, {
			words: ENGLISH_ONLY,
			lang: 'id',
			names: await regionNames(),
		});
		expect(english, `${path}: English words on an Indonesian page`).toEqual([]);
	} else {
		const indonesian = await page.evaluate(foreignWordsOnPage, {
			words: INDONESIAN_ONLY,
			lang: 'en',
			names: await regionNames(),
		});
		expect(indonesian, `${path}: Indonesian words on an English page`).toEqual([]);
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
	// Last: it opens every folded section.
	const overlaps = await page.evaluate(overlappingChartLabels);
	expect(overlaps, `${path}: chart labels that overlap`).toEqual([]);
	await context.close();
	expect(problems).toEqual([]);
}
