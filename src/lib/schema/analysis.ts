/**
 * What the pipeline computes from reported figures: derived figures, cross-check results and
 * conflicts between sources. Shared by `derive/`, `checks/`, `conflicts/`, pages and exports.
 */
import type { Label, Unit } from './enums.ts';
import type { Period } from './period.ts';
import type { SeriesParts } from './figure.ts';

/** A figure computed from reported figures of one region, never read from a source. */
export interface DerivedFigure extends SeriesParts {
	/** Stable id (`d-…`), usable as a permalink anchor. */
	id: string;
	/** Which formula produced it, e.g. `coverage_rate`, `aid_per_participant_month`. */
	rule: string;
	/** What the value is, in words ("Cakupan kepesertaan (dihitung), PU"). */
	label: Label;
	period: Period;
	/** The latest day it can describe (see Figure.asOf). */
	asOf?: string;
	value: number;
	/**
	 * Unit of the value. `indicator` is an id of indicators.csv when the value measures one;
	 * otherwise it is the rule (e.g. `segment_share`, `coverage_gap`) and this unit applies.
	 */
	unit: Unit;
	/** Decimal places the value is shown with. */
	decimals: number;
	/** The formula in words, e.g. "peserta aktif ÷ pekerja sasaran × 100". */
	formula: Label;
	/** Ids of the reported figures it was computed from. */
	inputs: string[];
}

export type CheckStatus = 'pass' | 'within_rounding' | 'mismatch';

/** How much a result matters to a reader (see checks/severity.ts). */
export type CheckSeverity = 'agrees' | 'rounding' | 'expected' | 'small' | 'large';

/**
 * One cross-check: what a source reports against what its own other figures imply. Its
 * `arithmetic` and `message` are written when first read (checks/lazy-label.ts): read their
 * `id` and `en`, JSON.stringify them, but do not spread them.
 */
export interface CheckResult {
	/** Stable id (`c-…`). */
	id: string;
	/** The rule applied, e.g. `parts_sum`, `percent_of_counts`. */
	rule: string;
	status: CheckStatus;
	/** How much it matters: agrees, rounding, expected, small or large. */
	severity: CheckSeverity;
	region: string;
	/** Source(s) of the inputs. */
	sourceIds: string[];
	/** The reported figure being checked. */
	reportedId: string;
	/** The figures the expected value is computed from. */
	inputIds: string[];
	/** Unit of reported, expected, difference and tolerance. */
	unit: Unit;
	reported: number;
	expected: number;
	/** reported − expected. */
	difference: number;
	/** Half-width of the interval the reported value may stand for, given its printed precision. */
	tolerance: number;
	/** The arithmetic in words, e.g. "214.687 ÷ 684.654 = 31,36%". */
	arithmetic: Label;
	/** Plain-language verdict a citizen can follow. */
	message: Label;
	/**
	 * One plain sentence without arithmetic, to open the check with: "Artikel menyebut cakupan
	 * kepesertaan sekitar 32%, tetapi angka-angka lain di artikel yang sama memberi 42,53%."
	 */
	plain: Label;
}

/** The same series and period reported with different values by different sources. */
export interface Conflict {
	/** Stable id (`k-…`). */
	id: string;
	region: string;
	indicator: string;
	period: string;
	/** Every figure in the conflict, one per source. */
	figureIds: string[];
	message: Label;
}

/**
 * Figures of one series and period at different budget stages (plan, allocation,
 * realisation): side by side, in order of stage, never a change over time.
 */
export interface StageComparison {
	/** Stable id (`s-…`). */
	id: string;
	region: string;
	indicator: string;
	period: string;
	/** The figures in order of stage, then of their sources' publication. */
	figureIds: string[];
	message: Label;
}

/** Everything computed from a dataset. */
export interface Analysis {
	derived: DerivedFigure[];
	checks: CheckResult[];
	conflicts: Conflict[];
	stages: StageComparison[];
}
