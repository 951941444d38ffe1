/**
 * Every chart of the curated regions, in both languages: each value drawn is written in the
 * data table and in the text alternative; sources and takeaways are present.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import type { ChartInput, Datum } from '../../../src/lib/chart/datum.ts';
import { valueWords } from '../../../src/lib/chart/labels.ts';
import { regionCharts, regionStory } from '../../../src/lib/chart/region-charts.ts';
import {
	chartInput,
	selectAid,
	selectAidSegments,
	selectClaims,
	selectCoverage,
	selectScholarships,
	selectSegments,
} from '../../../src/lib/chart/series.ts';
import { realDataset, must } from './fixture.ts';

async function curated(): Promise<ChartInput> {
	const dataset = await realDataset();
	return chartInput({ dataset, analysis: analyse(dataset) });
}

/** The values each chart of a region draws, by chart id. */
function drawn(input: ChartInput, code: string): Map<string, Datum[]> {
	const map = new Map<string, Datum[]>();
	const c = selectCoverage(input, code);
	map.set('coverage', [...c.reported, ...c.derived, ...c.targets]);
	const s = selectSegments(input, code);
	if (s) map.set('participants', [...s.parts, ...(s.total ? [s.total] : [])]);
	for (const a of selectAidSegments(input, code)) {
		map.set(`aid-participants-${a.funding?.toLowerCase()}`, [
			...a.parts,
			...(a.total ? [a.total] : []),
		]);
	}
	for (const a of selectAid(input, code)) {
		const funding = a.funding ? `-${a.funding.toLowerCase()}` : '';
		map.set(`aid${funding}`, a.budget);
		map.set(`aid-workers${funding}`, a.participants);
	}
	const scholarships = selectScholarships(input, code);
	const claims = selectClaims(input, code, scholarships === null);
	for (const [id, series, people] of [
		['claims', claims, 'claims-recipients'],
		['scholarships', scholarships, 'scholarships-children'],
	] as const) {
		if (!series) continue;
		for (const [key, side] of [
			[id, series.amount],
			[people, series.claimants],
		] as const)
			map.set(key, [...side.parts, ...(side.total ? [side.total] : [])]);
	}
	return map;
}

const REGIONS = ['35.73', '35.03', '33.02', '61', '18.72', 'ID'];

