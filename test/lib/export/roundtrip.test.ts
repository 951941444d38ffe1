/**
 * Downloads round-trip: reading figures.csv back gives exactly the figures of
 * data/ (same ids, values, quotes, periods, sources; nothing lost, nothing added).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/lib/analyse.ts';
import { exportContext, type ExportContext } from '../../../src/lib/export/context.ts';
import { figuresTable } from '../../../src/lib/export/figures.ts';
import { toCsv } from '../../../src/lib/export/csv.ts';
import {
	SITE,
	contentOfRow,
	csvOf,
	curatedContext,
	figureContent,
	readCsv,
	textOrNull,
} from './helpers.ts';

let ctx: ExportContext;
beforeAll(async () => {
	ctx = await curatedContext();
});

describe('figures.csv', () => {
	it('reads back to exactly the figures of data/', () => {
		const { rows } = readCsv(csvOf(ctx, 'figures'));
		expect(rows).toHaveLength(ctx.dataset.accounting.figuresAccepted);
		expect(rows.map(contentOfRow)).toEqual(ctx.dataset.figures.map(figureContent));
	});
	it('carries the provenance of every figure', () => {
		const { rows } = readCsv(csvOf(ctx, 'figures'));
		for (const [i, f] of ctx.dataset.figures.entries()) {
			const source = ctx.dataset.sources.get(f.sourceId);
			const row = rows[i] ?? {};
			expect(row['source_title']).toBe(source?.title);
			expect(row['source_publisher']).toBe(source?.publisher);
			expect(textOrNull(row['source_url'])).toBe(source?.url ?? null);
			expect(row['source_published']).toBe(source?.published);
			expect(row['source_accessed']).toBe(source?.accessed);
			expect(row['page_url']).toMatch(new RegExp(`^${SITE}/wilayah/[a-z0-9-]+/#${f.id}$`));
		}
	});
	it('escapes a text cell that starts with "-" but keeps a negative value a number', () => {
		const [first] = ctx.dataset.figures;
		if (!first) throw new Error('no figures');
		const hostile = { ...first, value: -5, quote: '-5 orang', note: '=1+1' };
		const csv = toCsv(figuresTable(ctx, [hostile]));
		const line = csv.split('\n')[1] ?? '';
		expect(line).toContain(",-5,,'-5 orang,'=1+1,");
		expect(contentOfRow(readCsv(csv).rows[0] ?? {})).toEqual(figureContent(hostile));
	});
});

describe('derived, checks and conflicts', () => {
	it("exports the pipeline's own analysis of data/", () => {
		const analysis = analyse(ctx.dataset);
		const real = exportContext({ dataset: ctx.dataset, analysis }, SITE);
		expect(readCsv(csvOf(real, 'derived')).rows).toHaveLength(analysis.derived.length);
		expect(readCsv(csvOf(real, 'checks')).rows).toHaveLength(analysis.checks.length);
		expect(readCsv(csvOf(real, 'conflicts')).rows).toHaveLength(
			analysis.conflicts.reduce((n, k) => n + k.figureIds.length, 0),
		);
	});
	it('derived.csv keeps values unrounded and inputs as a ;-list', () => {
		const [d] = ctx.analysis.derived;
		const { rows } = readCsv(csvOf(ctx, 'derived'));
		expect(rows).toHaveLength(1);
		expect(Number(rows[0]?.['value'])).toBe(d?.value);
		expect(rows[0]?.['inputs']?.split(';')).toEqual(d?.inputs);
		expect(rows[0]?.['formula_id']).toBe(d?.formula.id);
		expect([rows[0]?.['unit'], rows[0]?.['label_en']]).toEqual([d?.unit, d?.label.en]);
		expect(csvOf(ctx, 'derived')).toContain(",'=peserta aktif ÷ pekerja sasaran × 100,");
	});
	it('checks.csv reads back every number and the checked quote', () => {
		const [c] = ctx.analysis.checks;
		const { rows } = readCsv(csvOf(ctx, 'checks'));
		expect(rows).toHaveLength(1);
		const row = rows[0] ?? {};
		expect(
			[row['reported'], row['expected'], row['difference'], row['tolerance']].map(Number),
		).toEqual([c?.reported, c?.expected, c?.difference, c?.tolerance]);
		expect(row['message_id']).toBe(c?.message.id);
		expect(csvOf(ctx, 'checks')).toContain(',"\'-0,24 poin di luar pembulatan",');
		expect(row['reported_quote']).toBe(
			ctx.dataset.figures.find((f) => f.id === c?.reportedId)?.quote,
		);
	});
	it('conflicts.csv has one row per side, each with its own value and quote', () => {
		const [k] = ctx.analysis.conflicts;
		const { rows } = readCsv(csvOf(ctx, 'conflicts'));
		expect(rows.map((r) => r['figure_id'])).toEqual(k?.figureIds);
		for (const row of rows) {
			const f = ctx.dataset.figures.find((x) => x.id === row['figure_id']);
			expect([Number(row['value']), row['quote']]).toEqual([f?.value, f?.quote]);
		}
	});
	it('fails loudly when the analysis names a figure that does not exist', () => {
		const [k] = ctx.analysis.conflicts;
		if (!k) throw new Error('no conflict');
		const conflicts = [{ ...k, figureIds: ['f-nope'] }];
		const broken = exportContext(
			{ dataset: ctx.dataset, analysis: { ...ctx.analysis, conflicts } },
			SITE,
		);
		expect(() => csvOf(broken, 'conflicts')).toThrow('figure f-nope is not in the dataset');
	});
});
