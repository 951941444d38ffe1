/** Unit tests of src/lib/routes.ts and its page-data helpers, over the basic fixture. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/lib/analyse.ts';
import { loadDataset } from '../../src/lib/load/load-dataset.ts';
import { citationBibtex, citationText } from '../../src/lib/page-data/citation.ts';
import { feedItems } from '../../src/lib/page-data/feed.ts';
import { cutRanking, rankByCoverage } from '../../src/lib/page-data/home.ts';
import { serializeJsonLd } from '../../src/lib/page-data/json-ld.ts';
import { ISSUE_FORM, newIssueUrl, type IssueFields } from '../../src/lib/page-data/report.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/page-data/site-index.ts';
import { newestFirst, oneYearBefore } from '../../src/lib/page-data/select.ts';
import { withBase, withoutBase } from '../../src/lib/page-data/urls.ts';
import {
	comparePathsOf,
	contributeUrl,
	figureUrl,
	indicatorPathsOf,
	localePath,
	regionZipUrl,
	regionPathsOf,
	regionUrl,
	sourcePathsOf,
	sourceUrl,
	splitLocale,
} from '../../src/lib/routes.ts';
import { parsePeriod, type Period } from '../../src/lib/schema/period.ts';

let index: SiteIndex;

beforeAll(async () => {
	const { dataset, issues } = await loadDataset('test/fixtures/valid/basic');
	expect(issues).toEqual([]);
	index = buildSiteIndex({ dataset, analysis: analyse(dataset) });
});

describe('URLs', () => {
	it.each([
		['/', 'id', '/'],
		['/', 'en', '/en/'],
		['/wilayah/kota-malang/', 'id', '/wilayah/kota-malang/'],
		['/wilayah/kota-malang/', 'en', '/en/wilayah/kota-malang/'],
		['sumber/', 'en', '/en/sumber/'],
	] as const)('localePath(%s, %s) = %s', (path, locale, expected) => {
		expect(localePath(path, locale)).toBe(expected);
		expect(splitLocale(expected)).toEqual({
			locale,
			path: path.startsWith('/') ? path : `/${path}`,
		});
	});

	it('builds region, source, figure and contribute URLs per locale', () => {
		const region = { slug: 'kota-malang' };
		expect(regionUrl(region, 'id')).toBe('/wilayah/kota-malang/');
		expect(regionUrl(region, 'en')).toBe('/en/wilayah/kota-malang/');
		expect(sourceUrl('liputan6-2025-11-29', 'en')).toBe('/en/sumber/liputan6-2025-11-29/');
		const regions = new Map([['35.73', region]]);
		expect(figureUrl({ id: 'f-1', region: '35.73' }, 'id', regions)).toBe(
			'/wilayah/kota-malang/#f-1',
		);
		expect(() => figureUrl({ id: 'f-1', region: '99' }, 'id', regions)).toThrow(/unknown region/);
		expect(contributeUrl('id')).toBe('/metodologi/#kontribusi');
		expect(contributeUrl('en')).toBe('/en/metodologi/#contribute');
	});

	it("gives a region's download: one zip", () => {
		expect(regionZipUrl({ slug: 'kota-metro' })).toBe('/data/wilayah/kota-metro.zip');
	});

	it('puts a base path in front of URLs, and takes it off', () => {
		expect(withBase('/wilayah/kota-malang/')).toBe('/wilayah/kota-malang/');
		expect(withBase('/wilayah/kota-malang/', '/pantau/')).toBe('/pantau/wilayah/kota-malang/');
		expect(withBase('/', '/pantau/')).toBe('/pantau/');
		expect(withBase('data/figures.csv', '/a/b/')).toBe('/a/b/data/figures.csv');
		expect(withoutBase('/pantau/en/sumber/', '/pantau/')).toBe('/en/sumber/');
		expect(withoutBase('/pantau/', '/pantau/')).toBe('/');
		expect(withoutBase('/pantau', '/pantau/')).toBe('/');
		expect(withoutBase('/wilayah/', '/pantau/')).toBe('/wilayah/');
		expect(withoutBase('/pantau/wilayah/')).toBe('/pantau/wilayah/');
	});

	it('reads the site URL and base path from PANTAU_SITE_URL and PANTAU_BASE', async () => {
		const read = async (base: string | undefined, site?: string) => {
			vi.stubEnv('PANTAU_BASE', base);
			vi.stubEnv('PANTAU_SITE_URL', site);
			vi.resetModules();
			const config = await import('../../src/config.ts');
			return [config.BASE_PATH, config.SITE_URL, config.SITE_HOME_URL];
		};
		try {
			expect(await read(undefined)).toEqual([
				'/',
				'https://pantau-jamsostek.github.io',
				'https://pantau-jamsostek.github.io',
			]);
			expect(await read('', '')).toEqual([
				'/',
				'https://pantau-jamsostek.github.io',
				'https://pantau-jamsostek.github.io',
			]);
			for (const base of ['pantau', '/pantau', '/pantau/', ' /pantau// '])
				expect(await read(base, 'https://example.org/')).toEqual([
					'/pantau/',
					'https://example.org',
					'https://example.org/pantau/',
				]);
			expect((await read('/a/b'))[0]).toBe('/a/b/');
		} finally {
			vi.unstubAllEnvs();
			vi.resetModules();
		}
	});
});

describe('regionPaths', () => {
	it('has one page per region, each with every figure of the region', () => {
		const paths = regionPathsOf(index, 'id');
		expect(paths.map((p) => p.params.slug).sort()).toEqual(
			index.allRegions.map((r) => r.slug).sort(),
		);
		expect(paths.length).toBe(index.dataset.regions.size);
		const withFigures = paths.filter((p) => p.props.page.figures.length > 0);
		expect(withFigures.map((p) => p.params.slug)).toEqual([
			'kabupaten-banyumas',
			'kabupaten-trenggalek',
		]);
		for (const { props } of paths) {
			const expected = index.dataset.figures.filter((f) => f.region === props.page.region.code);
			expect(props.page.figures.map((f) => f.id).sort()).toEqual(expected.map((f) => f.id).sort());
			expect(props.ctx.locale).toBe('id');
		}
	});

	it('picks the headline: latest coverage, its targets, participants by segment', () => {
		const banyumas = regionPathsOf(index, 'en').find((p) => p.params.slug === 'kabupaten-banyumas');
		const h = banyumas?.props.page.headline;
		expect(h?.coverage?.kind).toBe('reported');
		expect(h?.coverage?.figure.value).toBe(31.6);
		expect(h?.targets.map(({ figure: f }) => [f.value, f.plan])).toEqual([[50, 'RPJMD']]);
		expect(h?.participants.total?.value).toBe(214687);
		expect(h?.participants.segments.map((f) => f.segment)).toEqual(['PU']);
		expect(banyumas?.props.page.sources.map((s) => s.source.id)).toEqual(['contoh-2025-04-11']);
	});

	it('shows a planned budget as this year\u2019s contribution aid', () => {
		const trenggalek = regionPathsOf(index, 'id').find(
			(p) => p.params.slug === 'kabupaten-trenggalek',
		);
		const aid = trenggalek?.props.page.headline.aid;
		expect(aid?.year).toBe(2025);
		expect(aid?.budgets.map((f) => [f.value, f.basis])).toEqual([[2092600000, 'planned']]);
	});

	it('flags regions whose newest actual figure is more than a year older than the data version', () => {
		const banyumas = (idx: SiteIndex) =>
			regionPathsOf(idx, 'id').find((p) => p.params.slug === 'kabupaten-banyumas')?.props.page;
		const fresh = banyumas(index);
		expect(fresh?.outdated).toBe(false);
		const later = { ...index, dataset: { ...index.dataset, version: '2027-01-01' } };
		const old = banyumas(later);
		expect(old?.outdated).toBe(true);
		expect(old?.newest).toBe('2025-03-31');
	});
});

describe('source, indicator and compare paths', () => {
	it('has a page per source and per registry indicator, reported or not', () => {
		expect(sourcePathsOf(index, 'id').map((p) => p.params.id)).toEqual(['contoh-2025-04-11']);
		const indicators = indicatorPathsOf(index, 'en');
		expect(indicators.map((p) => p.params.id)).toEqual([...index.dataset.indicators.keys()]);
		for (const { props } of indicators) {
			const count = index.dataset.figures.filter(
				(f) => f.indicator === props.page.indicator.id,
			).length;
			expect(props.page.figures).toHaveLength(count);
		}
	});

	it('compares only indicators with an actual value without breakdown, highest first', () => {
		const compare = comparePathsOf(index, 'id');
		expect(compare.map((p) => p.params.id)).toEqual([
			'coverage_rate',
			'active_participants',
			'workers_in_scope',
		]);
		for (const { props } of compare) {
			const values = props.page.rows.map((f) => f.value);
			expect(values).toEqual([...values].sort((a, b) => b - a));
			for (const f of props.page.rows) {
				expect([f.basis, f.segment, f.program, f.funding, f.level]).toEqual([
					'actual',
					null,
					null,
					null,
					null,
				]);
			}
		}
	});
});

describe('helpers', () => {
	const period = (text: string) => parsePeriod(text) as Period;

	it('orders by newest period, ties by id', () => {
		const items = [
			{ id: 'b', period: period('2024') },
			{ id: 'a', period: period('2025-01/2025-10') },
			{ id: 'c', period: period('2025-10') },
		];
		expect([...items].sort(newestFirst).map((i) => i.id)).toEqual(['c', 'a', 'b']);
		expect(oneYearBefore('2025-11-30')).toBe('2024-11-30');
	});

	it('ranks regions by coverage, regions without coverage last', () => {
		const region = (name: string) => ({ name }) as never;
		const cov = (value: number) => ({ kind: 'reported', figure: { value } }) as never;
		const ranked = rankByCoverage([
			{ region: region('B'), coverage: null },
			{ region: region('C'), coverage: cov(30) },
			{ region: region('A'), coverage: cov(45) },
			{ region: region('D'), coverage: null },
		]);
		expect(ranked.map((r) => r.region.name)).toEqual(['A', 'C', 'B', 'D']);
	});

	it('shows the whole ranking while it fits, else its highest and lowest coverages', () => {
		const region = (name: string) => ({ name }) as never;
		const cov = (value: number) => ({ kind: 'reported', figure: { value } }) as never;
		// 12 regions with coverage 12…1, then two without.
		const ranked = [
			...Array.from({ length: 12 }, (_, i) => ({ region: region(`R${i}`), coverage: cov(12 - i) })),
			{ region: region('X'), coverage: null },
			{ region: region('Y'), coverage: null },
		];
		const names = (list: { region: { name: string } }[]) => list.map((r) => r.region.name);
		const whole = cutRanking(ranked, 14, 3);
		expect(names(whole.highest)).toEqual(names(ranked));
		expect(whole).toMatchObject({ cut: false, lowest: [], total: 14, withoutCoverage: 2 });
		const cut = cutRanking(ranked, 13, 3);
		expect(names(cut.highest)).toEqual(['R0', 'R1', 'R2']);
		expect(names(cut.lowest)).toEqual(['R9', 'R10', 'R11']);
		expect(cut).toMatchObject({ cut: true, total: 14, withoutCoverage: 2 });
		// Ends never overlap, even when few regions have coverage.
		const few = cutRanking(ranked.slice(8), 2, 3);
		expect(names(few.highest)).toEqual(['R8', 'R9', 'R10']);
		expect(names(few.lowest)).toEqual(['R11']);
		const oneEnd = cutRanking(ranked.slice(10), 3, 3);
		expect(oneEnd).toMatchObject({ cut: true, lowest: [], withoutCoverage: 2 });
		expect(names(oneEnd.highest)).toEqual(['R10', 'R11']);
	});

	it('cites with the data version as access date, never the clock', () => {
		const input = {
			title: 'Kota Malang — 100% & {x}',
			url: 'https://example.org/wilayah/kota-malang/',
			version: '2025-11-30',
			siteName: 'Pantau Jamsostek',
			locale: 'id' as const,
			key: 'kota-malang',
		};
		expect(citationText(input)).toBe(
			'Pantau Jamsostek (2025). Kota Malang — 100% & {x}. Versi data 2025-11-30. https://example.org/wilayah/kota-malang/ (diakses 2025-11-30).',
		);
		const bib = citationBibtex(input);
		expect(bib).toContain('@misc{pantaujamsostek-kota-malang-2025-11-30,');
		expect(bib).toContain('title = {Kota Malang — 100\\% \\& \\{x\\}}');
		expect(bib).toContain('urldate = {2025-11-30}');
	});

	it('escapes JSON-LD so no value can close the script element', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' });
		expect(json).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
	});

	it('URL-encodes the prefilled issue form and leaves out empty fields', () => {
		const url = newIssueUrl('https://github.com/o/r', 'Angka f-1: a&b', {
			figure: 'f-1',
			location: '',
			version: '2025-11-30',
		});
		expect(url).toBe(
			'https://github.com/o/r/issues/new?template=figure-problem.yml&title=Angka%20f-1%3A%20a%26b&figure=f-1&version=2025-11-30',
		);
	});

	it('prefills only fields the issue form has', () => {
		const form = readFileSync('.github/ISSUE_TEMPLATE/figure-problem.yml', 'utf8');
		const ids = [...form.matchAll(/^\s+id: (\S+)$/gm)].map((m) => m[1]);
		const fields: IssueFields = { figure: 'f', location: 'l', version: 'v' };
		for (const key of Object.keys(fields)) expect(ids).toContain(key);
		expect(ISSUE_FORM).toBe('figure-problem.yml');
	});

	it('keeps the newest sources in the feed when there are more than its limit', () => {
		const sources = [...index.dataset.sources.values()];
		const older = sources.map((s) => ({ ...s, id: `${s.id}-old`, accessed: '2000-01-01' }));
		const items = feedItems([...older, ...sources], new Map(), 'id', sources.length);
		expect(items.map((i) => i.link)).toEqual(
			feedItems(sources, new Map(), 'id').map((i) => i.link),
		);
	});

	it('dates feed items by the sources, newest access first', () => {
		const items = feedItems(
			index.dataset.sources.values(),
			new Map([['contoh-2025-04-11', 6]]),
			'en',
		);
		expect(items).toEqual([
			{
				title: 'Cakupan Jamsostek Banyumas Baru 31,6 Persen (test fixture)',
				link: '/en/sumber/contoh-2025-04-11/',
				pubDate: new Date('2025-04-11T00:00:00Z'),
				description: 'Contoh News: 6 figures, each with its quote. Accessed 2025-04-12.',
			},
		]);
	});
});
