/** The figures table's markup: one "report a problem" link and one "how to cite" per table, and the citation it shows. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import { createContext, type PageContext } from '../../../src/lib/page-data/context.ts';
import { citationMarkup, figureTableMarkup } from '../../../src/lib/html/figure-table.ts';
import { buildSiteIndex } from '../../../src/lib/page-data/site-index.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';

let en: PageContext;
let figures: Figure[];

beforeAll(async () => {
	const { dataset, issues } = await loadDataset('test/fixtures/valid/seeds');
	expect(issues).toEqual([]);
	const index = buildSiteIndex({ dataset, analysis: analyse(dataset) });
	en = createContext(index, 'en');
	figures = dataset.figures.slice(0, 6);
});

const options = {
	caption: 'Figures',
	anchors: true,
	showRegion: false,
	showSource: true,
	showIndicator: true,
	report: true,
};

/** The text a reader sees (and copies): tags dropped, entities read. */
const textOf = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replaceAll('&amp;', '&')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>');

describe('figureTableMarkup', () => {
	it('explains how to cite once, above a permalinked table, with its first row as the example', () => {
		const html = figureTableMarkup(figures, en, { ...options, anchors: true });
		expect(html.match(/class="cite-figure"/g)).toHaveLength(1);
		expect(html.indexOf('class="cite-figure"')).toBeLessThan(html.indexOf('<table'));
		const first = figures[0];
		if (first === undefined) throw new Error('fixture has no figures');
		expect(html).toContain(citationMarkup(first, en));
		expect(figureTableMarkup(figures, en, { ...options, anchors: false })).not.toContain(
			'cite-figure',
		);
	});

	it("makes each figure's name its permalink, with no column of permalink links", () => {
		const html = figureTableMarkup(figures, en, options);
		const heads = [...html.matchAll(/<th scope="row"[^>]*>(.*?)<\/th>/g)].map((m) => m[1]);
		expect(heads).toHaveLength(figures.length);
		figures.forEach((f, i) => {
			expect(heads[i]).toBe(`<a href="${en.figureHref(f)}">${en.seriesLabel(f)}</a>`);
		});
		expect(html).not.toContain('>Permalink<');
		// A phone shows each row as a card without labels: the period cell is marked for it.
		expect(html).not.toContain('data-label');
		expect(html.match(/<td class="per">/g)).toHaveLength(figures.length);
		expect(html.match(/<th scope="col"/g)).toHaveLength(4);
	});

	it('puts one "report a problem" link under the table, none in the rows', () => {
		const html = figureTableMarkup(figures, en, options);
		expect(html.match(/issues\/new\?/g)).toHaveLength(1);
		expect(html.indexOf('class="report-note"')).toBeGreaterThan(html.indexOf('</table>'));
		expect(html).toContain(`&amp;version=${en.version}`);
		expect(figureTableMarkup(figures, en, { ...options, report: false })).not.toContain(
			'issues/new',
		);
	});
});

describe('citationMarkup', () => {
	it('gives a ready citation, the publisher marked as a name', () => {
		for (const f of figures) {
			const source = en.source(f.sourceId);
			const html = citationMarkup(f, en);
			const text = textOf(html);
			expect(text).toMatch(
				new RegExp(
					`^Pantau Jamsostek \\(\\d{4}\\)\\. .+: .+\\. Source: .+, .+\\. https?://\\S+#${f.id} \\(data version ${en.version}\\)\\.$`,
				),
			);
			expect(text).toContain(`Source: ${source.publisher}, `);
			expect(html).toContain('<span translate="no">');
		}
	});
});
