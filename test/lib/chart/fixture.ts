/**
 * Synthetic chart inputs over the real registry: the curated regions, indicators and sources
 * of the seed fixture (test/fixtures/valid/seeds/), with figures and analysis given by each test. Deterministic, no network.
 */
import { chartInput } from '../../../src/lib/chart/series.ts';
import { loadDataset } from '../../../src/lib/load/load-dataset.ts';
import type { ChartInput } from '../../../src/lib/chart/datum.ts';
import type { Analysis, CheckResult, DerivedFigure } from '../../../src/lib/schema/analysis.ts';
import type { Dataset } from '../../../src/lib/schema/dataset.ts';
import type { Figure } from '../../../src/lib/schema/figure.ts';
import { parsePeriod, type Period } from '../../../src/lib/schema/period.ts';
import { makeFigure, type FigureSpec } from '../helpers/make-figure.ts';

let base: Promise<Dataset> | undefined;

/** The seed fixture dataset (loaded once). */
export function realDataset(): Promise<Dataset> {
	base ??= loadDataset('test/fixtures/valid/seeds').then((r) => r.dataset);
	return base;
}

export function period(text: string): Period {
	const p = parsePeriod(text);
	if (typeof p === 'string') throw new Error(p);
	return p;
}

let n = 0;

/** A reported figure of Kota Malang from the Liputan6 source unless said otherwise. */
export function fig(spec: FigureSpec & { period: string }): Figure {
	return makeFigure({ sourceId: 'liputan6-2025-11-29', ...spec });
}

/** A derived figure computed from `inputs`. */
export function derived(
	parts: Partial<Omit<DerivedFigure, 'period'>> & {
		indicator: string;
		period: string;
		value: number;
		inputs: string[];
	},
): DerivedFigure {
	n += 1;
	return {
		id: `d-test${n}`,
		rule: parts.indicator,
		region: '35.73',
		segment: null,
		program: null,
		funding: null,
		level: null,
		basis: 'actual',
		plan: null,
		label: { id: 'x', en: 'x' },
		unit: 'percent',
		decimals: 2,
		formula: { id: 'a ÷ b × 100', en: 'a ÷ b × 100' },
		...parts,
		period: period(parts.period),
	};
}

/** A failed cross-check of a reported figure. */
export function mismatch(reported: Figure, expected: number): CheckResult {
	return {
		id: `c-${reported.id}`,
		rule: 'test',
		severity: 'large',
		plain: { id: 'Artikel menyebut x, tetapi y.', en: 'The article gives x, but y.' },
		status: 'mismatch',
		region: reported.region,
		sourceIds: [reported.sourceId],
		reportedId: reported.id,
		inputIds: [],
		unit: 'percent',
		reported: reported.value,
		expected,
		difference: reported.value - expected,
		tolerance: 0.005,
		arithmetic: { id: '', en: '' },
		message: { id: 'tidak cocok', en: 'does not match' },
	};
}

/** A chart input over the real registry with the given figures and analysis. */
export async function input(
	figures: Figure[],
	analysis: Partial<Analysis> = {},
): Promise<ChartInput> {
	const dataset = await realDataset();
	return chartInput({
		dataset: { ...dataset, figures },
		analysis: { derived: [], checks: [], conflicts: [], stages: [], ...analysis },
	});
}

/** The value, or a thrown error naming what was missing (tests fail loudly, no `!`). */
export function must<T>(value: T | null | undefined, what = 'value'): T {
	if (value === null || value === undefined) throw new Error(`missing ${what}`);
	return value;
}
