/** Turning a reported figure and what its source's other figures imply into a CheckResult. */
import type { CheckResult } from '../schema/analysis.ts';
import type { Label, Unit } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { stableId } from '../derive/stable-id.ts';
import { unitOf, type CheckContext } from './context.ts';
import { judge } from './judge.ts';
import { severityOf } from './severity.ts';
import { LazyLabel } from './lazy-label.ts';
import { checkMessage } from './message.ts';
import type { Quantity } from './quantity.ts';
import { halfWidth, reportedRange, type Range } from './tolerance.ts';
import {
	expectedDecimals,
	formatReported,
	formatTerm,
	printedShort,
	sourceNoun,
	subjectOf,
} from './wording.ts';

export interface CheckSpec {
	rule: string;
	/** The figure whose printed value is checked. */
	reported: Figure;
	/** What the source's other figures imply for it. */
	expected: Quantity;
	/** The reported value need only reach `expected` (a total against some of its parts). */
	lowerBound?: boolean;
	/** Leads into the arithmetic in the message: "menurut program (JHT, JKK): ". */
	how?: Label;
	/** A sentence added to the message. */
	note?: Label;
	/** The rule itself explains a mismatch (see severity.ts: expected). */
	explained?: boolean;
}

/** The parts of a check's texts that do not depend on the language, or carry both. */
interface Wording {
	source: Label;
	subject: Label;
	/** Decimals the computed values are shown with. */
	decimals: number;
	/** Rupiah in words, as the source printed the reported figure. */
	short: boolean;
	/** The computed result in words too (see wordingOf). */
	inWords: boolean;
}

/** Whether an input is not an amount of rupiah, or one printed with a scale word. */
function inputInWords(ctx: CheckContext, f: Figure): boolean {
	const unit = unitOf(ctx, f.indicator);
	return unit === undefined || !unit.startsWith('idr') || printedShort(f, unit);
}

function wordingOf(ctx: CheckContext, reported: Figure, unit: Unit, expected: Quantity): Wording {
	const short = printedShort(reported, unit);
	return {
		source: sourceNoun(ctx, reported),
		subject: subjectOf(ctx, reported),
		decimals: expectedDecimals(reported, unit, expected.value),
		short,
		// The result in words only when every rupiah input was printed in words too: a product
		// of exact amounts (25.808 × Rp16.800 × 12) is shown in full.
		inWords: short && expected.inputs.every((f) => inputInWords(ctx, f)),
	};
}

/** The sources of a check's figures, sorted; most checks use one source's figures only. */
function sourcesOf(reported: Figure, inputs: readonly Figure[]): string[] {
	if (inputs.every((f) => f.sourceId === reported.sourceId)) return [reported.sourceId];
	return [...new Set([reported, ...inputs].map((f) => f.sourceId))].sort();
}

/** The numbers and verdict a check's texts are written from. */
interface Verdict {
	unit: Unit;
	status: CheckResult['status'];
	lowerBound: boolean;
	range: Range;
	difference: number;
	tolerance: number;
	sourceIds: string[];
}

/**
 * The arithmetic, message and plain sentence of a check, each written in a language when first
 * read; what both languages share is worked out once, for the first of them.
 */
function textsOf(
	ctx: CheckContext,
	spec: CheckSpec,
	verdict: Verdict,
): Pick<CheckResult, 'arithmetic' | 'message' | 'plain'> {
	const { reported, expected } = spec;
	const { unit, status, lowerBound } = verdict;
	let shared: Wording | undefined;
	const wording = (): Wording => (shared ??= wordingOf(ctx, reported, unit, expected));
	const computed = (l: 'id' | 'en') => {
		const { decimals, inWords } = wording();
		return formatTerm(expected.value, unit, l, decimals, inWords);
	};
	const arithmetic = new LazyLabel((l) => `${expected.text(l)} = ${computed(l)}`);
	const message = new LazyLabel((l) =>
		checkMessage(
			{
				...wording(),
				status,
				reported,
				unit,
				how: spec.how,
				arithmetic,
				note: spec.note,
				range: verdict.range,
				halfWidth: verdict.tolerance,
				expectedRange: expected.range,
				lowerBound,
				difference: verdict.difference,
			},
			l,
		),
	);
	const plain = new LazyLabel((l) => {
		const { source, subject } = wording();
		return plainSentence(l, {
			source: source[l],
			subject: subject[l],
			reported: formatReported(reported, unit, l),
			computed: computed(l),
			status,
			lowerBound,
			sameSource: verdict.sourceIds.length === 1,
		});
	});
	return { arithmetic, message, plain };
}

/** A check result, or undefined when the expected value does not exist (division by zero). */
export function makeCheck(ctx: CheckContext, spec: CheckSpec): CheckResult | undefined {
	const { reported, expected } = spec;
	const unit = unitOf(ctx, reported.indicator);
	if (unit === undefined || !Number.isFinite(expected.value)) return undefined;
	const lowerBound = spec.lowerBound ?? false;
	const range = reportedRange(reported, unit);
	const status = judge(reported.value, reported.qualifier, range, {
		value: expected.value,
		range: expected.range,
		lowerBound,
	});
	const difference = reported.value - expected.value;
	const tolerance = halfWidth(reported, unit);
	const inputIds = expected.inputs.map((f) => f.id);
	const sourceIds = sourcesOf(reported, expected.inputs);
	const verdict = { unit, status, lowerBound, range, difference, tolerance, sourceIds };
	return {
		id: stableId('c', spec.rule, [reported.id, ...inputIds]),
		rule: spec.rule,
		status,
		severity: severityOf({
			status,
			unit,
			difference,
			tolerance,
			expected: expected.value,
			explained: spec.explained === true,
		}),
		region: reported.region,
		sourceIds,
		reportedId: reported.id,
		inputIds,
		unit,
		reported: reported.value,
		expected: expected.value,
		difference,
		tolerance,
		...textsOf(ctx, spec, verdict),
	};
}

/** The words of a plain sentence. */
interface PlainParts {
	source: string;
	subject: string;
	reported: string;
	computed: string;
	status: CheckResult['status'];
	lowerBound: boolean;
	sameSource: boolean;
}

/** "Artikel menyebut X, tetapi angka-angka lain di artikel yang sama memberi Y." */
function plainSentence(l: 'id' | 'en', p: PlainParts): string {
	const noun = p.source.toLowerCase().replace(/^the /, '');
	if (l === 'id') {
		const others = p.sameSource
			? `angka-angka lain di ${noun} yang sama`
			: 'angka-angka dari sumber lain';
		const gives = p.lowerBound ? `memberi sedikitnya ${p.computed}` : `memberi ${p.computed}`;
		const link = p.status === 'mismatch' ? 'tetapi' : 'dan';
		const tail = p.status === 'mismatch' ? '' : ' (cocok)';
		return `${p.source} menyebut ${p.subject} ${p.reported}, ${link} ${others} ${gives}${tail}.`;
	}
	const others = p.sameSource
		? `the other figures of the same ${noun}`
		: 'figures from other sources';
	const give = p.lowerBound ? `give at least ${p.computed}` : `give ${p.computed}`;
	const link = p.status === 'mismatch' ? 'but' : 'and';
	const tail = p.status === 'mismatch' ? '' : ' (they agree)';
	return `${p.source} gives ${p.subject} as ${p.reported}, ${link} ${others} ${give}${tail}.`;
}
