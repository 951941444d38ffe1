/**
 * Small builders for tests: the one factory of reported figures (chart tests' `fig` adds their
 * source), and a check context around a list of figures that uses the real indicator registry
 * (data/indicators.csv).
 */
import { readFileSync } from 'node:fs';
import { readCsv } from '../../../src/lib/load/read-csv.ts';
import type { CheckContext } from '../../../src/lib/checks/context.ts';
import type { Figure, SeriesParts } from '../../../src/lib/schema/figure.ts';
import { parsePeriod } from '../../../src/lib/schema/period.ts';
import type { Region } from '../../../src/lib/schema/region.ts';
import { figureId } from '../../../src/lib/schema/series.ts';
import type { Source } from '../../../src/lib/schema/source.ts';
import { validateIndicators } from '../../../src/lib/validate/registry.ts';

/** What a test states about a figure; everything else has a plain default. */
export type FigureSpec = Partial<Omit<Figure, 'period' | 'id'>> & {
	indicator: string;
	value: number;
	/** `2025`, `2025-11`, `2025-01-01/2025-10-31`; default `2025`. */
	period?: string;
};

/** Half a unit of the last digit of `value` as JavaScript prints it (31.6 → 0.05, 32 → 0.5). */
export function precisionOf(value: number): number {
	const decimals = String(value).split('.')[1]?.length ?? 0;
	return 0.5 / 10 ** decimals;
}

let line = 1;

/** A reported figure: region 35.73, source `sumber-a`, period 2025, actual, no breakdown. */
export function makeFigure(spec: FigureSpec): Figure {
	const periodText = spec.period ?? '2025';
	const period = parsePeriod(periodText);
	if (typeof period === 'string') throw new Error(period);
	const parts: SeriesParts = {
		region: spec.region ?? '35.73',
		indicator: spec.indicator,
		segment: spec.segment ?? null,
		program: spec.program ?? null,
		funding: spec.funding ?? null,
		level: spec.level ?? null,
		basis: spec.basis ?? 'actual',
		plan: spec.plan ?? null,
	};
	const sourceId = spec.sourceId ?? 'sumber-a';
	return {
		...parts,
		id: figureId(parts, periodText, sourceId),
		sourceId,
		period,
		value: spec.value,
		qualifier: spec.qualifier ?? null,
		precision: spec.precision ?? precisionOf(spec.value),
		quote: spec.quote ?? '',
		note: spec.note ?? null,
		location: spec.location ?? { file: `test/${sourceId}/figures.csv`, line: ++line },
		...(spec.asOf === undefined ? {} : { asOf: spec.asOf }),
	};
}

let registry: CheckContext['indicators'] | undefined;

/** The real indicator registry (data/indicators.csv), read when a context first needs it. */
function indicators(): CheckContext['indicators'] {
	const file = 'data/indicators.csv';
	registry ??= validateIndicators(file, readCsv(file, readFileSync(file, 'utf8'))).indicators;
	return registry;
}

const REGIONS: Region[] = [
	['35.73', 'Kota Malang', 'city'],
	['33.02', 'Kabupaten Banyumas', 'regency'],
	['18.72', 'Kota Metro', 'city'],
	['35.03', 'Kabupaten Trenggalek', 'regency'],
].map(([code = '', name = '', kind]) => ({
	code,
	name,
	nameEn: name,
	kind: kind === 'city' ? 'city' : 'regency',
	slug: name.toLowerCase().replace(/ /g, '-'),
	parent: code.slice(0, 2),
	covers: [],
}));

/** A news source named after its id ("Sumber A" for `sumber-a`). */
function makeSource(id: string): Source {
	const publisher = id.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
	return {
		id,
		file: `test/${id}/source.json`,
		title: `Artikel ${publisher}`,
		publisher,
		published: '2025-11-29',
		accessed: '2025-11-30',
		language: 'id',
		kind: 'news',
		quoted: [],
		note: 'test source',
	};
}

/** The registries for checking `figures`, with a news source for each source id they use. */
export function makeContext(figures: readonly Figure[]): CheckContext {
	const sources = new Map(
		[...new Set(figures.map((f) => f.sourceId))].map((id) => [id, makeSource(id)]),
	);
	return {
		indicators: indicators(),
		sources,
		regions: new Map(REGIONS.map((r) => [r.code, r])),
	};
}
