/** The cross-check list's markup: reasoning for checks that disagree, one table row for those that agree. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { checkListMarkup } from '../../../src/lib/html/check-list.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import { createContext, type PageContext } from '../../../src/lib/page-data/context.ts';
import { buildSiteIndex } from '../../../src/lib/page-data/site-index.ts';
import type { CheckResult } from '../../../src/lib/schema/analysis.ts';

let id: PageContext;
let checks: CheckResult[];

beforeAll(async () => {
	const { dataset, issues } = await loadDataset('test/fixtures/valid/seeds');
	expect(issues).toEqual([]);
	const analysis = analyse(dataset);
	id = createContext(buildSiteIndex({ dataset, analysis }), 'id');
	checks = analysis.checks;
});

const agrees = (c: CheckResult) => c.severity === 'agrees' || c.severity === 'rounding';

describe('checkListMarkup', () => {
	it('the seeds have checks of both kinds', () => {
		expect(checks.some(agrees)).toBe(true);
		expect(checks.some((c) => !agrees(c))).toBe(true);
	});

	it('gives each check that disagrees its sentence and arithmetic, and each that agrees one row', () => {
		const html = checkListMarkup(checks, id, 3, true);
		for (const c of checks) {
			expect(html.match(new RegExp(`id="${c.id}"`, 'g'))).toHaveLength(1);
			const item = agrees(c)
				? `<tr id="${c.id}">`
				: `<li class="check check-${c.status}" id="${c.id}">`;
			expect(html).toContain(item);
			expect(html).toContain(`<code>${c.arithmetic.id.replaceAll('&', '&amp;')}</code>`);
		}
		const disagree = checks.filter((c) => !agrees(c));
		expect(html.match(/<details>/g)).toHaveLength(disagree.length);
		expect(html).toContain(
			`<caption>${checks.filter(agrees).length} pemeriksaan yang cocok</caption>`,
		);
		// The reasoned list comes first: what does not add up is what a reader looks for.
		expect(html.indexOf('<ul class="checks">')).toBeLessThan(html.indexOf('<table'));
	});

	it('leaves out the table when no check agrees, and the list when all do', () => {
		expect(
			checkListMarkup(
				checks.filter((c) => !agrees(c)),
				id,
				3,
				false,
			),
		).not.toContain('<table');
		expect(checkListMarkup(checks.filter(agrees), id, 3, false)).not.toContain(
			'<ul class="checks">',
		);
	});
});
