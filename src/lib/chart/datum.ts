/**
 * One value a chart draws, reported or derived, with everything needed to label it honestly:
 * unit, printed decimals, qualifier, sources and any failed cross-check.
 */
import type { ChartIndex } from './series.ts';
import { decimalsOf } from '../format/number.ts';
import type { Analysis, CheckResult, DerivedFigure } from '../schema/analysis.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { Unit, Qualifier, Label } from '../schema/enums.ts';
import type { Figure, SeriesParts } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';

/** What charts read: the dataset and its analysis (the shape of getSiteData()). */
/** The data set and its analysis: what the chart index is built from. */
export interface ChartData {
	dataset: Dataset;
	analysis: Analysis;
}

/** What every chart is drawn from: the data, with its chart index built once (see series.ts). */
export interface ChartInput extends ChartData {
	charts: ChartIndex;
}

/** A value ready to chart, with its provenance. */
export interface Datum extends SeriesParts {
	/** Figure id (`f-…`) or derived id (`d-…`). */
	id: string;
	period: Period;
	/** The latest day the value can describe (Figure.asOf, else its period's end). */
	asOf: string;
	value: number;
	unit: Unit;
	/** Decimal places the value is printed with. */
	decimals: number;
	qualifier: Qualifier | null;
	/** True when computed from reported figures rather than read from a source. */
	derived: boolean;
	/** The sources behind the value (for a derived value: the sources of its inputs). */
	sourceIds: string[];
	/** The failed cross-check of this reported value, if any. */
	mismatch: CheckResult | null;
	/** For a derived value: its formula in words. */
	formula: Label | null;
}

/** The first cross-check with status `mismatch` of each reported figure, by figure id. */
export function mismatchesByFigure(checks: readonly CheckResult[]): Map<string, CheckResult> {
	const index = new Map<string, CheckResult>();
	for (const c of checks) {
		if (c.status === 'mismatch' && !index.has(c.reportedId)) index.set(c.reportedId, c);
	}
	return index;
}

function unitOf(dataset: Dataset, indicator: string): Unit {
	return dataset.indicators.get(indicator)?.unit ?? 'count';
}

/** A reported figure as a datum, with its failed cross-check (see mismatchesByFigure). */
export function fromFigure(input: ChartData, f: Figure, mismatch: CheckResult | null): Datum {
	return {
		id: f.id,
		region: f.region,
		indicator: f.indicator,
		segment: f.segment,
		program: f.program,
		funding: f.funding,
		level: f.level,
		basis: f.basis,
		plan: f.plan,
		period: f.period,
		asOf: f.asOf ?? f.period.end,
		value: f.value,
		unit: unitOf(input.dataset, f.indicator),
		decimals: decimalsOf(f.precision),
		qualifier: f.qualifier,
		derived: false,
		sourceIds: [f.sourceId],
		mismatch,
		formula: null,
	};
}

/** A derived figure as a datum; its sources are those of its input figures (found by id). */
export function fromDerived(d: DerivedFigure, figureById: ReadonlyMap<string, Figure>): Datum {
	const sourceIds = [
		...new Set(
			d.inputs
				.map((id) => figureById.get(id)?.sourceId)
				.filter((s): s is string => s !== undefined),
		),
	].sort();
	return {
		id: d.id,
		region: d.region,
		indicator: d.indicator,
		segment: d.segment,
		program: d.program,
		funding: d.funding,
		level: d.level,
		basis: d.basis,
		plan: d.plan,
		period: d.period,
		asOf: d.asOf ?? d.period.end,
		value: d.value,
		unit: d.unit,
		decimals: d.decimals,
		qualifier: null,
		derived: true,
		sourceIds,
		mismatch: null,
		formula: d.formula,
	};
}

/**
 * Oldest first, by the one rule the headlines use (page-data/select.ts newestFirst, reversed):
 * the latest day a value can describe, then the shorter period ("Agustus 2025" after "2025"
 * when both reach the same day), then id, so a chart's last value is the headline's newest.
 */
export function byPeriod(a: Datum, b: Datum): number {
	return (
		a.asOf.localeCompare(b.asOf) ||
		a.period.start.localeCompare(b.period.start) ||
		b.id.localeCompare(a.id)
	);
}

/** The newest datum of a list, or null. */
export function newest(list: readonly Datum[]): Datum | null {
	return [...list].sort(byPeriod).at(-1) ?? null;
}
