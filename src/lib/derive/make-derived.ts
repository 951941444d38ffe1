/** Building a derived figure: one place that fixes its id, series parts and provenance. */
import type { DerivedFigure } from '../schema/analysis.ts';
import {
	basis,
	FUNDING_WORDS,
	level,
	plan,
	program,
	SEGMENT_WORDS,
	type Label,
	type Unit,
} from '../schema/enums.ts';
import type { Locale } from '../format/locale.ts';
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

/**
 * The breakdown of a series as a label suffix in readers' words: " (Pekerja rentan, APBD
 * kabupaten/kota)", or "" for a total. The basis is named unless `withBasis` is false (a text
 * that already names each figure's stage).
 */
export function breakdownSuffix(p: SeriesParts, locale: Locale, withBasis = true): string {
	// Appended one by one rather than filtered and joined from arrays: every derived figure's
	// label has this suffix.
	let words = listed('', p.segment && SEGMENT_WORDS[p.segment][locale]);
	words = listed(
		words,
		p.program && (p.program === 'BEASISWA' ? program.labels.BEASISWA[locale] : p.program),
	);
	words = listed(words, p.funding && FUNDING_WORDS[p.funding][locale]);
	words = listed(words, p.level && level.labels[p.level][locale]);
	if (withBasis && p.basis !== 'actual') {
		words = listed(words, p.plan ? plan.labels[p.plan][locale] : basis.labels[p.basis][locale]);
	}
	return words === '' ? '' : ` (${words})`;
}

/** `list` with `word` appended after ", " (unchanged when there is none). */
function listed(list: string, word: string | null): string {
	if (word === null) return list;
	return list === '' ? word : `${list}, ${word}`;
}

/** A label with the series' breakdown appended in both languages. */
export function labelFor(base: Label, p: SeriesParts): Label {
	return {
		id: `${base.id}${breakdownSuffix(p, 'id')}`,
		en: `${base.en}${breakdownSuffix(p, 'en')}`,
	};
}

/** The latest day a derived value can describe: that of its newest input, within its period. */
function asOfInputs(inputs: readonly Figure[], end: string): string {
	let newest = '';
	for (const f of inputs) {
		const day = f.asOf ?? f.period.end;
		if (day > newest) newest = day;
	}
	return newest !== '' && newest < end ? newest : end;
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
		asOf: asOfInputs(spec.inputs, spec.period.end),
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