describe('regionCharts on the curated data', () => {
	it.each(
		REGIONS.flatMap((code) => (['id', 'en'] as const).map((locale) => [code, locale] as const)),
	)('%s (%s): every drawn value is in the table and the description', async (code, locale) => {
		const input = await curated();
		const region = must(input.dataset.regions.get(code));
		const charts = regionCharts(input, region, locale);
		expect(charts.length).toBeGreaterThan(0);
		const values = drawn(input, code);
		for (const chart of charts) {
			const data = values.get(chart.id);
			expect(data, `selection behind ${chart.id}`).toBeDefined();
			const cells = chart.table.rows.flatMap((r) => r.cells.map((c) => c.text)).join(' | ');
			for (const d of data ?? []) {
				const words = valueWords(d, locale);
				expect(cells, `${chart.id} table`).toContain(words);
				expect(chart.description, `${chart.id} description`).toContain(words);
			}
			expect(chart.takeaway).toMatch(/\.$/);
			expect(chart.sources.length).toBeGreaterThan(0);
			expect(chart.uid).toBe(`ch-${region.slug}-${chart.id}`);
			for (const row of chart.table.rows)
				expect(row.cells).toHaveLength(chart.table.columns.length - 1);
		}
	});

	it('orders the charts of Kota Malang and leaves scholarships out of the program bars', async () => {
		const input = await curated();
		const charts = regionCharts(input, must(input.dataset.regions.get('35.73')), 'id');
		expect(charts.map((c) => c.id)).toEqual([
			'coverage',
			'claims',
			'claims-recipients',
			'scholarships',
			'scholarships-children',
		]);
		// Its aid (one budget, one count, the monthly cost) is said in words, not drawn.
		const story = regionStory(input, must(input.dataset.regions.get('35.73')), 'id');
		expect(story.map((i) => (i.kind === 'chart' ? i.model.id : i.summary.id))).toEqual([
			'coverage',
			'aid-summary-dbhcht',
			'claims',
			'claims-recipients',
			'scholarships',
			'scholarships-children',
		]);
		const claims = must(charts.find((c) => c.id === 'claims'));
		expect(claims.table.rows.some((r) => r.header.startsWith('Beasiswa'))).toBe(false);
	});

	it('says which reported figures fail their cross-checks', async () => {
		const input = await curated();
		const flags = (code: string, id: string) =>
			must(
				regionCharts(input, must(input.dataset.regions.get(code)), 'en').find((c) => c.id === id),
			).flags;
		expect(flags('35.73', 'coverage')).toEqual([
			'The reported value (about 32%) does not match what the same source’s other figures give (42.53%).',
		]);
		// The claim that fails its check is a count of recipients: its chart says so.
		expect([...flags('35.73', 'claims'), ...flags('35.73', 'claims-recipients')]).toHaveLength(1);
	});

	it('draws no line for a single coverage value (the page states it as a number)', async () => {
		const input = await curated();
		for (const code of ['33.02', 'BPJSTK-KW-KALIMANTAN']) {
			const charts = regionCharts(input, must(input.dataset.regions.get(code)), 'id');
			expect(charts.map((c) => c.id)).not.toContain('coverage');
		}
		const malang = regionCharts(input, must(input.dataset.regions.get('35.73')), 'id');
		expect(malang.map((c) => c.id)).toContain('coverage');
	});

	it('draws no breakdown with a single part: one bar is not a comparison', async () => {
		const input = await curated();
		const ids = (code: string) =>
			regionCharts(input, must(input.dataset.regions.get(code)), 'id').map((c) => c.id);
		// Kota Metro reports claims of one programme (JKM) only; Kota Malang aid of one segment.
		expect(ids('18.72')).not.toContain('claims');
		expect(ids('35.73')).not.toContain('aid-participants-dbhcht');
		expect(ids('35.73')).toContain('claims');
	});

	it('draws one unit per chart', async () => {
		const input = await curated();
		for (const code of REGIONS) {
			const values = drawn(input, code);
			for (const chart of regionCharts(input, must(input.dataset.regions.get(code)), 'id')) {
				const units = new Set(values.get(chart.id)?.map((d) => d.unit));
				expect([...units], `${code} ${chart.id}`).toHaveLength(1);
			}
		}
	});

	it('gives a region with aid budgets and workers over the years two charts and a summary', async () => {
		const input = await curated();
		const region = must(input.dataset.regions.get('35.03'));
		const story = regionStory(input, region, 'en');
		const aid = story.filter((i) =>
			i.kind === 'chart' ? i.model.id.startsWith('aid') : i.summary.id.startsWith('aid'),
		);
		expect(aid.map((i) => (i.kind === 'chart' ? i.model.id : i.summary.id))).toEqual([
			'aid-summary-apbd',
			'aid-apbd',
			'aid-workers-apbd',
		]);
		const values = drawn(input, '35.03');
		for (const item of aid) {
			if (item.kind !== 'chart') continue;
			const units = new Set(values.get(item.model.id)?.map((d) => d.unit));
			expect(units.size).toBe(1);
		}
		// The cost per worker per month is in the summary's table and sentence only.
		const summary = aid.find((i) => i.kind === 'summary');
		expect(summary?.kind === 'summary' && summary.summary.table.rows[0]?.header).toMatch(
			/^Contribution per worker per month/,
		);
		expect(regionCharts(input, region, 'en').map((c) => c.id)).not.toContain('aid-summary-apbd');
	});

	it('makes no chart for a region without figures', async () => {
		const input = await curated();
		expect(regionCharts(input, must(input.dataset.regions.get('11')), 'id')).toEqual([]);
	});
});
