/** Building a derived figure: one place that fixes its id, series parts and provenance. */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Label, Unit } from '../schema/enums.ts';
import type { Figure, SeriesParts } from '../schema/figure.ts';
import type { Period } from '../schema/period.ts';
import { stableId } from './stable-id.ts';

/** What a rule states about one derived value. */
export interface DerivedSpec {
	rule: string;
	/** Registry indicator it measures, or the rule name when there is none. */
	indicator: string;
	/** Series parts taken from this figure (region and breakdowns); indicator is replaced. */
	like: SeriesParts;
	period: Period;
	value: number;
	unit: Unit;
	decimals: number;
	label: Label;
	formula: Label;
	/** The reported figures the value is computed from, in formula order. */
	inputs: readonly Figure[];
}

/** The breakdown codes of a series as a label suffix: " (PU, APBD)", or "" for a total. */
export function breakdownSuffix(p: SeriesParts): string {
	// Appended one by one rather than filtered and joined from arrays: every derived figure's
	// label has this suffix.
	const basis = p.basis === 'actual' ? null : (p.plan ?? p.basis);
	let codes = listed('', p.segment);
	codes = listed(codes, p.program);
	codes = listed(codes, p.funding);
	codes = listed(codes, p.level);
	codes = listed(codes, basis);
	return codes === '' ? '' : ` (${codes})`;
}

/** `list` with `code` appended after ", " (unchanged when there is no code). */
function listed(list: string, code: string | null): string {
	if (code === null) return list;
	return list === '' ? code : `${list}, ${code}`;
}

/** A label with the series' breakdown appended in both languages. */
export function labelFor(base: Label, p: SeriesParts): Label {
	const suffix = breakdownSuffix(p);
	return { id: `${base.id}${suffix}`, en: `${base.en}${suffix}` };
}

/** A derived figure with a stable id over the rule, indicator and input ids. */
export function makeDerived(spec: DerivedSpec): DerivedFigure | undefined {
	if (!Number.isFinite(spec.value)) return undefined; // a division by zero is missing, not a value
	const inputs = spec.inputs.map((f) => f.id);
	const { region, segment, program, funding, level, basis, plan } = spec.like;
	return {
		id: stableId('d', `${spec.rule}:${spec.indicator}`, inputs),
		rule: spec.rule,
		label: spec.label,
		region,
		indicator: spec.indicator,
		segment,
		program,
		funding,
		level,
		basis,
		plan,
		period: spec.period,
		value: spec.value,
		unit: spec.unit,
		decimals: spec.decimals,
		formula: spec.formula,
		inputs,
	};
}

/** Keeps the defined values: rules map over candidates that may yield nothing. */
export function defined<T>(items: readonly (T | undefined)[]): T[] {
	return items.filter((x): x is T => x !== undefined);
}
