/**
 * Contribution aid per participant: per month = budget ÷ (participants × months), and per
 * year. Budget, participants and months come from one source, for the same region,
 * breakdown, basis and budget year.
 */
import type { DerivedFigure } from '../schema/analysis.ts';
import type { Label } from '../schema/enums.ts';
import type { Figure } from '../schema/figure.ts';
import { defined, labelFor, makeDerived } from './make-derived.ts';
import type { RegionFigures } from './figures-index.ts';
import { figuresOf, partnerInSource } from './select.ts';

/** Aid per participant per year: `value`, worked out from `inputs` (budget first) by `formula`. */
function perYear(value: number, formula: Label, inputs: readonly [Figure, ...Figure[]]) {
	const [budget] = inputs;
	return makeDerived({
		rule: 'aid_per_participant_year',
		indicator: 'contribution_aid_per_participant_year',
		like: budget,
		period: budget.period,
		value,
		unit: 'idr_per_person_year',
		decimals: 0,
		label: labelFor(
			{ id: 'Bantuan iuran per peserta per tahun', en: 'Aid per participant per year' },
			budget,
		),
		formula,
		inputs,
	});
}

/** Aid per participant per month: budget ÷ (participants × months). */
function perMonth(budget: Figure, participants: Figure, months: Figure) {
	return makeDerived({
		rule: 'aid_per_participant_month',
		indicator: 'contribution_aid_monthly_contribution',
		like: budget,
		period: budget.period,
		value: budget.value / (participants.value * months.value),
		unit: 'idr_per_person_month',
		decimals: 0,
		label: labelFor(
			{ id: 'Bantuan iuran per peserta per bulan', en: 'Aid per participant per month' },
			budget,
		),
		formula: {
			id: 'anggaran ÷ (penerima bantuan × lama bantuan dalam bulan)',
			en: 'budget ÷ (aid recipients × months of aid)',
		},
		inputs: [budget, participants, months],
	});
}

/**
 * The budget's aid per participant: per month and per year when its source gives the months,
 * else per year with the budget taken to cover one year; none without participants.
 */
function perParticipant(figures: RegionFigures, budget: Figure): (DerivedFigure | undefined)[] {
	const participants = partnerInSource(figures, budget, 'contribution_aid_participants');
	if (!participants) return [];
	const months = partnerInSource(figures, budget, 'contribution_aid_months');
	if (!months) {
		const formula = {
			id: 'anggaran ÷ penerima bantuan (anggaran dianggap untuk satu tahun)',
			en: 'budget ÷ aid recipients (the budget taken to cover one year)',
		};
		return [perYear(budget.value / participants.value, formula, [budget, participants])];
	}
	const monthly = budget.value / (participants.value * months.value);
	const formula = {
		id: 'anggaran ÷ (penerima bantuan × lama bantuan dalam bulan) × 12',
		en: 'budget ÷ (aid recipients × months of aid) × 12',
	};
	return [
		perMonth(budget, participants, months),
		perYear(monthly * 12, formula, [budget, participants, months]),
	];
}

/** Aid per participant per month (when the months are given) and per year. */
export function deriveAidPerParticipant(figures: RegionFigures): DerivedFigure[] {
	return defined(
		figuresOf(figures, 'contribution_aid_budget').flatMap((b) => perParticipant(figures, b)),
	);
}
